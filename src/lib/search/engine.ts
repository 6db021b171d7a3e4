// The search engine the island runs: it fetches the manifest, then only the shards a query needs, and answers
// from them. The same code runs in the benchmark and the tests, with a loader that reads files instead of fetching.
import { boundedDistance } from './distance.ts';
import { decodeDocList, decodeVlq, digitValue } from './vlq.ts';
import { parseQuery, type SearchState } from './query.ts';
import { termPrefix } from './tokens.ts';
import { rootCandidates } from '../malay-stem.ts';
import { SubjectMatcher, type SubjectSpan } from './subject-match.ts';
import {
  DAY_MS,
  FACETS,
  FACET_KEYS,
  INDEX_FORMAT,
  MANIFEST_FILE,
  PAIR_BOUNDS_FILE,
  SUBJECTS_FILE,
  SUGGEST_FILE,
  WEIGHT_IN_META,
  WEIGHT_IN_TITLE,
  WEIGHT_TF_MASK,
  dayNumber,
  dictionaryFile,
  facetFile,
  isWordTerm,
  pairFile,
  pairKey,
  postingsFile,
  rootTerm,
  shardFor,
  tagTerm,
  cardFile,
  textFile,
  type DictionaryShard,
  type FacetFile,
  type FacetKey,
  type Manifest,
  type PairBounds,
  type PostingsShard,
  type CardShard,
  type ResultCard,
  type SubjectsFile,
  type TextShard,
} from './format.ts';

/** Fetches one index file by name; `build` is null for the manifest (which says what the build is). */
export type Loader = (name: string, build: string | null) => Promise<unknown>;

/** How far a query word reaches: prefixes from 3 letters, one typo from 4, two from 8 (within its dictionary shard). */
export const MATCHING = {
  prefixFrom: 3,
  fuzzyFrom: 4,
  twoTyposFrom: 8,
  /** The most frequent expansions kept per word, so that "co" or "ke" cannot fetch half the index. */
  prefixLimit: 24,
  fuzzyLimit: 8,
  /** Postings the expansions of one word may add, at least; see `withinBudget`. */
  expansionBudget: 20_000,
  /** Malay word forms: the word's root, and statements with other words built on either (see malay-stem.ts). */
  rootFactor: 0.75,
  sameRootFactor: 0.65,
  /** A statement tagged with a subject the query names, per word of the name; a word in the tags counts 1.5. */
  taggedFactor: 0.5,
} as const;

export interface FacetCount {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

/** Subjects the query named, whose tagged statements the results include. */
export interface NamedSubject {
  facet: 'platform' | 'actor' | 'issue';
  value: string;
  label: string;
  /** The query words that named it. */
  words: string;
}

export interface SearchResult {
  /** Every matching document number, best first (or newest first when sorted by date). */
  docs: Int32Array;
  /** Index terms that matched, for highlighting (`~root` for words built on a root). */
  highlight: string[];
  subjects: NamedSubject[];
  /** Counts per facet value within the other filters; null until the facet table is loaded. */
  facets: Record<FacetKey, FacetCount[]> | null;
}

interface TermPostings {
  docs: Int32Array;
  weights: Uint8Array | null;
}

interface Expansion {
  term: string;
  factor: number;
}

export class SearchEngine {
  private files = new Map<string, Promise<unknown>>();
  private postings = new Map<string, Promise<TermPostings | null>>();
  private facetFiles = new Map<FacetKey, Promise<DecodedFacet>>();
  private allFacets = false;
  private readonly days: Int32Array;

  private constructor(private readonly loader: Loader, readonly manifest: Manifest) {
    const deltas = decodeVlq(manifest.days);
    this.days = new Int32Array(deltas.length);
    deltas.forEach((d, i) => (this.days[i] = i === 0 ? d : this.days[i - 1]! - d));
  }

