// The commitments tracker as static pages: the whole list, one list per status and one per party, each paged, for
// the checked and high-confidence claims (/commitments/) and for every claim (/commitments/all/). A promise reported
// more often than a row can show gets pages of its own for its reports.
import { createHash } from 'node:crypto';
import { COMMITMENT_STATUSES, type CommitmentStatus } from './commitments.ts';
import type { CommitmentGroup } from './commitment-groups.ts';
import type { ClaimScope } from './reviewed-claims.ts';
import { bucketBy, type ListView } from './paginate.ts';

export const COMMITMENTS_PER_PAGE = 100;
/** Reports a row of the tracker lists (the latest); a promise with more links to its own pages. */
export const REPORTS_SHOWN = 10;
export const REPORTS_PER_PAGE = 100;

export type CommitmentFilter = { kind: 'status'; id: CommitmentStatus } | { kind: 'by'; id: string };

export interface CommitmentView extends ListView<CommitmentGroup> {
  scope: ClaimScope;
  filter: CommitmentFilter | null;
}

/** The reports of one promise, when there are more than a row lists. */
export interface PromiseView extends ListView<CommitmentGroup['rows'][number]> {
  scope: ClaimScope;
  group: CommitmentGroup;
}

export const trackerPath = (scope: ClaimScope) => (scope === 'all' ? '/commitments/all/' : '/commitments/');

/** The most recently reported first (by the latest report), then by key so that the order is stable. */
export function trackerOrder(groups: readonly CommitmentGroup[]): CommitmentGroup[] {
  const lastSaid = (g: CommitmentGroup) => g.rows[g.rows.length - 1]!.said;
  return [...groups].sort((a, b) => (lastSaid(a) < lastSaid(b) ? 1 : lastSaid(a) > lastSaid(b) ? -1 : a.key < b.key ? -1 : 1));
}

/** The whole list, then one list per status and one per party that has any, in the order of `groups`. */
export function commitmentViews(groups: readonly CommitmentGroup[], scope: ClaimScope): CommitmentView[] {
  const root = trackerPath(scope);
  const byStatus = bucketBy(groups, (g) => [g.status]);
  const byParty = bucketBy(groups, (g) => [g.first.commitment.by]);
  const statuses = COMMITMENT_STATUSES.filter((s) => byStatus.has(s));
  return [
    { path: root, scope, filter: null, items: groups },
    ...statuses.map((id): CommitmentView => ({ path: `${root}status/${id}/`, scope, filter: { kind: 'status', id }, items: byStatus.get(id)! })),
    ...[...byParty.keys()].sort().map((id): CommitmentView => ({ path: `${root}by/${id}/`, scope, filter: { kind: 'by', id }, items: byParty.get(id)! })),
  ];
}

/** A stable address for a promise: its party and a short hash of its key (the key holds spaces and any letter). */
export function promiseSlug(group: Pick<CommitmentGroup, 'key' | 'first'>): string {
  return `${group.first.commitment.by}-${createHash('sha256').update(group.key).digest('hex').slice(0, 12)}`;
}

/** The pages of reports of every promise reported more often than a row lists. */
export function promiseViews(groups: readonly CommitmentGroup[], scope: ClaimScope): PromiseView[] {
  return groups
    .filter((g) => g.rows.length > REPORTS_SHOWN)
    .map((group) => ({ path: promisePath(group, scope), scope, group, items: group.rows }));
}

export const promisePath = (group: CommitmentGroup, scope: ClaimScope) => `${trackerPath(scope)}promise/${promiseSlug(group)}/`;
