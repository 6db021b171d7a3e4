// Search figures for the benchmark: the index built in-process (the same builder the site's endpoint uses), then
// queried through the same engine the island runs, with a loader that counts gzip bytes as a browser would receive.
import { gzipSync } from 'node:zlib';
import type { Statement } from '../src/lib/schema.ts';
import { buildSearchIndex, type SearchIndex } from '../src/lib/search/build.ts';
import { SearchEngine, type Loader } from '../src/lib/search/engine.ts';
import { FACET_KEYS, facetFile } from '../src/lib/search/format.ts';
import { stateFromParams, type SearchState } from '../src/lib/search/query.ts';
import { loadSearchVocabulary } from '../src/lib/search/subjects.ts';

/** A fixed mix: words, prefixes, typos, phrases, very common words, facets, date ranges and sorting. */
export const BENCH_QUERIES = [
  'q=government',
  'q=regulat',
  'q=goverment',
  'q=polcy+makers',
  'q=%22social+media%22',
  'q=%22the+company+said%22',
  'q=data+privacy',
  'q=the',
  'q=market&sort=date',
  'q=online&platform=tiktok',
  'q=company&from=2020-01-01&to=2021-12-31',
  'q=%22united+states%22&language=ms&commitment=yes',
  'platform=facebook&platform=youtube&dispute=yes',
  'q=technology+compan&issue=bench-issue-01&sort=date',
  // Malay: counterparts in the glossary, a taxonomy name, word forms.
  'q=kerajaan+syarikat',
  'q=pengguna+dalam+talian&language=ms',
];

export const PAGE_SIZE = 10;

export interface SearchFigures {
  buildMs: number;
  files: number;
  /** The manifest and the facet table, gzipped. */
  manifestGzip: number;
  facetGzip: number;
  /** Gzipped bytes fetched before the first page of results shows, per query on a cold page. */
  firstQueryMedian: number;
  firstQueryMax: number;
  /** Gzipped bytes of the texts the first page's snippets are cut from, fetched just after. */
  snippetMedian: number;
  snippetMax: number;
  /** Per query once its shards are loaded, including facet counts. */
  latencyMedianMs: number;
  latencyP95Ms: number;
  /** Results per query, to show the queries are not empty. */
  hits: number[];
}

const gzipSize = (text: string) => gzipSync(text, { level: 6 }).length;

function countingLoader(index: SearchIndex, onBytes: (name: string, bytes: number) => void): Loader {
  const cache = new Map<string, string>();
  return async (name) => {
    let text = cache.get(name);
    if (text === undefined) cache.set(name, (text = index.render(name)));
    onBytes(name, gzipSize(text));
    return JSON.parse(text);
  };
}

/** What the island does for a URL: search, then fetch the cards of the first page (the snippets' texts follow). */
async function firstPage(engine: SearchEngine, state: SearchState, facets: boolean) {
  const result = await engine.search(state, { facets });
  await engine.cards(result.docs.subarray(0, PAGE_SIZE));
  return result;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;

export async function measureSearch(statements: readonly Statement[], repeats = 5): Promise<SearchFigures> {
  const t0 = performance.now();
  // The real taxonomy: its subjects file is fetched with every query's first words.
  const index = buildSearchIndex(statements, { vocabulary: await loadSearchVocabulary('data') });
  const buildMs = performance.now() - t0;
  const states = BENCH_QUERIES.map((q) => stateFromParams(new URLSearchParams(q)));

  const firstBytes: number[] = [];
  const snippetBytes: number[] = [];
  for (const state of states) {
    let bytes = 0;
    const engine = await SearchEngine.open(countingLoader(index, (_, b) => (bytes += b)));
    const { docs } = await firstPage(engine, state, false);
    firstBytes.push(bytes);
    bytes = 0;
    await engine.texts(docs.subarray(0, PAGE_SIZE));
    snippetBytes.push(bytes);
  }

  const engine = await SearchEngine.open(countingLoader(index, () => {}));
  await engine.loadFacets();
  const hits: number[] = [];
  for (const state of states) hits.push((await firstPage(engine, state, true)).docs.length);
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const state of states) {
      const t = performance.now();
      await firstPage(engine, state, true);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  firstBytes.sort((a, b) => a - b);
  snippetBytes.sort((a, b) => a - b);
  return {
    buildMs,
    files: index.names().length,
    manifestGzip: gzipSize(index.render('manifest')),
    facetGzip: FACET_KEYS.reduce((sum, k) => sum + gzipSize(index.render(facetFile(k))), 0),
    firstQueryMedian: percentile(firstBytes, 0.5),
    firstQueryMax: firstBytes.at(-1)!,
    snippetMedian: percentile(snippetBytes, 0.5),
    snippetMax: snippetBytes.at(-1)!,
    latencyMedianMs: percentile(times, 0.5),
    latencyP95Ms: percentile(times, 0.95),
    hits,
  };
}