  static async open(loader: Loader): Promise<SearchEngine> {
    const manifest = (await loader(MANIFEST_FILE, null)) as Manifest;
    if (manifest?.format !== INDEX_FORMAT) throw new Error(`search index: unknown format ${String(manifest?.format)}`);
    return new SearchEngine(loader, manifest);
  }

  get docCount(): number {
    return this.manifest.docs;
  }

  /** The day a document is filed under (YYYY-MM-DD). */
  dayOf(doc: number): string {
    return new Date(this.days[doc]! * DAY_MS).toISOString().slice(0, 10);
  }

  private file<T>(name: string): Promise<T> {
    let p = this.files.get(name);
    if (!p) {
      p = this.loader(name, this.manifest.build);
      // A failed fetch is not remembered, so that a retry can succeed.
      p.catch(() => this.files.delete(name));
      this.files.set(name, p);
    }
    return p as Promise<T>;
  }

  private subjectReader: Promise<{ file: SubjectsFile; matcher: SubjectMatcher }> | null = null;

  /** The taxonomy's names, fetched with a query's first words. */
  private subjects(): Promise<{ file: SubjectsFile; matcher: SubjectMatcher }> {
    if (!this.subjectReader) {
      const reader = this.file<SubjectsFile>(SUBJECTS_FILE).then((file) => ({ file, matcher: new SubjectMatcher(file) }));
      reader.catch(() => (this.subjectReader = null));
      this.subjectReader = reader;
    }
    return this.subjectReader;
  }

  /** The search box's suggestion index as the build wrote it, for suggest.ts to load (MiniSearch stays out of here). */
  suggestIndex(): Promise<unknown> {
    return this.file(SUGGEST_FILE);
  }

  /** Whether every facet is loaded, so that counts cost nothing more. */
  facetsLoaded(): boolean {
    return this.allFacets;
  }

  private facet(key: FacetKey): Promise<DecodedFacet> {
    let p = this.facetFiles.get(key);
    if (!p) {
      p = this.file<FacetFile>(facetFile(key)).then((f) => decodeFacet(f, this.manifest.docs));
      p.catch(() => this.facetFiles.delete(key));
      this.facetFiles.set(key, p);
    }
    return p;
  }

  /** Every facet, for the counts: fetched after the first results (a filter fetches its own facet sooner). */
  async loadFacets(): Promise<DecodedFacets> {
    const list = await Promise.all(FACET_KEYS.map((k) => this.facet(k)));
    this.allFacets = true;
    return Object.fromEntries(FACET_KEYS.map((k, i) => [k, list[i]!])) as DecodedFacets;
  }

