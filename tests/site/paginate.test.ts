// The paging helpers the tracker and the threads share, and the filtered lists they are cut from.
import { describe, expect, it } from 'vitest';
import { bucketBy, pageNumbers, pagePath, paginate, pagedRoutes } from '../../src/lib/paginate.ts';
import { commitmentViews } from '../../src/lib/commitment-list.ts';
import { disputeViews } from '../../src/lib/dispute-list.ts';
import type { CommitmentGroup } from '../../src/lib/commitment-groups.ts';
import type { DisputeThread } from '../../src/lib/disputes.ts';

describe('paginate', () => {
  it('cuts a list into pages that hold every item once, in order', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    const pages = paginate(items, 10);
    expect(pages.map((p) => [p.number, p.count, p.start, p.items.length])).toEqual([[1, 3, 0, 10], [2, 3, 10, 10], [3, 3, 20, 3]]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, count: 1, start: 0, total: 0 }]);
    expect(() => paginate(items, 0)).toThrow(/page size/);
  });

  it('gives page 1 the list address and the others a number below it', () => {
    expect(pagePath('/commitments/status/open/', 1)).toBe('/commitments/status/open/');
    expect(pagePath('/commitments/status/open/', 4)).toBe('/commitments/status/open/4/');
  });

  it('numbers the first, the last and the pages around the current one, marking what it leaves out', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pageNumbers(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageNumbers(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageNumbers(4, 20)).toEqual([1, 2, 3, 4, 5, 6, null, 20]);
    expect(pageNumbers(20, 20)).toEqual([1, null, 18, 19, 20]);
  });

  it('makes one static path per page of each list, relative to its route', () => {
    const views = [{ path: '/disputes/', items: [1, 2, 3] }, { path: '/disputes/party/x/', items: [1] }];
    const routes = pagedRoutes('/disputes/', views, 2);
    expect(routes.map((r) => r.params.path)).toEqual([undefined, '2', 'party/x']);
    expect(routes[1]!.props.page.items).toEqual([3]);
    expect(() => pagedRoutes('/commitments/', views, 2)).toThrow(/not below/);
  });

  it('buckets items under each of their keys, once each, in order', () => {
    const buckets = bucketBy(['ab', 'b', 'bb', 'ca'], (w) => [...w]);
    expect(Object.fromEntries(buckets)).toEqual({ a: ['ab', 'ca'], b: ['ab', 'b', 'bb'], c: ['ca'] });
  });
});

describe('filtered lists', () => {
  const group = (by: string, status: CommitmentGroup['status']) => ({ key: `${by}|${status}`, status, first: { commitment: { by } } }) as unknown as CommitmentGroup;
  const thread = (a: string, b: string, over: string | null) => ({ key: `${a}--${b}--${over}`, parties: [a, b], over }) as unknown as DisputeThread;

  it('give the tracker one list per status and per party, their rows adding up to the whole', () => {
    const groups = [group('meta', 'open'), group('tiktok', 'past-due'), group('meta', 'past-due')];
    const views = commitmentViews(groups, 'all');
    expect(views.map((v) => [v.path, v.items.length])).toEqual([
      ['/commitments/all/', 3],
      ['/commitments/all/status/open/', 1],
      ['/commitments/all/status/past-due/', 2],
      ['/commitments/all/by/meta/', 2],
      ['/commitments/all/by/tiktok/', 1],
    ]);
  });

  it('give the threads one list per party, on either side, and per identified issue', () => {
    const threads = [thread('meta', 'x', 'scams'), thread('kkd', 'meta', null)];
    const views = disputeViews(threads, 'default');
    expect(views.map((v) => [v.path, v.items.map((t) => t.key)])).toEqual([
      ['/disputes/', ['meta--x--scams', 'kkd--meta--null']],
      ['/disputes/party/kkd/', ['kkd--meta--null']],
      ['/disputes/party/meta/', ['meta--x--scams', 'kkd--meta--null']],
      ['/disputes/party/x/', ['meta--x--scams']],
      ['/disputes/issue/scams/', ['meta--x--scams']],
    ]);
  });
});
