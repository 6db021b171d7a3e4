// Dispute threads: the disputes between the same two parties over the same issue, in date order.
import type { Dispute, Statement } from './schema.ts';
import { sortedPair } from './dispute-pair.ts';
import { byNewest, statementDay } from './dates.ts';
import { inScope, type ClaimScope, type ReviewState, type StatementClaims } from './reviewed-claims.ts';

export interface DisputeEvent {
  statement: Pick<Statement, 'id' | 'title' | 'outlet' | 'published' | 'firstSeen' | 'language'>;
  /** Position in the statement's disputes, for the anchor `#dispute-<n>` on its page. */
  index: number;
  /** As the site shows it: an editor's fix applied. */
  dispute: Dispute;
  state: ReviewState;
  day: string;
}

export interface DisputeThread {
  key: string;
  /** The two parties in a fixed (sorted) order, whoever raised the dispute. */
  parties: [string, string];
  over: string | null;
  events: DisputeEvent[];
  lastDay: string;
}

/** The thread a dispute belongs to: its two parties in sorted order and its issue ("general" when none). */
export function threadKey(dispute: Pick<Dispute, 'from' | 'against' | 'over'>): string {
  return `${sortedPair(dispute.from, dispute.against).join('--')}--${dispute.over ?? 'general'}`;
}

export function disputeThreads(
  statements: readonly Statement[],
  claimsOf: (s: Statement) => StatementClaims,
  scope: ClaimScope = 'default',
): DisputeThread[] {
  const threads = new Map<string, DisputeThread>();
  for (const statement of statements) {
    for (const { claim: dispute, index, state } of claimsOf(statement).disputes.filter((d) => inScope(d, scope))) {
      const parties = sortedPair(dispute.from, dispute.against);
      const key = threadKey(dispute);
      const thread = threads.get(key) ?? { key, parties, over: dispute.over, events: [], lastDay: '' };
      thread.events.push({ statement, index, dispute, state, day: statementDay(statement) });
      threads.set(key, thread);
    }
  }
  for (const thread of threads.values()) {
    // Oldest first so that a story reads forward.
    thread.events.sort((a, b) => -byNewest(a.statement, b.statement) || a.index - b.index);
    thread.lastDay = thread.events[thread.events.length - 1]!.day;
  }
  // Most recently active thread first.
  return [...threads.values()].sort((a, b) => (a.lastDay < b.lastDay ? 1 : a.lastDay > b.lastDay ? -1 : a.key < b.key ? -1 : 1));
}
