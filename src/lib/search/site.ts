// The site's search index: built once per build from the statements every page shows (tags as corrected).
import { loadSiteData } from '../data.ts';
import { buildSearchIndex, type SearchIndex } from './build.ts';

let cached: Promise<SearchIndex> | undefined;

export function siteSearchIndex(): Promise<SearchIndex> {
  cached ??= loadSiteData().then((data) => buildSearchIndex(data.statements, { names: data.names, people: data.people }));
  return cached;
}
