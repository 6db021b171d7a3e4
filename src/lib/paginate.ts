// Long lists cut into numbered pages (/commitments/, /commitments/2/, …), so that no page holds every row: the
// tracker, the dispute threads and their filter pages share these helpers.

export interface Page<T> {
  items: T[];
  /** From 1. */
  number: number;
  /** How many pages the list has (at least 1: an empty list is one empty page). */
  count: number;
  /** Position of the page's first item in the whole list, from 0. */
  start: number;
  /** Items in the whole list. */
  total: number;
}

/** Every page of `items`, `size` to a page, in order. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`paginate: page size must be a whole number above 0, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    count,
    start: i * size,
    total: items.length,
  }));
}

/** The address of page `number` of the list whose first page is `first` (ending in "/"): first, first + "2/", … */
export function pagePath(first: string, number: number): string {
  return number === 1 ? first : `${first}${number}/`;
}

/** The page numbers a pager shows: the first, the last and `around` on either side of the current one; null stands
 *  for a run of numbers left out. */
export function pageNumbers(current: number, count: number, around = 2): (number | null)[] {
  const shown = [...new Set([1, count, ...Array.from({ length: 2 * around + 1 }, (_, i) => current - around + i)])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}

/** A list as one page family: its first page's address (site path, ending in "/") and its rows. */
export interface ListView<T> {
  path: string;
  items: readonly T[];
}

/** Astro's static paths for every page of every view, below the rest-parameter route `[...path]` at `root`
 *  ("/commitments/"): the first page of the view at `root` itself has no parameter. */
export function pagedRoutes<V extends ListView<unknown>>(root: string, views: readonly V[], size: number): PagedRoute<V>[] {
  return views.flatMap((view) =>
    paginate(view.items as readonly ItemOf<V>[], size).map((page) => {
      const path = pagePath(view.path, page.number);
      if (!path.startsWith(root)) throw new Error(`pagedRoutes: ${path} is not below ${root}`);
      return { params: { path: path.slice(root.length).replace(/\/$/, '') || undefined }, props: { view, page } };
    }),
  );
}

type ItemOf<V> = V extends ListView<infer T> ? T : never;

export interface PagedRoute<V extends ListView<unknown>> {
  params: { path: string | undefined };
  props: { view: V; page: Page<ItemOf<V>> };
}

/** Filter links shown at the top of a list before the rest wait behind a disclosure (the most rows first). */
export const FILTERS_SHOWN = 12;

/** The rows of `items` under each key `keysOf` gives (a row may have several), in the order of `items`. */
export function bucketBy<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): Map<string, T[]> {
  const buckets = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(item);
      else buckets.set(key, [item]);
    }
  }
  return buckets;
}
