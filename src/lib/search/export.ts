// A search's results as CSV, made in the browser from the result cards (what the results list shows) with the same
// CSV writer and formula guard as the site's downloads. Researchers join it to the full data by `id`.
import { stringify } from 'csv-stringify/browser/esm/sync';
import { spreadsheetSafe } from '../export.ts';
import type { ResultCard } from './format.ts';
import { stateToParams, type SearchState } from './query.ts';

export const SEARCH_CSV_COLUMNS = ['id', 'day', 'published', 'outlet', 'kind', 'title', 'textBy', 'permalink'] as const;

/** `siteBase` is the site's absolute address with its base path, ending in "/". */
export function searchResultsCsv(cards: readonly ResultCard[], siteBase: string): string {
  const rows = cards.map((c) => ({
    id: c.id,
    day: c.day,
    published: c.published,
    outlet: spreadsheetSafe(c.outlet),
    kind: c.kind,
    title: spreadsheetSafe(c.title),
    // Whose words the record's text is: the source's, or Pantau's summary of a curated event.
    textBy: c.summary ? 'pantau' : 'source',
    permalink: `${siteBase}statements/${c.id}/`,
  }));
  return stringify(rows, { header: true, columns: [...SEARCH_CSV_COLUMNS] });
}

/** pantau-search-<words and filters>.csv, safe as a file name on every system. */
export function searchCsvName(state: SearchState): string {
  const params = stateToParams({ ...state, page: 1 });
  const words = [...params.values()].join('-').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `pantau-search${words ? `-${words}` : ''}.csv`;
}
