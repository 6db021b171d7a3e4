// Builds the sharded search index from statements, at build time. Pure apart from hashing: the caller reads the
// statements and writes (or serves) the files; `render(name)` makes one file's text on demand, so that the large
// store shards are never all in memory at once.
import { createHash } from 'node:crypto';
import type { Statement } from '../schema.ts';
import type { PersonEntry } from '../people.ts';
import { canonicalPersonId, statementPersonIds } from '../person-profiles.ts';
import { terms, termPrefix } from './tokens.ts';
import { rootCandidates } from '../malay-stem.ts';
import { subjectsFile } from './subject-match.ts';
import { suggestIndex } from './suggest.ts';
import type { SearchVocabulary } from './subjects.ts';
import { DIGIT_CODES, encodeDocList, encodeVlq } from './vlq.ts';
import {
  FACET_COUNTS_FILE,
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
  pairFile,
  isWordTerm,
  pairKey,
  postingsFile,
  cardFile,
  rootTerm,
  tagTerm,
  textFile,
  type DictionaryShard,
  type FacetCountsFile,
  type FacetFile,
  type FacetKey,
  type Manifest,
  type PostingsShard,
  type CardShard,
  type ResultCard,
  type TextShard,
} from './format.ts';

export interface BuildOptions {
  /** Display names for taxonomy ids, by kind; the id is shown when a name is missing. */
  names?: Partial<Record<'platforms' | 'actors' | 'issues', ReadonlyMap<string, string>>>;
  /** The taxonomy's subjects and people: queries naming a subject also find what is tagged with it; the search box
   * suggests them. */
  vocabulary?: SearchVocabulary;
  /** Target size of a postings shard in characters before gzip. */
  postingsShardChars?: number;
  cardShardSize?: number;
  textShardSize?: number;
  /** The office-holder map: a speaker facet value is a person's page id, labelled with their name. */
  people?: readonly PersonEntry[];
  /** Documents per facet range file. */
  facetRangeSize?: number;
}

export interface SearchIndex {
  manifest: Manifest;
  /** Every file name (without `.json`). */
  names(): string[];
  /** The JSON text of one file. */
  render(name: string): string;
}

/** A growing list of document numbers (VLQ gaps, as character codes) with an optional weight digit per document. */
class Postings {
  bytes = new Uint8Array(4);
  length = 0;
  count = 0;
  last = -1;
  weights: Uint8Array | null;
  constructor(weighted: boolean) {
    this.weights = weighted ? new Uint8Array(2) : null;
  }
  add(doc: number, weight = 0): void {
    let gap = doc - this.last - 1;
    this.last = doc;
    do {
      let digit = gap & 31;
      gap >>>= 5;
      if (gap > 0) digit |= 32;
      if (this.length === this.bytes.length) this.bytes = grow(this.bytes);
      this.bytes[this.length++] = DIGIT_CODES[digit]!;
    } while (gap > 0);
    if (this.weights) {
      if (this.count === this.weights.length) this.weights = grow(this.weights);
      this.weights[this.count] = DIGIT_CODES[weight]!;
    }
    this.count++;
  }
  docsText(): string {
    return latin1(this.bytes, this.length);
  }
  weightsText(): string {
    return this.weights ? latin1(this.weights, this.count) : '';
  }
  size(): number {
    return this.length + (this.weights ? this.count : 0);
  }
}

function grow(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const next = new Uint8Array(bytes.length * 2);
  next.set(bytes);
  return next;
}

const decoder = new TextDecoder('latin1');
const latin1 = (bytes: Uint8Array, length: number) => decoder.decode(bytes.subarray(0, length));

/** The day a statement is filed under: as the source dates it, else when Pantau first saw it. */
export function statementDay(s: Pick<Statement, 'published' | 'firstSeen'>): string {
  return (s.published ?? s.firstSeen).slice(0, 10);
}

/** The text a statement is searched by: the source's, or Pantau's summary for a curated record. */
export function searchableText(s: Statement): { text: string; summary: boolean } {
  return s.origin === 'curated' || s.text === ''
    ? { text: s.summary?.text ?? '', summary: true }
    : { text: s.text, summary: false };
}

