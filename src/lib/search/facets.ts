// Facets in the browser: which facet files a filter or the counts need, and the counts themselves.
// Facet files are split by facet and by range of documents (newest first): a filter fetches its own facet for the
// date range asked for; the counts beside the results fetch every facet for the newest ranges only, until the reader
// asks for all (at 100,000 documents all nine facets weigh about 450 KB gzipped, the newest two ranges about 90 KB).
// The search with no words, filters or dates reads precomputed counts instead (f-counts, a few KB).
import { decodeDocList } from './vlq.ts';
import { parseQuery, type SearchState } from './query.ts';
import {
  FACETS,
  FACET_COUNTS_FILE,
  FACET_KEYS,
  facetFile,
  type FacetCountsFile,
  type FacetFile,
  type FacetKey,
} from './format.ts';

export interface FacetCount {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

/** What the counts cover: the documents of the date range counted, and the matches left out (older ones). */
export interface FacetCoverage {
  countedDocs: number;
  uncountedMatches: number;
}

export interface FacetCounts {
  counts: Record<FacetKey, FacetCount[]>;
  coverage: FacetCoverage;
}

/** Ranges of a date range whose files the counts fetch before the reader asks for all. */
export const FIRST_COUNTED_RANGES = 2;

interface DecodedRange {
  values: string[];
  labels: string[];
  /** Per value, its documents in the range. */
  docs: Int32Array[];
  /** Per document of the range (from its first), its values: `valuesOf.slice(starts[i], starts[i + 1])`. */
  starts: Int32Array;
  valuesOf: Int32Array;
}

/** The matching documents and filters of one search, as the engine works them out. */
export interface Matches {
  /** base[d] = 1 when d matches the words and the date range. */
  base: Uint8Array;
  /** How many active filters d passes, and per active facet whether d passes its filter. */
  sat: Uint8Array;
  passes: Map<FacetKey, Uint8Array>;
  need: number;
  lo: number;
  hi: number;
}

/** Whether a search asks for everything: its counts are the precomputed ones. */
export function asksForEverything(state: SearchState): boolean {
  const query = parseQuery(state.q);
  return query.words.length === 0 && query.phrases.length === 0 && !state.from && !state.to && FACET_KEYS.every((k) => state.filters[k].length === 0);
}

export class FacetTable {
  private loading = new Map<string, Promise<DecodedRange>>();
  private ready = new Map<string, DecodedRange>();
  private totals: Promise<FacetCountsFile> | null = null;
  private totalsReady: FacetCountsFile | null = null;

  constructor(
    private readonly file: <T>(name: string) => Promise<T>,
    private readonly docCount: number,
    private readonly rangeSize: number,
  ) {}

  /** The ranges holding documents lo to hi, newest first. */
  private rangesOf(lo: number, hi: number): number[] {
    const out: number[] = [];
    for (let r = Math.floor(lo / this.rangeSize); r * this.rangeSize <= hi; r++) out.push(r);
    return out;
  }

  private range(key: FacetKey, r: number): Promise<DecodedRange> {
    const name = facetFile(key, r);
    let p = this.loading.get(name);
    if (!p) {
      p = this.file<FacetFile>(name).then((f) => {
        const decoded = decodeRange(f, r * this.rangeSize, Math.min(this.rangeSize, this.docCount - r * this.rangeSize));
        this.ready.set(name, decoded);
        return decoded;
      });
      // A failed fetch is not remembered, so that a retry can succeed.
      p.catch(() => this.loading.delete(name));
      this.loading.set(name, p);
    }
    return p;
  }

  /** Fetches what a filter on `key` needs for documents lo to hi. */
  async loadFilter(key: FacetKey, lo: number, hi: number): Promise<void> {
    await Promise.all(this.rangesOf(lo, hi).map((r) => this.range(key, r)));
  }

  /** Marks in `into` the documents (lo to hi) that have any of `values`; `loadFilter` must have finished. */
  markFilter(key: FacetKey, values: readonly string[], lo: number, hi: number, into: Uint8Array): void {
    for (const r of this.rangesOf(lo, hi)) {
      const range = this.ready.get(facetFile(key, r))!;
      for (const value of values) {
        const i = range.values.indexOf(value);
        if (i >= 0) for (const d of range.docs[i]!) into[d] = 1;
      }
    }
  }

  /** The ranges the counts of a search fetch first, or all of them. */
  private countRanges(lo: number, hi: number, all: boolean): number[] {
    const ranges = this.rangesOf(lo, hi);
    return all ? ranges : ranges.slice(0, FIRST_COUNTED_RANGES);
  }

  /** Fetches what the counts of a search need: the precomputed totals, or every facet's newest ranges (or all). */
  async load(state: SearchState, lo: number, hi: number, all = false): Promise<void> {
    if (asksForEverything(state)) {
      this.totals ??= this.file<FacetCountsFile>(FACET_COUNTS_FILE).then((f) => (this.totalsReady = f));
      this.totals.catch(() => (this.totals = null));
      await this.totals;
      return;
    }
    await Promise.all(this.countRanges(lo, hi, all).flatMap((r) => FACET_KEYS.map((key) => this.range(key, r))));
  }

