// The files of the sharded search index, shared by the build (which writes them) and the engine (which reads them).
// Documents are numbered newest first, so "sort by date" is document order and a date range is a range of numbers.

export const INDEX_FORMAT = 3;

export const FACETS = [
  { key: 'platform', label: 'Platform' },
  { key: 'actor', label: 'Actor' },
  { key: 'issue', label: 'Issue' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'kind', label: 'Kind' },
  { key: 'jurisdiction', label: 'Jurisdiction' },
  { key: 'language', label: 'Language' },
  { key: 'commitment', label: 'Has a commitment' },
  { key: 'dispute', label: 'Has a dispute' },
  { key: 'speaker', label: 'Speaker' },
] as const;
export type FacetKey = (typeof FACETS)[number]['key'];
export const FACET_KEYS: readonly FacetKey[] = FACETS.map((f) => f.key);

/** manifest.json: fetched first; everything else is fetched by name as a query needs it. */
export interface Manifest {
  format: typeof INDEX_FORMAT;
  /** Changes with the content; appended to every fetch so that a browser never mixes two builds. */
  build: string;
  docs: number;
  /** Documents per card shard (`c-<n>`: what a result shows) and per text shard (`s-<n>`: what its snippet is cut from). */
  cardShardSize: number;
  textShardSize: number;
  /** Day numbers (days since 1970-01-01) newest first: the first in full, then each one's distance from the one before. */
  days: string;
  /** The first key of each postings shard (`p-<n>`), in code-unit order. */
  postingsBounds: string[];
  /** Number of word-pair shards (`b-<n>`); their bounds are in `b-bounds`, fetched only for a phrase. */
  pairShards: number;
  /** Term prefixes that have a dictionary shard (`d-<hex>`). */
  prefixes: string[];
  /** Documents per facet range file (`f-<facet>-<n>` holds documents n × facetRangeSize onwards). */
  facetRangeSize: number;
}

/** d-<hex>: every term with a given two-letter prefix, sorted, and how many documents hold each. */
export interface DictionaryShard {
  terms: string[];
  /** VLQ document frequencies, one per term. */
  df: string;
}

/** p-<n> and b-<n>: keys in order; per key the document list (VLQ gaps) and, for terms, one weight digit per document. */
export interface PostingsShard {
  keys: string[];
  docs: string[];
  weights?: string[];
}

export interface PairBounds {
  bounds: string[];
}

/** f-<facet>-<n>: one facet's values (with display labels) in one range of documents, and per value the documents of
 * that range that have it. Split by facet, so that a filter fetches only its own; split by range (newest first), so
 * that the counts beside the results need only the newest documents' files until the reader asks for all. */
export interface FacetFile {
  values: string[];
  labels: string[];
  docs: string[];
}

/** f-counts: every facet value's count over all documents, for the search with no words, filters or dates. */
export interface FacetCountsFile {
  facets: Record<string, { values: string[]; labels: string[]; counts: number[] }>;
}

/** c-<n>: what a result shows before its snippet. */
export interface ResultCard {
  id: string;
  title: string;
  outlet: string;
  /** published, or null when the source gives no date. */
  published: string | null;
  /** The day the statement is filed under: published, else first seen (YYYY-MM-DD). */
  day: string;
  kind: string;
  /** True for a curated record: its text is Pantau's summary, not the source's. */
  summary: boolean;
  /** The language of its title and text, for their `lang` ("und" when not known). */
  language: string;
}
export interface CardShard {
  docs: ResultCard[];
}
/** s-<n>: the searchable text of each document (the source's, or Pantau's summary), fetched for the snippets shown. */
export interface TextShard {
  texts: string[];
}

/** subjects: the taxonomy's names for the island to read a query by (see subject-match.ts). */
export interface SubjectsFile {
  /** Each platform, actor and issue: its facet, id and display name. */
  subjects: { facet: 'platform' | 'actor' | 'issue'; value: string; label: string }[];
  /** Every name of a subject, as a name key (see subject-match.ts), sorted; `targets[i]` are the subjects names[i] names. */
  names: string[];
  targets: number[][];
  /** Groups of words that mean the same in English and Malay ("media sosial", "social media"), as name keys. */
  equivalents: string[][];
}

// One weight digit per posting: how often the term occurs in the text (0–15) and where else it occurs.
export const WEIGHT_TF_MASK = 15;
export const WEIGHT_IN_TITLE = 16;
export const WEIGHT_IN_META = 32;

export const dictionaryFile = (prefix: string) =>
  `d-${Array.from(prefix, (c) => c.codePointAt(0)!.toString(16)).join('-')}`;
export const postingsFile = (n: number) => `p-${n}`;
export const pairFile = (n: number) => `b-${n}`;
export const cardFile = (n: number) => `c-${n}`;
export const textFile = (n: number) => `s-${n}`;
export const PAIR_BOUNDS_FILE = 'b-bounds';
export const facetFile = (facet: FacetKey, range: number) => `f-${facet}-${range}`;
export const FACET_COUNTS_FILE = 'f-counts';
export const MANIFEST_FILE = 'manifest';
export const SUBJECTS_FILE = 'subjects';
export const SUGGEST_FILE = 'suggest';

/**
 * Terms the tokeniser never makes, kept out of the dictionary: `#<facet>:<id>` holds the statements tagged with a
 * subject, `~<root>` the statements in Malay with a word built on that root (dilesenkan, pelesenan → ~lesen).
 */
export const tagTerm = (facet: string, value: string) => `#${facet}:${value}`;
export const rootTerm = (root: string) => `~${root}`;
export const isWordTerm = (term: string) => term.charAt(0) !== '#' && term.charAt(0) !== '~';

/** Word pairs are keyed "first second"; a space never occurs inside a term. */
export const pairKey = (first: string, second: string) => `${first} ${second}`;

/** Index of the shard whose range holds `key`: the last bound ≤ key (-1 when key sorts before every shard). */
export function shardFor(bounds: readonly string[], key: string): number {
  let lo = 0;
  let hi = bounds.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid]! <= key) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export const DAY_MS = 86_400_000;
export const dayNumber = (isoDay: string) => Math.floor(Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`) / DAY_MS);
