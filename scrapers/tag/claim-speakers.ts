// Who said each claim, apart from who acts: the speaker of the quote it is in, else the subject of its sentence's
// verb of speech ("Fahmi said that Meta has agreed …" → Fahmi Fadzil), else the statement's own author when the
// claim is in its words (a platform's post); else unknown.
import type { Speaker } from '../../src/lib/schema.ts';
import { SAY, type SpeakerIndex } from './speakers.ts';

export function claimSpeaker(
  evidenceAt: number,
  index: SpeakerIndex,
  quotes: readonly { open: number; close: number; speaker: Speaker | null }[],
  writer: Speaker | null,
): Speaker | null {
  const quote = quotes.find((q) => evidenceAt >= q.open && evidenceAt < q.close);
  if (quote) return quote.speaker;
  const subject = index.subjects.find((s) => s.start === evidenceAt);
  if (subject && SAY.test(index.text.slice(subject.start, subject.end))) return subject.speaker;
  return writer;
}