  /** Whether the counts of a search can be given without fetching anything more. */
  loaded(state: SearchState, lo: number, hi: number): boolean {
    if (asksForEverything(state)) return this.totalsReady !== null;
    return this.countRanges(lo, hi, false).every((r) => FACET_KEYS.every((key) => this.ready.has(facetFile(key, r))));
  }

  /** Counts within the query and every other facet's filter, so that choosing one platform still shows the others;
   *  over every range of the date range whose files are all here (the newest, or all once the reader asked). */
  count(state: SearchState, m: Matches): FacetCounts {
    if (asksForEverything(state) && this.totalsReady) return { counts: totalsOf(this.totalsReady), coverage: { countedDocs: this.docCount, uncountedMatches: 0 } };
    const ranges = this.rangesOf(m.lo, m.hi).filter((r) => FACET_KEYS.every((key) => this.ready.has(facetFile(key, r))));
    const matchesIn = new Map<number, number[]>(ranges.map((r) => [r, []]));
    let uncountedMatches = 0;
    for (let d = m.lo; d <= m.hi; d++) {
      if (!m.base[d]) continue;
      const list = matchesIn.get(Math.floor(d / this.rangeSize));
      if (list) list.push(d);
      else uncountedMatches++;
    }
    const counts = {} as Record<FacetKey, FacetCount[]>;
    for (const { key } of FACETS) {
      const own = m.passes.get(key);
      const wanted = m.need - (own ? 1 : 0);
      const counts1 = (d: number) => m.base[d] === 1 && m.sat[d]! - (own ? own[d]! : 0) === wanted;
      const tally = new Map<string, { label: string; count: number }>();
      for (const r of ranges) {
        const range = this.ready.get(facetFile(key, r))!;
        const first = r * this.rangeSize;
        const inRange = matchesIn.get(r)!;
        const local = new Int32Array(range.values.length);
        // Walk whichever is shorter: the matches (few, for a narrow query) or the facet's postings (a broad one).
        if (inRange.length * 4 < range.valuesOf.length) {
          for (const d of inRange) {
            if (!counts1(d)) continue;
            for (let k = range.starts[d - first]!; k < range.starts[d - first + 1]!; k++) local[range.valuesOf[k]!]!++;
          }
        } else {
          range.docs.forEach((list, v) => {
            let c = 0;
            for (const d of list) if (counts1(d)) c++;
            local[v] = c;
          });
        }
        range.values.forEach((value, v) => {
          const entry = tally.get(value);
          if (entry) entry.count += local[v]!;
          else tally.set(value, { label: range.labels[v]!, count: local[v]! });
        });
      }
      for (const value of state.filters[key]) if (!tally.has(value)) tally.set(value, { label: this.labelOf(key, value), count: 0 });
      counts[key] = ordered(tally, new Set(state.filters[key]));
    }
    return { counts, coverage: { countedDocs: ranges.reduce((sum, r) => sum + this.rangeLength(r, m.lo, m.hi), 0), uncountedMatches } };
  }

  private rangeLength(r: number, lo: number, hi: number): number {
    return Math.min(hi, (r + 1) * this.rangeSize - 1) - Math.max(lo, r * this.rangeSize) + 1;
  }

  /** A selected value's label when no counted document has it: from any range fetched, else the value itself. */
  private labelOf(key: FacetKey, value: string): string {
    const prefix = facetFile(key, 0).slice(0, -1);
    for (const [name, range] of this.ready) {
      if (!name.startsWith(prefix)) continue;
      const i = range.values.indexOf(value);
      if (i >= 0) return range.labels[i]!;
    }
    return value;
  }
}

function totalsOf(file: FacetCountsFile): Record<FacetKey, FacetCount[]> {
  const counts = {} as Record<FacetKey, FacetCount[]>;
  for (const key of FACET_KEYS) {
    const f = file.facets[key] ?? { values: [], labels: [], counts: [] };
    const tally = new Map(f.values.map((value, i) => [value, { label: f.labels[i]!, count: f.counts[i]! }]));
    counts[key] = ordered(tally, new Set());
  }
  return counts;
}

function ordered(tally: Map<string, { label: string; count: number }>, selected: ReadonlySet<string>): FacetCount[] {
  return [...tally]
    .map(([value, { label, count }]) => ({ value, label, count, selected: selected.has(value) }))
    .filter((c) => c.count > 0 || c.selected)
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function decodeRange(f: FacetFile, first: number, length: number): DecodedRange {
  const docs = f.docs.map(decodeDocList);
  const starts = new Int32Array(length + 1);
  for (const list of docs) for (const d of list) starts[d - first + 1]!++;
  for (let i = 0; i < length; i++) starts[i + 1]! += starts[i]!;
  const fill = starts.slice(0, length);
  const valuesOf = new Int32Array(starts[length]!);
  docs.forEach((list, v) => {
    for (const d of list) valuesOf[fill[d - first]!++] = v;
  });
  return { values: f.values, labels: f.labels, docs, starts, valuesOf };
}