  async search(state: SearchState, options: { facets?: boolean } = {}): Promise<SearchResult> {
    const n = this.manifest.docs;
    const query = parseQuery(state.q);
    const [lo, hi] = this.docRange(state.from, state.to);
    const activeFilters = FACET_KEYS.filter((k) => state.filters[k].length > 0);
    const filterFacets = Promise.all(activeFilters.map((k) => this.facet(k)));
    const allFacets = options.facets === true ? this.loadFacets() : null;

    // Every word's postings are fetched at once, while the subjects file says which words name a subject.
    const words = new Map(query.words.map((w) => [w, this.wordPostings(w)]));
    const reading = query.sequence.length > 0 ? await this.subjects() : null;
    const spans = reading ? reading.matcher.match(query.sequence) : [];
    const covered = new Set(spans.flatMap((s) => Array.from({ length: s.end - s.start }, (_, k) => s.start + k)));
    const standalone = new Set(query.sequence.filter((_, i) => !covered.has(i)));
    const parts: Promise<QueryPart>[] = [];
    for (const [word, postings] of words) if (standalone.has(word)) parts.push(postings);
    for (const span of spans) parts.push(this.groupPostings(span, query.sequence.slice(span.start, span.end), words, reading!.file));
    for (const phrase of query.phrases)
      parts.push(phrase.length === 1 ? this.termListPostings([{ term: phrase[0]!, factor: 1 }]) : this.phrasePostings(phrase));
    const matched = await Promise.all(parts);
    const filters = await filterFacets;
    const facets = allFacets ? await allFacets : null;

    // From here on nothing awaits, so the scratch arrays cannot be shared with another search in flight.
    const scratch = this.scratch();
    const { base, score, best, hits, sat } = scratch;
    const highlight = new Set<string>();
    if (matched.length === 0) {
      base.fill(1, lo, hi + 1);
    } else {
      for (const part of matched) {
        part.terms.forEach((t) => highlight.add(t));
        if ('alternatives' in part) addGroup(part, n, scratch, hits, score);
        else if (part.phrase) addPhrase(part, n, hits, score);
        else addTerms(part, n, best, hits, score);
      }
      for (let d = lo; d <= hi; d++) if (hits[d] === matched.length) base[d] = 1;
    }

    // Filters: OR within a facet, AND across facets. sat[d] counts the facets whose filter d passes.
    const passes = new Map<FacetKey, Uint8Array>();
    activeFilters.forEach((key, f) => {
      const facet = filters[f]!;
      const inFacet = new Uint8Array(n);
      for (const value of state.filters[key]) {
        const i = facet.index.get(value);
        if (i === undefined) continue;
        for (const d of facet.docs[i]!) inFacet[d] = 1;
      }
      for (let d = 0; d < n; d++) sat[d]! += inFacet[d]!;
      passes.set(key, inFacet);
    });
    const need = activeFilters.length;
    const docs: number[] = [];
    for (let d = 0; d < n; d++) if (base[d] && sat[d] === need) docs.push(d);

    let ordered: Int32Array;
    if (state.sort === 'date' || matched.length === 0) ordered = Int32Array.from(docs);
    else ordered = byScore(docs, score);

    const named = matched.flatMap((part) => ('alternatives' in part ? part.subjects : []));
    const subjects = named.filter((s, i) => named.findIndex((o) => o.facet === s.facet && o.value === s.value) === i);
    return {
      docs: ordered,
      highlight: [...highlight],
      subjects,
      facets: facets ? countFacets(facets, state, base, sat, passes, need) : null,
    };
  }

  /** What the given results show (title, outlet, date), fetching only their card shards. */
  async cards(docs: ArrayLike<number>): Promise<ResultCard[]> {
    const size = this.manifest.cardShardSize;
    const shards = await Promise.all(Array.from(docs, (d) => this.file<CardShard>(cardFile(Math.floor(d / size)))));
    return Array.from(docs, (d, i) => shards[i]!.docs[d % size]!);
  }

  /** The texts the snippets of the given results are cut from, fetching only their text shards. */
  async texts(docs: ArrayLike<number>): Promise<string[]> {
    const size = this.manifest.textShardSize;
    const shards = await Promise.all(Array.from(docs, (d) => this.file<TextShard>(textFile(Math.floor(d / size)))));
    return Array.from(docs, (d, i) => shards[i]!.texts[d % size]!);
  }

  /** Documents whose day lies in [from, to]; documents are newest first, so this is one range of numbers. */
  private docRange(from: string | null, to: string | null): [number, number] {
    const n = this.manifest.docs;
    // first doc with day ≤ to, last doc with day ≥ from
    const lo = to === null ? 0 : firstIndex(n, (i) => this.days[i]! <= dayNumber(to));
    const hi = from === null ? n - 1 : firstIndex(n, (i) => this.days[i]! < dayNumber(from)) - 1;
    return [lo, hi];
  }

  private async dictionary(prefix: string): Promise<{ terms: string[]; df: number[] } | null> {
    if (!this.manifest.prefixes.includes(prefix)) return null;
    const shard = await this.file<DictionaryShard & { decodedDf?: number[] }>(dictionaryFile(prefix));
    shard.decodedDf ??= decodeVlq(shard.df);
    return { terms: shard.terms, df: shard.decodedDf };
  }

