// A subject's timeline: its statements, and the commitments and disputes that involve it.
import type { Statement } from './schema.ts';
import type { SubjectKind } from './data.ts';
import { byNewest, statementDay } from './dates.ts';

export interface SubjectEvent {
  type: 'commitment' | 'dispute';
  statement: Statement;
  /** Position in the statement's commitments or disputes (from 0), for the anchor on its page. */
  index: number;
  day: string;
}

export function isTaggedWith(s: Statement, kind: SubjectKind, id: string): boolean {
  return s.tags?.[kind].includes(id) ?? false;
}

/** Newest first. An event belongs to the subject when its statement is tagged with the subject, or when the subject
 *  is the one committing, a party to the dispute, or the issue disputed over. */
export function subjectEvents(statements: readonly Statement[], kind: SubjectKind, id: string): SubjectEvent[] {
  const events: SubjectEvent[] = [];
  for (const s of statements) {
    const tagged = isTaggedWith(s, kind, id);
    const day = statementDay(s);
    s.tags?.commitments.forEach((c, index) => {
      if (tagged || c.by === id) events.push({ type: 'commitment', statement: s, index, day });
    });
    s.tags?.disputes.forEach((d, index) => {
      if (tagged || d.from === id || d.against === id || d.over === id) events.push({ type: 'dispute', statement: s, index, day });
    });
  }
  return events.sort((a, b) => byNewest(a.statement, b.statement) || a.index - b.index);
}
