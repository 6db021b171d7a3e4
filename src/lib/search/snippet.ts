// Highlighted snippets as plain segments: the island renders each segment as text (marked ones inside <mark>), so
// nothing from the data is ever parsed as HTML.
import { tokenize } from './tokens.ts';
import { rootCandidates } from '../malay-stem.ts';

/** Which words to mark: the index terms that matched, and words built on a matched root (`~root`). */
function marker(terms: readonly string[]): (term: string) => boolean {
  const exact = new Set(terms.filter((t) => !t.startsWith('~')));
  const roots = new Set(terms.filter((t) => t.startsWith('~')).map((t) => t.slice(1)));
  if (roots.size === 0) return (term) => exact.has(term);
  return (term) => exact.has(term) || roots.has(term) || rootCandidates(term).some((r) => roots.has(r));
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** The whole text, with every word that is one of `terms` marked. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  return markRange(text, 0, text.length, marker(terms));
}

/**
 * About `length` characters around the first place the most query words meet, cut at word edges, with an ellipsis
 * where text was left out.
 */
export function snippet(text: string, terms: readonly string[], length = 220): Segment[] {
  const wanted = marker(terms);
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const hitIndexes = tokens.flatMap((t, i) => (wanted(t.term) ? [i] : []));
  // The window starting at the hit that sees the most distinct query words within `length` characters.
  let start = 0;
  let best = -1;
  for (const i of hitIndexes) {
    const seen = new Set<string>();
    for (const j of hitIndexes) {
      if (j >= i && tokens[j]!.end - tokens[i]!.start <= length) seen.add(tokens[j]!.term);
    }
    if (seen.size > best) {
      best = seen.size;
      start = tokens[i]!.start;
    }
  }
  // Lead in with a little context before the first hit.
  const lead = Math.min(40, start);
  let from = start - lead;
  if (from > 0) {
    const firstWord = tokens.find((t) => t.start >= from);
    from = firstWord ? firstWord.start : start;
  }
  let to = Math.min(text.length, from + length);
  if (to < text.length) {
    const lastWhole = [...tokens].reverse().find((t) => t.end <= to);
    to = lastWhole && lastWhole.end > from ? lastWhole.end : to;
  }
  const segments = markRange(text, from, to, wanted);
  if (from > 0) segments.unshift({ text: '… ', mark: false });
  if (to < text.length) segments.push({ text: ' …', mark: false });
  return segments;
}

function markRange(text: string, from: number, to: number, wanted: (term: string) => boolean): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  const push = (end: number, mark: boolean) => {
    if (end <= at) return;
    const piece = text.slice(at, end).replace(/\s+/g, ' ');
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += piece;
    else segments.push({ text: piece, mark });
    at = end;
  };
  for (const token of tokenize(text.slice(from, to))) {
    if (!wanted(token.term)) continue;
    push(from + token.start, false);
    push(from + token.end, true);
  }
  push(to, false);
  return segments;
}