  /** The expansions of one query word: itself, longer words it begins, and words one or two typos away. */
  async expand(word: string): Promise<Expansion[]> {
    const dict = await this.dictionary(termPrefix(word));
    if (!dict) return [];
    const { terms, df } = dict;
    const out: Expansion[] = [];
    const exact = binarySearch(terms, word);
    if (exact >= 0) out.push({ term: word, factor: 1 });
    const length = Array.from(word).length;
    if (length >= MATCHING.prefixFrom) {
      const prefixed: number[] = [];
      for (let i = exact >= 0 ? exact + 1 : -exact - 1; i < terms.length && terms[i]!.startsWith(word); i++)
        if (terms[i] !== word) prefixed.push(i);
      for (const i of this.withinBudget(topByDf(prefixed, df, MATCHING.prefixLimit), df))
        out.push({ term: terms[i]!, factor: 0.4 + 0.4 * (word.length / terms[i]!.length) });
    }
    if (length >= MATCHING.fuzzyFrom) {
      const max = length >= MATCHING.twoTyposFrom ? 2 : 1;
      const near: number[] = [];
      const distance = new Map<number, number>();
      terms.forEach((t, i) => {
        if (t === word || t.startsWith(word) || !isWordTerm(t)) return;
        const dist = boundedDistance(word, t, max);
        if (dist <= max) {
          near.push(i);
          distance.set(i, dist);
        }
      });
      for (const i of this.withinBudget(topByDf(near, df, MATCHING.fuzzyLimit), df))
        out.push({ term: terms[i]!, factor: distance.get(i) === 1 ? 0.45 : 0.3 });
    }
    return [...out, ...(await this.wordForms(word, dict.terms))];
  }

  /** Malay word forms: statements with other words built on this one, its roots, and words built on those. */
  private async wordForms(word: string, ownShard: readonly string[]): Promise<Expansion[]> {
    const out: Expansion[] = [];
    if (binarySearch(ownShard, rootTerm(word)) >= 0) out.push({ term: rootTerm(word), factor: MATCHING.sameRootFactor });
    for (const root of rootCandidates(word)) {
      const shard = await this.dictionary(termPrefix(root));
      if (!shard) continue;
      if (binarySearch(shard.terms, root) >= 0) out.push({ term: root, factor: MATCHING.rootFactor });
      if (binarySearch(shard.terms, rootTerm(root)) >= 0) out.push({ term: rootTerm(root), factor: MATCHING.sameRootFactor });
    }
    return out;
  }

  /**
   * The expansions (most frequent first) whose postings add up to at most one entry per document (or the budget, in a small index):
   * past that, a common
   * short word ("the" → they, their, there…) would fetch hundreds of kilobytes to add almost no new documents.
   */
  private withinBudget(indices: number[], df: number[]): number[] {
    let total = 0;
    return indices.filter((i) => {
      total += df[i]!;
      return total <= Math.max(this.manifest.docs, MATCHING.expansionBudget);
    });
  }

  private scratchArrays: Scratch | null = null;

  private makeScratch(): Scratch {
    const n = this.manifest.docs;
    return {
      base: new Uint8Array(n),
      score: new Float64Array(n),
      best: new Float64Array(n),
      hits: new Uint8Array(n),
      sat: new Uint8Array(n),
      altHits: new Uint8Array(n),
      altScore: new Float64Array(n),
      groupScore: new Float64Array(n),
      groupMatched: new Uint8Array(n),
    };
  }

  /** Per-document working arrays, allocated once: a query at 100,000 documents would otherwise leave megabytes of garbage. */
  private scratch() {
    this.scratchArrays ??= this.makeScratch();
    const s = this.scratchArrays;
    s.base.fill(0);
    s.score.fill(0);
    s.hits.fill(0);
    s.sat.fill(0);
    return s;
  }

  private wordPostings(word: string): Promise<PartPostings> {
    let p = this.wordParts.get(word);
    if (!p) {
      p = this.expand(word).then((e) => this.termListPostings(e));
      p.catch(() => this.wordParts.delete(word));
      this.wordParts.set(word, p);
    }
    return p;
  }
  private wordParts = new Map<string, Promise<PartPostings>>();

