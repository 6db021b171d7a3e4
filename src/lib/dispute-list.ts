// The dispute threads as static pages: every thread, the threads of each party and those over each issue, each paged,
// for the checked and high-confidence claims (/disputes/) and for every claim (/disputes/all/). A thread longer than a
// list shows gets pages of its own.
import type { DisputeThread } from './disputes.ts';
import type { ClaimScope } from './reviewed-claims.ts';
import { bucketBy, type ListView } from './paginate.ts';

export const THREADS_PER_PAGE = 50;
/** Events a thread shows in a list (the latest); a longer thread links to its own pages. */
export const EVENTS_SHOWN = 10;
export const EVENTS_PER_PAGE = 100;

export type DisputeFilter = { kind: 'party' | 'issue'; id: string };

export interface DisputeView extends ListView<DisputeThread> {
  scope: ClaimScope;
  filter: DisputeFilter | null;
}

/** Every event of one thread, when there are more than a list shows. */
export interface ThreadView extends ListView<DisputeThread['events'][number]> {
  scope: ClaimScope;
  thread: DisputeThread;
}

export const threadsPath = (scope: ClaimScope) => (scope === 'all' ? '/disputes/all/' : '/disputes/');
export const threadPath = (thread: Pick<DisputeThread, 'key'>, scope: ClaimScope) => `${threadsPath(scope)}thread/${thread.key}/`;

/** The whole list, then the threads of each party (either side) and over each identified issue, in the order of
 *  `threads`. */
export function disputeViews(threads: readonly DisputeThread[], scope: ClaimScope): DisputeView[] {
  const root = threadsPath(scope);
  const byParty = bucketBy(threads, (t) => t.parties);
  const byIssue = bucketBy(threads, (t) => (t.over ? [t.over] : []));
  const views = (kind: DisputeFilter['kind'], buckets: Map<string, DisputeThread[]>) =>
    [...buckets.keys()].sort().map((id): DisputeView => ({ path: `${root}${kind}/${id}/`, scope, filter: { kind, id }, items: buckets.get(id)! }));
  return [{ path: root, scope, filter: null, items: threads }, ...views('party', byParty), ...views('issue', byIssue)];
}

/** The pages of every thread longer than a list shows. */
export function threadViews(threads: readonly DisputeThread[], scope: ClaimScope): ThreadView[] {
  return threads
    .filter((t) => t.events.length > EVENTS_SHOWN)
    .map((thread) => ({ path: threadPath(thread, scope), scope, thread, items: thread.events }));
}
