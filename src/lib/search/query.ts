// What a person typed, and the whole search state as it lives in the URL (shareable, bookmarkable, back-button safe).
import { terms } from './tokens.ts';
import { FACET_KEYS, type FacetKey } from './format.ts';

export interface ParsedQuery {
  /** Words matched exactly, by prefix or with a typo. */
  words: string[];
  /** Quoted text: a single word matches only itself; several must occur in this order. */
  phrases: string[][];
  /** The unquoted words in the order typed, repeats kept: what names of subjects are looked for in. */
  sequence: string[];
}

/** `"social media" licence` → phrase [social, media] and word licence. An unclosed quote runs to the end. */
export function parseQuery(q: string): ParsedQuery {
  const words: string[] = [];
  const phrases: string[][] = [];
  const parts = q.split('"');
  parts.forEach((part, i) => {
    const list = terms(part);
    if (i % 2 === 0) words.push(...list);
    else if (list.length > 0) phrases.push(list);
  });
  return { words: [...new Set(words)], phrases, sequence: words };
}

export type SortOrder = 'relevance' | 'date';

export interface SearchState {
  q: string;
  sort: SortOrder;
  filters: Record<FacetKey, string[]>;
  /** YYYY-MM-DD, inclusive; null for open-ended. */
  from: string | null;
  to: string | null;
  /** 1-based. */
  page: number;
}

export const emptyFilters = (): Record<FacetKey, string[]> =>
  Object.fromEntries(FACET_KEYS.map((k) => [k, [] as string[]])) as unknown as Record<FacetKey, string[]>;

export const emptyState = (): SearchState => ({ q: '', sort: 'relevance', filters: emptyFilters(), from: null, to: null, page: 1 });

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (v: string | null) => (v && DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ? v : null);

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of FACET_KEYS) filters[key] = [...new Set(params.getAll(key).filter(Boolean))].sort();
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: params.get('q') ?? '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    filters,
    from: validDay(params.get('from')),
    to: validDay(params.get('to')),
    page: Number.isFinite(page) && page >= 1 ? page : 1,
  };
}

/** Only what differs from the default, in a fixed order, so that one search always has one URL. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  for (const key of FACET_KEYS) for (const value of [...state.filters[key]].sort()) params.append(key, value);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

export const hasActiveFilters = (state: SearchState) =>
  FACET_KEYS.some((k) => state.filters[k].length > 0) || state.from !== null || state.to !== null;