  /**
   * Words that name a subject, or that have a counterpart in the other language: a statement matches when it has
   * every word (in any of their forms), or every word of a counterpart, or is tagged with the subject.
   */
  private async groupPostings(span: SubjectSpan, spanWords: string[], words: Map<string, Promise<PartPostings>>, file: SubjectsFile): Promise<GroupPostings> {
    const own = [...new Set(spanWords)].map((w) => words.get(w) ?? this.wordPostings(w));
    const alternatives = await Promise.all([own, ...span.equivalents.map((e) => e.map((w) => this.wordPostings(w)))].map((list) => Promise.all(list)));
    const subjects = span.subjects.map((i) => file.subjects[i]!);
    const tagged = await Promise.all(subjects.map((s) => this.termPostings(tagTerm(s.facet, s.value))));
    return {
      alternatives,
      tagged: tagged.filter((t): t is TermPostings => t !== null),
      weight: spanWords.length,
      terms: alternatives.flatMap((a) => a.flatMap((p) => p.terms)),
      subjects: subjects.map((s) => ({ ...s, words: spanWords.join(' ') })),
    };
  }

  private async termListPostings(expansions: Expansion[]): Promise<PartPostings> {
    const lists = await Promise.all(expansions.map((e) => this.termPostings(e.term)));
    const found = expansions.flatMap((e, i) => (lists[i] ? [{ postings: lists[i]!, factor: e.factor, term: e.term }] : []));
    return { phrase: false, lists: found, terms: found.map((f) => f.term) };
  }

  private async phrasePostings(phrase: string[]): Promise<PartPostings> {
    const pairs = phrase.slice(1).map((w, i) => pairKey(phrase[i]!, w));
    const lists = await Promise.all(pairs.map((p) => this.pairPostings(p)));
    // A missing pair means no document has the phrase: an empty list keeps the part unmatched.
    if (lists.some((l) => l === null)) return { phrase: true, lists: [], terms: [] };
    return { phrase: true, lists: lists.map((l) => ({ postings: l!, factor: 1.5, term: '' })), terms: phrase };
  }

  private termPostings(term: string): Promise<TermPostings | null> {
    return this.cachedPostings(`t:${term}`, async () => {
      const shard = shardFor(this.manifest.postingsBounds, term);
      if (shard < 0) return null;
      return lookup(await this.file<PostingsShard>(postingsFile(shard)), term);
    });
  }

  private pairPostings(key: string): Promise<TermPostings | null> {
    return this.cachedPostings(`p:${key}`, async () => {
      const { bounds } = await this.file<PairBounds>(PAIR_BOUNDS_FILE);
      const shard = shardFor(bounds, key);
      if (shard < 0) return null;
      return lookup(await this.file<PostingsShard>(pairFile(shard)), key);
    });
  }

