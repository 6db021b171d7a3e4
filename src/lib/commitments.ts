// The commitments tracker: every commitment found in a statement, with a status against the build date.
import type { Commitment, Statement } from './schema.ts';
import type { Outcome } from './records.ts';
import { daysBetween, statementDay } from './dates.ts';

export const DUE_SOON_DAYS = 30;

export type CommitmentStatus = 'open' | 'due-soon' | 'past-due' | Outcome['status'];

export const STATUS_LABELS: Record<CommitmentStatus, string> = {
  open: 'Open',
  'due-soon': 'Due soon',
  'past-due': 'Past due',
  fulfilled: 'Fulfilled',
  broken: 'Broken',
  superseded: 'Superseded',
};

export interface CommitmentRow {
  statement: Pick<Statement, 'id' | 'title' | 'outlet' | 'published' | 'firstSeen'>;
  /** Position in the statement's commitments, for the anchor `#commitment-<n>` on its page. */
  index: number;
  commitment: Commitment;
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

export function listCommitments(
  statements: readonly Statement[],
  outcomes: readonly Outcome[],
  today: string,
): CommitmentRow[] {
  return statements.flatMap((statement) => {
    const found: CommitmentRow[] = (statement.tags?.commitments ?? []).map((commitment, index) => {
      const outcome = findOutcome(statement.id, commitment, outcomes);
      return {
        statement,
        index,
        commitment,
        said: statementDay(statement),
        status: commitmentStatus(commitment.due, today, outcome),
        outcome,
        recorded: false,
      };
    });
    const unmatched = outcomes.filter((o) => o.statementId === statement.id && !found.some((r) => r.outcome === o));
    const recorded = unmatched.map((outcome, k) => ({
      statement,
      index: found.length + k,
      commitment: { by: outcome.by, what: outcome.what, due: null, evidence: outcome.note, speaker: null, confidence: 1 },
      said: statementDay(statement),
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
