// The commitments tracker: every commitment found in a statement, with a status against the build date.
import type { Commitment, Statement } from './schema.ts';
import type { Outcome } from './records.ts';
import { daysBetween, statementDay } from './dates.ts';
import { inScope, type ClaimScope, type ReviewState, type StatementClaims } from './reviewed-claims.ts';

export const DUE_SOON_DAYS = 30;

export type CommitmentStatus = 'open' | 'due-soon' | 'past-due' | Outcome['status'];

/** Every status, in the order the tracker's filters list them (their words are src/i18n's `status.<status>`). */
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = ['open', 'due-soon', 'past-due', 'fulfilled', 'broken', 'superseded'];

export interface CommitmentRow {
  statement: Pick<Statement, 'id' | 'title' | 'outlet' | 'published' | 'firstSeen' | 'language'>;
  /** Position in the statement's commitments, for the anchor `#commitment-<n>` on its page. */
  index: number;
  /** As the site shows it: an editor's fix applied. */
  commitment: Commitment;
  /** Whether an editor checked it (a recorded outcome counts as added by an editor). */
  state: ReviewState;
  /** The editor's note on the claim, when the review gave one. */
  note: string | null;
  said: string;
  status: CommitmentStatus;
  outcome: Outcome | null;
  /** Recorded by Pantau's editors with its outcome, where the tagger found no sentence making the promise: the
   *  `evidence` is then the editor's note, never shown as the source's words. */
  recorded: boolean;
}

/** An outcome record decides; otherwise the due date against today (YYYY-MM-DD) does. */
export function commitmentStatus(due: string | null, today: string, outcome: Outcome | null = null): CommitmentStatus {
  if (outcome) return outcome.status;
  if (due === null) return 'open';
  const days = daysBetween(today, due);
  if (days < 0) return 'past-due';
  return days <= DUE_SOON_DAYS ? 'due-soon' : 'open';
}

/** The outcome recorded for this commitment: same statement, same actor, and `what` equal to or a prefix of it. */
export function findOutcome(statementId: string, commitment: Commitment, outcomes: readonly Outcome[]): Outcome | null {
  return (
    outcomes.find(
      (o) => o.statementId === statementId && o.by === commitment.by && commitment.what.startsWith(o.what),
    ) ?? null
  );
}

/** The commitments of `statements` in `scope`, with each statement's unmatched outcomes as editors' records. */
export function listCommitments(
  statements: readonly Statement[],
  claimsOf: (s: Statement) => StatementClaims,
  outcomes: readonly Outcome[],
  today: string,
  scope: ClaimScope = 'default',
): CommitmentRow[] {
  const outcomesOf = new Map<string, Outcome[]>();
  for (const o of outcomes) outcomesOf.set(o.statementId, [...(outcomesOf.get(o.statementId) ?? []), o]);
  return statements.flatMap((statement) => {
    const own = outcomesOf.get(statement.id) ?? [];
    const claims = claimsOf(statement).commitments;
    if (claims.length === 0 && own.length === 0) return [];
    const said = statementDay(statement);
    const found: CommitmentRow[] = claims
      .filter((c) => inScope(c, scope))
      .map(({ claim: commitment, index, state, note }) => {
        const outcome = findOutcome(statement.id, commitment, own);
        return { statement, index, commitment, state, note, said, status: commitmentStatus(commitment.due, today, outcome), outcome, recorded: false };
      });
    // Outcomes matched to a claim out of scope are not recorded again; they show with that claim under "all".
    const matched = new Set(claims.map((c) => findOutcome(statement.id, c.claim, own)));
    const recorded = own
      .filter((o) => !matched.has(o))
      .map((outcome, k): CommitmentRow => ({
        statement,
        index: claims.length + k,
        commitment: { by: outcome.by, what: outcome.what, due: null, evidence: outcome.note, speaker: null, confidence: 1 },
        state: 'added',
        note: null,
        said,
        status: outcome.status,
        outcome,
        recorded: true,
      }));
    return [...found, ...recorded];
  });
}

/** Unresolved commitments with a due date, soonest first: what a reader should watch. */
export function fallingDue(rows: readonly CommitmentRow[]): CommitmentRow[] {
  return rows
    .filter((r) => (r.status === 'due-soon' || r.status === 'past-due' || r.status === 'open') && r.commitment.due)
    .sort((a, b) => (a.commitment.due! < b.commitment.due! ? -1 : a.commitment.due! > b.commitment.due! ? 1 : 0));
}

export interface SettledRow extends CommitmentRow {
  /** The day of the statement that shows the outcome (YYYY-MM-DD). */
  settledOn: string;
}

/** Commitments an outcome shows fulfilled or broken, the most recently settled first (by the evidence's date). */
export function recentlySettled(
  rows: readonly CommitmentRow[],
  byId: ReadonlyMap<string, Pick<Statement, 'published' | 'firstSeen'>>,
): SettledRow[] {
  return rows
    .flatMap((row) => {
      const evidence = row.outcome && (row.status === 'fulfilled' || row.status === 'broken') ? byId.get(row.outcome.evidenceStatementId) : undefined;
      return evidence ? [{ ...row, settledOn: statementDay(evidence) }] : [];
    })
    .sort((a, b) => (a.settledOn < b.settledOn ? 1 : a.settledOn > b.settledOn ? -1 : 0));
}
