// A subject's timeline: its statements, and the commitments and disputes that involve it.
import type { Statement } from './schema.ts';
import { SUBJECT_KINDS, type SiteData, type SubjectKind } from './data.ts';
import { byNewest, statementDay } from './dates.ts';
import { inScope, type ClaimScope, type ReviewedClaim, type StatementClaims } from './reviewed-claims.ts';

export interface SubjectEvent {
  type: 'commitment' | 'dispute';
  statement: Statement;
  /** Position in the statement's commitments or disputes (from 0), for the anchor on its page. */
  index: number;
  /** The claim as the site shows it, with its review state. */
  reviewed: ReviewedClaim<'commitment'> | ReviewedClaim<'dispute'>;
  day: string;
}

export function isTaggedWith(s: Statement, kind: SubjectKind, id: string): boolean {
  return s.tags?.[kind].includes(id) ?? false;
}

type Listed = Pick<SiteData, 'statements' | 'claimsOf'>;
const indexes = new WeakMap<Listed, Map<string, Statement[]>>();

/** The listed statements that may belong on a subject's page, in list order: those tagged with it and those with a
 *  claim it makes, is party to or is the issue of. Indexed once per build for every subject, so that each subject
 *  page (in each language) reads its own statements, not every one. */
export function subjectStatements(data: Listed, kind: SubjectKind, id: string): Statement[] {
  let index = indexes.get(data);
  if (!index) indexes.set(data, (index = indexSubjects(data)));
  return index.get(`${kind}:${id}`) ?? [];
}

function indexSubjects(data: Listed): Map<string, Statement[]> {
  const index = new Map<string, Statement[]>();
  for (const s of data.statements) {
    const claims = data.claimsOf(s);
    // A claim's party is matched by id whatever the page's kind (subjectEvents does the same).
    const parties = [...claims.commitments.map((c) => c.claim.by), ...claims.disputes.flatMap((d) => [d.claim.from, d.claim.against, d.claim.over])];
    const keys = new Set(SUBJECT_KINDS.flatMap((kind) => [...(s.tags?.[kind] ?? []), ...parties].flatMap((id) => (id ? [`${kind}:${id}`] : []))));
    for (const key of keys) {
      const list = index.get(key);
      if (list) list.push(s);
      else index.set(key, [s]);
    }
  }
  return index;
}

/** Newest first. An event belongs to the subject when its statement is tagged with the subject, or when the subject
 *  is the one committing, a party to the dispute, or the issue disputed over. */
export function subjectEvents(
  statements: readonly Statement[],
  claimsOf: (s: Statement) => StatementClaims,
  kind: SubjectKind,
  id: string,
  scope: ClaimScope = 'default',
): SubjectEvent[] {
  const events: SubjectEvent[] = [];
  for (const s of statements) {
    const claims = claimsOf(s);
    if (claims.commitments.length + claims.disputes.length === 0) continue;
    const tagged = isTaggedWith(s, kind, id);
    const day = statementDay(s);
    for (const reviewed of claims.commitments) {
      const c = reviewed.claim;
      if (inScope(reviewed, scope) && (tagged || c.by === id)) events.push({ type: 'commitment', statement: s, index: reviewed.index, reviewed, day });
    }
    for (const reviewed of claims.disputes) {
      const d = reviewed.claim;
      if (inScope(reviewed, scope) && (tagged || d.from === id || d.against === id || d.over === id))
        events.push({ type: 'dispute', statement: s, index: reviewed.index, reviewed, day });
    }
  }
  return events.sort((a, b) => byNewest(a.statement, b.statement) || a.index - b.index);
}
