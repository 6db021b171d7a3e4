// The site's search index: built once per build from the statements every page shows (tags as corrected), with
// the taxonomy for subjects named in a query and for the search box's suggestions.
import { loadSiteData } from '../data.ts';
import { DATA_DIR } from '../paths.ts';
import { buildSearchIndex, type SearchIndex } from './build.ts';
import { loadSearchVocabulary } from './subjects.ts';

let cached: Promise<SearchIndex> | undefined;

export function siteSearchIndex(): Promise<SearchIndex> {
  cached ??= Promise.all([loadSiteData(), loadSearchVocabulary(DATA_DIR)]).then(([data, vocabulary]) =>
    buildSearchIndex(data.statements, { names: data.names, vocabulary }),
  );
  return cached;
}
