// The tracker's and the threads' lists, worked out once per build and scope (every page of every filter reads them),
// and the static paths of their pages.
import { isListed, type SiteData } from './data.ts';
import { listCommitments } from './commitments.ts';
import { groupCommitments } from './commitment-groups.ts';
import { disputeThreads } from './disputes.ts';
import type { ClaimScope } from './reviewed-claims.ts';
import { pagedRoutes, type PagedRoute } from './paginate.ts';
import { COMMITMENTS_PER_PAGE, REPORTS_PER_PAGE, commitmentViews, promiseViews, trackerOrder, type CommitmentView, type PromiseView } from './commitment-list.ts';
import { EVENTS_PER_PAGE, THREADS_PER_PAGE, disputeViews, threadViews, type DisputeView, type ThreadView } from './dispute-list.ts';

const SCOPES: readonly ClaimScope[] = ['default', 'all'];

function perScope<R>(make: (data: SiteData, scope: ClaimScope) => R): (data: SiteData, scope: ClaimScope) => R {
  const made = new WeakMap<SiteData, Map<ClaimScope, R>>();
  return (data, scope) => {
    const byScope = made.get(data) ?? new Map<ClaimScope, R>();
    made.set(data, byScope);
    if (!byScope.has(scope)) byScope.set(scope, make(data, scope));
    return byScope.get(scope)!;
  };
}

export const trackerLists = perScope((data, scope) => {
  // Syndicated copies count too: a copy is one more statement reporting the promise, listed under it.
  const originOf = (id: string) => data.stories.get(id)?.originId ?? id;
  const rows = listCommitments(data.all.filter(isListed), data.claimsOf, data.outcomes, data.today, scope);
  const groups = trackerOrder(groupCommitments(rows, data.today, { originOf }));
  return { groups, views: commitmentViews(groups, scope), promises: promiseViews(groups, scope) };
});

export const threadLists = perScope((data, scope) => {
  const threads = disputeThreads(data.statements, data.claimsOf, scope);
  return { threads, views: disputeViews(threads, scope), long: threadViews(threads, scope) };
});

export function commitmentRoutes(data: SiteData): (PagedRoute<CommitmentView> | PagedRoute<PromiseView>)[] {
  return SCOPES.flatMap((scope) => {
    const { views, promises } = trackerLists(data, scope);
    return [...pagedRoutes('/commitments/', views, COMMITMENTS_PER_PAGE), ...pagedRoutes('/commitments/', promises, REPORTS_PER_PAGE)];
  });
}

export function disputeRoutes(data: SiteData): (PagedRoute<DisputeView> | PagedRoute<ThreadView>)[] {
  return SCOPES.flatMap((scope) => {
    const { views, long } = threadLists(data, scope);
    return [...pagedRoutes('/disputes/', views, THREADS_PER_PAGE), ...pagedRoutes('/disputes/', long, EVENTS_PER_PAGE)];
  });
}

export const isPromisePage = (p: PagedRoute<CommitmentView | PromiseView>['props']): p is PagedRoute<PromiseView>['props'] => 'group' in p.view;
export const isThreadPage = (p: PagedRoute<DisputeView | ThreadView>['props']): p is PagedRoute<ThreadView>['props'] => 'thread' in p.view;

/** The first page of a filtered list in the default scope, else under "all", with its count; null when neither has it. */
export function filterPage<V extends { path: string; items: readonly unknown[] }>(
  viewsOf: (scope: ClaimScope) => readonly V[],
  matches: (view: V) => boolean,
): { path: string; count: number } | null {
  for (const scope of SCOPES) {
    const view = viewsOf(scope).find(matches);
    if (view) return { path: view.path, count: view.items.length };
  }
  return null;
}