/** Newest first; the id breaks ties so that the numbering is the same on every build. */
export function searchOrder(a: Statement, b: Statement): number {
  const da = a.published ?? a.firstSeen;
  const db = b.published ?? b.firstSeen;
  const ta = Date.parse(da);
  const tb = Date.parse(db);
  return tb - ta || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function metaText(s: Statement, names: BuildOptions['names']): string {
  const parts = [s.outlet, ...s.speakers];
  const tags = s.tags;
  if (tags) {
    for (const p of tags.people) parts.push(p.name);
    // Who is quoted: "Fahmi" finds the statements that quote him.
    for (const q of tags.quotes) if (q.speaker) parts.push(q.speaker.name);
    for (const kind of ['platforms', 'actors', 'issues'] as const) {
      for (const id of tags[kind]) parts.push(id.replace(/-/g, ' '), names?.[kind]?.get(id) ?? '');
    }
  }
  return parts.join('\n');
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
function displayOf(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Languages whose words are also indexed by their roots (Malay, and Indonesian which shares its affixes). */
const STEMMED_LANGUAGES = new Set(['ms', 'id']);

function facetValues(s: Statement, speakers: Speakers): Record<FacetKey, string[]> {
  const tags = s.tags;
  return {
    platform: tags?.platforms ?? [],
    actor: tags?.actors ?? [],
    issue: tags?.issues ?? [],
    outlet: [s.outlet],
    kind: [s.kind],
    jurisdiction: [s.jurisdiction],
    language: [s.language],
    commitment: tags && tags.commitments.length > 0 ? ['yes'] : [],
    dispute: tags && tags.disputes.length > 0 ? ['yes'] : [],
    speaker: speakers.of(s),
  };
}

/** Who a statement is by or about, as person page ids, and each one's name for the facet's label. */
interface Speakers {
  of(s: Statement): string[];
  name(id: string): string;
}

function speakerIndex(people: readonly PersonEntry[]): Speakers {
  const canonical = canonicalPersonId(people);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const inMap = (id: string) => names.has(id);
  return {
    of(s) {
      const ids = [...statementPersonIds(s, canonical, inMap)];
      // A speaker outside the map is labelled as the statement names them.
      for (const claim of s.tags ? [...s.tags.quotes, ...s.tags.commitments, ...s.tags.disputes, ...s.tags.demands] : [])
        if (claim.speaker?.person && !names.has(canonical(claim.speaker.person))) names.set(canonical(claim.speaker.person), claim.speaker.name);
      return ids;
    },
    name: (id) => names.get(id) ?? id,
  };
}

function facetLabel(facet: FacetKey, value: string, names: BuildOptions['names'], speakers: Speakers): string {
  switch (facet) {
    case 'speaker':
      return speakers.name(value);
    case 'platform':
      return names?.platforms?.get(value) ?? value;
    case 'actor':
      return names?.actors?.get(value) ?? value;
    case 'issue':
      return names?.issues?.get(value) ?? value;
    case 'language':
      return displayOf(languageNames, value);
    case 'jurisdiction':
      return displayOf(regionNames, value);
    case 'kind':
      return value.charAt(0).toUpperCase() + value.slice(1);
    case 'commitment':
    case 'dispute':
      return 'Yes';
    default:
      return value;
  }
}

/** Splits sorted keys into shards of about `target` characters; returns the index of each shard's first key. */
function shardStarts(keys: readonly string[], sizeOf: (key: string) => number, target: number): number[] {
  const starts: number[] = [];
  let size = Infinity;
  keys.forEach((key, i) => {
    if (size >= target) {
      starts.push(i);
      size = 0;
    }
    size += sizeOf(key) + key.length + 8;
  });
  return starts;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function buildSearchIndex(input: readonly Statement[], options: BuildOptions = {}): SearchIndex {
  const names = options.names;
  const speakers = speakerIndex(options.people ?? []);
  const postingsTarget = options.postingsShardChars ?? 24_000;
  const cardShardSize = options.cardShardSize ?? 16;
  const textShardSize = options.textShardSize ?? 4;
  // 10,000 documents: about 45 KB gzipped for all nine facets with random tags, so that the counts shown first
  // (the newest two ranges) stay well under 150 KB whatever the size of the index.
  const facetRangeSize = options.facetRangeSize ?? 10_000;
  const statements = [...input].sort(searchOrder);
  // Terms are numbered as first seen, so that a word pair is one number rather than a new string per occurrence.
  const termIds = new Map<string, number>();
  const termList: string[] = [];
  const termPostingsById: Postings[] = [];
  const pairPostingsByKey = new Map<number, Postings>();
  const PAIR_SPACE = 2 ** 26;
  const facetDocs = Object.fromEntries(FACET_KEYS.map((k) => [k, new Map<string, number[]>()])) as Record<
    FacetKey,
    Map<string, number[]>
  >;
  const hash = createHash('sha256');
  const days: number[] = [];
  const idOf = (term: string) => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termList.length;
      if (id >= PAIR_SPACE) throw new Error('search index: more than 67 million distinct terms');
      termIds.set(term, id);
      termList.push(term);
      termPostingsById.push(new Postings(true));
    }
    return id;
  };

  // A word's roots, worked out once per distinct word.
  const rootTermsOf = new Map<string, string[]>();
  const rootTerms = (term: string) => {
    let list = rootTermsOf.get(term);
    if (!list) rootTermsOf.set(term, (list = rootCandidates(term).map(rootTerm)));
    return list;
  };

  statements.forEach((s, doc) => {
    const { text } = searchableText(s);
    const weights = new Map<number, number>();
    const pairs = new Set<number>();
    const stemmed = STEMMED_LANGUAGES.has(s.language);
    const count = (id: number, flag: number) => {
      const w = weights.get(id) ?? 0;
      weights.set(id, flag === 0 ? (w & ~WEIGHT_TF_MASK) | Math.min((w & WEIGHT_TF_MASK) + 1, WEIGHT_TF_MASK) : w | flag);
    };
    const addField = (value: string, flag: number) => {
      let previous = -1;
      for (const term of terms(value)) {
        const id = idOf(term);
        count(id, flag);
        if (stemmed && flag !== WEIGHT_IN_META) for (const root of rootTerms(term)) count(idOf(root), flag);
        if (previous >= 0) pairs.add(previous * PAIR_SPACE + id);
        previous = id;
      }
    };
    addField(s.title, WEIGHT_IN_TITLE);
    addField(text, 0);
    addField(metaText(s, names), WEIGHT_IN_META);
    for (const [facet, kind] of [['platform', 'platforms'], ['actor', 'actors'], ['issue', 'issues']] as const)
      for (const id of s.tags?.[kind] ?? []) count(idOf(tagTerm(facet, id)), WEIGHT_IN_META);
    for (const [id, w] of weights) termPostingsById[id]!.add(doc, w);
    for (const key of pairs) {
      let p = pairPostingsByKey.get(key);
      if (!p) pairPostingsByKey.set(key, (p = new Postings(false)));
      p.add(doc);
    }
    for (const [facet, values] of Object.entries(facetValues(s, speakers)) as [FacetKey, string[]][]) {
      for (const value of new Set(values)) {
        const list = facetDocs[facet].get(value);
        if (list) list.push(doc);
        else facetDocs[facet].set(value, [doc]);
      }
    }
    days.push(dayNumber(statementDay(s)));
    hash.update(`${s.id}\0${s.title}\0${s.contentHash ?? s.summary?.text ?? ''}\0${JSON.stringify(s.tags)}\0`);
  });

  const termPostings = new Map(termList.map((t, id) => [t, termPostingsById[id]!]));
  const pairPostings = new Map<string, Postings>();
  for (const [key, p] of pairPostingsByKey) {
    pairPostings.set(pairKey(termList[Math.floor(key / PAIR_SPACE)]!, termList[key % PAIR_SPACE]!), p);
  }
  pairPostingsByKey.clear();
  const termKeys = [...termPostings.keys()].sort(byCodeUnit);
  const pairKeys = [...pairPostings.keys()].sort(byCodeUnit);
  const termStarts = shardStarts(termKeys, (k) => termPostings.get(k)!.size(), postingsTarget);
  const pairStarts = shardStarts(pairKeys, (k) => pairPostings.get(k)!.size(), postingsTarget);
  const postingsBounds = termStarts.map((i) => termKeys[i]!);
  const pairBounds = pairStarts.map((i) => pairKeys[i]!);
  const byPrefix = new Map<string, string[]>();
  for (const term of termKeys) {
    // Tag terms are found through the subjects file; a root term sits beside the words of its root's prefix.
    if (term.startsWith('#')) continue;
    const prefix = termPrefix(isWordTerm(term) ? term : term.slice(1));
    const list = byPrefix.get(prefix);
    if (list) list.push(term);
    else byPrefix.set(prefix, [term]);
  }

  const manifest: Manifest = {
    format: INDEX_FORMAT,
    // The taxonomy changes the subjects and suggest files: a new build number so that no browser keeps the old ones.
    build: hash.update(JSON.stringify(options.vocabulary ?? null)).digest('hex').slice(0, 12),
    docs: statements.length,
    cardShardSize,
    textShardSize,
    days: encodeVlq(days.map((d, i) => (i === 0 ? d : days[i - 1]! - d))),
    postingsBounds,
    pairShards: pairBounds.length,
    prefixes: [...byPrefix.keys()],
    facetRangeSize,
  };

  const files = new Map<string, () => unknown>();
  files.set(MANIFEST_FILE, () => manifest);
  files.set(PAIR_BOUNDS_FILE, () => ({ bounds: pairBounds }));
  files.set(SUBJECTS_FILE, () => subjectsFile(options.vocabulary?.subjects ?? []));
  files.set(SUGGEST_FILE, () => suggestIndex(options.vocabulary ?? { subjects: [], people: [] }));
  for (const [prefix, list] of byPrefix) {
    files.set(dictionaryFile(prefix), (): DictionaryShard => ({
      terms: list,
      df: encodeVlq(list.map((t) => termPostings.get(t)!.count)),
    }));
  }
  const sliceShard = (keys: string[], starts: number[], n: number) => keys.slice(starts[n], starts[n + 1] ?? keys.length);
  postingsBounds.forEach((_, n) =>
    files.set(postingsFile(n), (): PostingsShard => {
      const keys = sliceShard(termKeys, termStarts, n);
      return {
        keys,
        docs: keys.map((k) => termPostings.get(k)!.docsText()),
        weights: keys.map((k) => termPostings.get(k)!.weightsText()),
      };
    }),
  );
  pairBounds.forEach((_, n) =>
    files.set(pairFile(n), (): PostingsShard => {
      const keys = sliceShard(pairKeys, pairStarts, n);
      return { keys, docs: keys.map((k) => pairPostings.get(k)!.docsText()) };
    }),
  );
  for (const facet of FACET_KEYS) {
    const values = [...facetDocs[facet].keys()].sort(byCodeUnit);
    for (let n = 0; n * facetRangeSize < statements.length; n++) {
      files.set(facetFile(facet, n), (): FacetFile => facetRange(facetDocs[facet], values, (v) => facetLabel(facet, v, names, speakers), n * facetRangeSize, (n + 1) * facetRangeSize));
    }
  }
  files.set(FACET_COUNTS_FILE, (): FacetCountsFile => ({
    facets: Object.fromEntries(
      FACET_KEYS.map((facet) => {
        const values = [...facetDocs[facet].keys()].sort(byCodeUnit);
        const counts = values.map((v) => facetDocs[facet].get(v)!.length);
        return [facet, { values, labels: values.map((v) => facetLabel(facet, v, names, speakers)), counts }];
      }),
    ),
  }));
  for (let n = 0; n * cardShardSize < statements.length; n++) {
    files.set(cardFile(n), (): CardShard => ({
      docs: statements.slice(n * cardShardSize, (n + 1) * cardShardSize).map(resultCard),
    }));
  }
  for (let n = 0; n * textShardSize < statements.length; n++) {
    files.set(textFile(n), (): TextShard => ({
      texts: statements.slice(n * textShardSize, (n + 1) * textShardSize).map((s) => searchableText(s).text),
    }));
  }

  return {
    manifest,
    names: () => [...files.keys()],
    render(name) {
      const make = files.get(name);
      if (!make) throw new Error(`search index: no file named ${JSON.stringify(name)}`);
      return JSON.stringify(make());
    },
  };
}

/** The values with documents in [from, to), each with those documents. */
function facetRange(docsByValue: Map<string, number[]>, values: string[], label: (v: string) => string, from: number, to: number): FacetFile {
  const file: FacetFile = { values: [], labels: [], docs: [] };
  for (const value of values) {
    const docs = docsByValue.get(value)!;
    const inRange = docs.filter((d) => d >= from && d < to);
    if (inRange.length === 0) continue;
    file.values.push(value);
    file.labels.push(label(value));
    file.docs.push(encodeDocList(inRange));
  }
  return file;
}

function resultCard(s: Statement): ResultCard {
  const { summary } = searchableText(s);
  return { id: s.id, title: s.title, outlet: s.outlet, published: s.published, day: statementDay(s), kind: s.kind, summary, language: s.language };
}