  private cachedPostings(key: string, make: () => Promise<TermPostings | null>): Promise<TermPostings | null> {
    let p = this.postings.get(key);
    if (!p) {
      p = make();
      p.catch(() => this.postings.delete(key));
      this.postings.set(key, p);
    }
    return p;
  }
}

function lookup(shard: PostingsShard, key: string): TermPostings | null {
  const i = binarySearch(shard.keys, key);
  if (i < 0) return null;
  const weightsText = shard.weights?.[i];
  return {
    docs: decodeDocList(shard.docs[i]!),
    weights: weightsText === undefined ? null : Uint8Array.from(weightsText, (c) => digitValue(c.charCodeAt(0))),
  };
}

/** Saturating in how often the word occurs; a word in the title or the tags counts more than one in the text. */
function postingWeight(w: number): number {
  const tf = w & WEIGHT_TF_MASK;
  return (tf > 0 ? (2.2 * tf) / (tf + 1.2) : 0) + (w & WEIGHT_IN_TITLE ? 2 : 0) + (w & WEIGHT_IN_META ? 1.5 : 0);
}
/** Every weight digit's score, looked up rather than computed per posting. */
const POSTING_WEIGHT = Float64Array.from({ length: 64 }, (_, w) => postingWeight(w));

interface Scratch {
  base: Uint8Array;
  score: Float64Array;
  best: Float64Array;
  hits: Uint8Array;
  sat: Uint8Array;
  /** For a group: one alternative's hits and score, then the group's best score per document. */
  altHits: Uint8Array;
  altScore: Float64Array;
  groupScore: Float64Array;
  groupMatched: Uint8Array;
}

/** The postings one part of a query needs: a word's expansions (any may match), or a phrase's word pairs (all must). */
interface PartPostings {
  phrase: boolean;
  lists: { postings: TermPostings; factor: number; term: string }[];
  terms: string[];
}

/** Words naming a subject: every word of one alternative (the words typed, or a counterpart), or the subject's tag. */
interface GroupPostings {
  alternatives: PartPostings[][];
  tagged: TermPostings[];
  /** Words in the span: a tagged statement scores as if it had each. */
  weight: number;
  terms: string[];
  subjects: NamedSubject[];
}
type QueryPart = PartPostings | GroupPostings;

const idf = (n: number, df: number) => Math.log(1 + n / df);

/** A group: a document scores its best alternative, plus its best tag; it counts one hit. */
function addGroup(group: GroupPostings, n: number, s: Scratch, hits: Uint8Array, score: Float64Array): void {
  const { altHits, altScore, best, groupScore, groupMatched } = s;
  const matched: number[] = [];
  const take = (d: number, value: number) => {
    if (!groupMatched[d]) {
      groupMatched[d] = 1;
      matched.push(d);
    }
    if (value > groupScore[d]!) groupScore[d] = value;
  };
  for (const alternative of group.alternatives) {
    if (alternative.some((part) => part.lists.length === 0)) continue;
    altHits.fill(0);
    altScore.fill(0);
    for (const part of alternative) addTerms(part, n, best, altHits, altScore);
    for (let d = 0; d < n; d++) if (altHits[d] === alternative.length) take(d, altScore[d]!);
  }
  const tagScore = new Map<number, number>();
  for (const postings of group.tagged) {
    const value = MATCHING.taggedFactor * group.weight * idf(n, postings.docs.length) * POSTING_WEIGHT[WEIGHT_IN_META]!;
    for (const d of postings.docs) if (value > (tagScore.get(d) ?? 0)) tagScore.set(d, value);
  }
  for (const d of tagScore.keys()) take(d, 0);
  for (const d of matched) {
    hits[d]!++;
    score[d]! += groupScore[d]! + (tagScore.get(d) ?? 0);
    groupScore[d] = 0;
    groupMatched[d] = 0;
  }
}

/** A word: a document scores its best expansion (not the sum of every near-miss) and counts one hit. */
function addTerms(part: PartPostings, n: number, best: Float64Array, hits: Uint8Array, score: Float64Array): void {
  const touched: number[] = [];
  for (const { postings, factor } of part.lists) {
    const f = factor * idf(n, postings.docs.length);
    const weights = postings.weights!;
    for (let j = 0; j < postings.docs.length; j++) {
      const d = postings.docs[j]!;
      const s = f * POSTING_WEIGHT[weights[j]!]!;
      if (best[d] === 0) touched.push(d);
      if (s > best[d]!) best[d] = s;
    }
  }
  for (const d of touched) {
    hits[d]!++;
    score[d]! += best[d]!;
    best[d] = 0;
  }
}

/** A phrase: a document has it when it has every word pair, counted from the rarest pair's documents. */
function addPhrase(part: PartPostings, n: number, hits: Uint8Array, score: Float64Array): void {
  if (part.lists.length === 0) return;
  const [rarest, ...rest] = part.lists.map((l) => l.postings.docs).sort((a, b) => a.length - b.length);
  let current = rarest!;
  for (const list of rest) {
    const keep = new Set(list);
    current = current.filter((d) => keep.has(d));
  }
  const weight = part.lists.reduce((sum, l) => sum + l.factor * idf(n, l.postings.docs.length), 0);
  for (const d of current) {
    hits[d]!++;
    score[d]! += weight;
  }
}

/** Best score first, newer first among equals: one native sort of packed numbers, fast at 100,000 results. */
function byScore(docs: number[], score: Float64Array): Int32Array {
  const DOC_SPACE = 2 ** 21;
  const packed = new Float64Array(docs.length);
  docs.forEach((d, i) => (packed[i] = Math.round(score[d]! * 1000) * DOC_SPACE + (DOC_SPACE - 1 - d)));
  packed.sort();
  const out = new Int32Array(docs.length);
  for (let i = 0; i < packed.length; i++) out[i] = DOC_SPACE - 1 - (packed[packed.length - 1 - i]! % DOC_SPACE);
  return out;
}

export function binarySearch(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === key) return mid;
    if (v < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -lo - 1;
}

function firstIndex(n: number, holds: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function topByDf(indices: number[], df: number[], limit: number): number[] {
  return indices.sort((a, b) => df[b]! - df[a]! || a - b).slice(0, limit);
}

interface DecodedFacet {
  values: string[];
  labels: string[];
  /** Per value, its documents. */
  docs: Int32Array[];
  /** Per document, its values: `valuesOf.slice(starts[d], starts[d + 1])`, for counting over few results. */
  starts: Int32Array;
  valuesOf: Int32Array;
  postings: number;
  index: Map<string, number>;
}
export type DecodedFacets = Record<FacetKey, DecodedFacet>;

function decodeFacet(f: FacetFile, n: number): DecodedFacet {
  const docs = f.docs.map(decodeDocList);
  const starts = new Int32Array(n + 1);
  for (const list of docs) for (const d of list) starts[d + 1]!++;
  for (let d = 0; d < n; d++) starts[d + 1]! += starts[d]!;
  const fill = starts.slice(0, n);
  const valuesOf = new Int32Array(starts[n]!);
  docs.forEach((list, v) => {
    for (const d of list) valuesOf[fill[d]!++] = v;
  });
  return { values: f.values, labels: f.labels, docs, starts, valuesOf, postings: valuesOf.length, index: new Map(f.values.map((v, i) => [v, i])) };
}

/** Counts within the query and every other facet's filter, so that choosing one platform still shows the others. */
function countFacets(
  facets: DecodedFacets,
  state: SearchState,
  base: Uint8Array,
  sat: Uint8Array,
  passes: Map<FacetKey, Uint8Array>,
  need: number,
): Record<FacetKey, FacetCount[]> {
  const candidates: number[] = [];
  for (let d = 0; d < base.length; d++) if (base[d]) candidates.push(d);
  const out = {} as Record<FacetKey, FacetCount[]>;
  for (const { key } of FACETS) {
    const own = passes.get(key);
    const wanted = need - (own ? 1 : 0);
    const counts = (d: number) => base[d] === 1 && sat[d]! - (own ? own[d]! : 0) === wanted;
    const f = facets[key];
    const tally = new Int32Array(f.values.length);
    // Walk whichever is shorter: the results (few, for a narrow query) or the facet's postings (a broad one).
    if (candidates.length * 4 < f.postings) {
      for (const d of candidates) {
        if (!counts(d)) continue;
        for (let k = f.starts[d]!; k < f.starts[d + 1]!; k++) tally[f.valuesOf[k]!]!++;
      }
    } else {
      f.docs.forEach((list, v) => {
        let c = 0;
        for (const d of list) if (counts(d)) c++;
        tally[v] = c;
      });
    }
    const selected = new Set(state.filters[key]);
    out[key] = f.values
      .map((value, i) => ({ value, label: f.labels[i]!, count: tally[i]!, selected: selected.has(value) }))
      .filter((c) => c.count > 0 || c.selected)
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
  }
  return out;
}
