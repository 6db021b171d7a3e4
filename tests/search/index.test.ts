import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildSearchIndex, type SearchIndex } from '../../src/lib/search/build.ts';
import { SearchEngine, MATCHING } from '../../src/lib/search/engine.ts';
import { emptyState, parseQuery, stateFromParams, stateToParams, type SearchState } from '../../src/lib/search/query.ts';
import { terms, tokenize, termPrefix } from '../../src/lib/search/tokens.ts';
import { FACET_KEYS, dictionaryFile } from '../../src/lib/search/format.ts';
import { rootCandidates } from '../../src/lib/malay-stem.ts';
import { decodeDocList, decodeVlq, encodeDocList, encodeVlq } from '../../src/lib/search/vlq.ts';
import { boundedDistance } from '../../src/lib/search/distance.ts';
import { snippet } from '../../src/lib/search/snippet.ts';
import type { Statement } from '../../src/lib/schema.ts';
import { fictionalStatement } from './statements.ts';

function open(index: SearchIndex, fetched: string[] = []): Promise<SearchEngine> {
  return SearchEngine.open(async (name) => {
    fetched.push(name);
    return JSON.parse(index.render(name));
  });
}

const state = (fields: Partial<SearchState>): SearchState => ({ ...emptyState(), ...fields });

async function titles(engine: SearchEngine, s: Partial<SearchState>): Promise<string[]> {
  const result = await engine.search(state(s));
  return (await engine.cards(result.docs)).map((d) => d.title);
}

const corpus: Statement[] = [
  fictionalStatement(
    { title: 'Minister says social media licence is mandatory', text: 'The social media licence applies from January. Platforms must register.', published: '2025-01-02T10:00:00+08:00' },
    { platforms: ['tiktok'], actors: ['mcmc'], issues: ['licensing'], commitments: [{ by: 'mcmc', what: 'enforce the licence', due: '2025-01-01', evidence: 'must register', speaker: null, confidence: 0.9 }] },
  ),
  fictionalStatement(
    { title: 'Kerajaan umum lesen media sosial', text: 'Kerajaan akan melaksanakan pelesenan media sosial mulai Januari.', language: 'ms', outlet: 'Berita Example', published: '2024-12-20T10:00:00+08:00' },
    { platforms: ['facebook'], actors: ['mcmc'], issues: ['licensing'] },
  ),
  fictionalStatement(
    { title: 'Platform disputes the regulator', text: 'Media companies say social rules on licensing are unclear.', kind: 'platform', outlet: 'Platform Blog Example', published: '2024-06-01T10:00:00Z' },
    { platforms: ['tiktok'], actors: ['mcmc'], issues: ['online-safety'], disputes: [{ from: 'tiktok', against: 'mcmc', over: 'licensing', evidence: 'unclear', speaker: null, confidence: 0.9 }] },
  ),
  fictionalStatement(
    { title: 'Regulation of online harms', text: 'A regulatory framework for online harms was tabled in parliament.', jurisdiction: 'SG', published: null, publishedPrecision: null, firstSeen: '2023-03-03T00:00:00Z' },
    null,
  ),
  fictionalStatement({
    title: 'Pantau timeline entry',
    origin: 'curated',
    summary: { author: 'Pantau', text: 'The licensing regime took effect for large platforms.' },
    kind: 'regulator',
    published: '2025-01-01T00:00:00+08:00',
  }),
];

describe('tokenising', () => {
  it('keeps Malay and English words whole and folds case and Latin accents', () => {
    expect(terms('Kerajaan Malaysia’s NÉGOCIATION, e-dagang 2025!')).toEqual(['kerajaan', 'malaysia', 's', 'negociation', 'e', 'dagang', '2025']);
  });
  it('keeps non-Latin scripts with their marks, and splits Chinese into characters', () => {
    expect(terms('தமிழ் செய்தி')).toEqual(['தமிழ்', 'செய்தி']);
    expect(terms('社交媒体 licence')).toEqual(['社', '交', '媒', '体', 'licence']);
  });
  it('gives offsets into the original text', () => {
    const [, second] = tokenize('Hello  Wörld');
    expect(second).toEqual({ term: 'world', start: 7, end: 12 });
    expect(termPrefix('ümlaut')).toBe('üm');
  });
});

describe('compact lists', () => {
  it('round-trips any list of document numbers', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 2_000_000 })), (list) => {
        const sorted = [...list].sort((a, b) => a - b);
        expect(Array.from(decodeDocList(encodeDocList(sorted)))).toEqual(sorted);
        expect(decodeVlq(encodeVlq(list))).toEqual(list);
      }),
    );
  });
  it('rejects a truncated list', () => {
    expect(() => decodeVlq('g')).toThrow(/ends inside/);
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions and substitutions up to the ceiling', () => {
    expect(boundedDistance('licence', 'license', 2)).toBe(1);
    expect(boundedDistance('regulaton', 'regulation', 2)).toBe(1);
    expect(boundedDistance('kerajaan', 'kerjaan', 1)).toBe(1);
    expect(boundedDistance('media', 'madia', 0)).toBe(1);
    expect(boundedDistance('abc', 'xyz', 2)).toBe(3);
  });
});

describe('queries and the URL', () => {
  it('separates quoted phrases from words', () => {
    expect(parseQuery('"Social Media" licence "mcmc"')).toEqual({ words: ['licence'], phrases: [['social', 'media'], ['mcmc']], sequence: ['licence'] });
    expect(parseQuery('licence "social media')).toEqual({ words: ['licence'], phrases: [['social', 'media']], sequence: ['licence'] });
  });
  it('round-trips the state through the URL, dropping defaults and bad dates', () => {
    const s = state({ q: '"social media" licence', sort: 'date', from: '2024-01-01', page: 2 });
    s.filters.platform = ['tiktok', 'facebook'];
    s.filters.commitment = ['yes'];
    const params = stateToParams(s);
    expect(params.toString()).toBe('q=%22social+media%22+licence&sort=date&platform=facebook&platform=tiktok&commitment=yes&from=2024-01-01&page=2');
    expect(stateFromParams(params)).toEqual({ ...s, filters: { ...s.filters, platform: ['facebook', 'tiktok'] } });
    expect(stateFromParams(new URLSearchParams('from=2024-13-40&page=-3'))).toEqual(emptyState());
  });
});

describe('searching the sharded index', () => {
  const index = buildSearchIndex(corpus, { postingsShardChars: 40, cardShardSize: 2, textShardSize: 3 });

  it('finds exact phrases and not the same words apart', async () => {
    const engine = await open(index);
    expect(await titles(engine, { q: '"social media"' })).toEqual([
      'Minister says social media licence is mandatory',
    ]);
    expect(await titles(engine, { q: '"media sosial"' })).toEqual(['Kerajaan umum lesen media sosial']);
  });

  it('matches prefixes and typos, and needs every word', async () => {
    const engine = await open(index);
    expect(await titles(engine, { q: 'regulat', sort: 'date' })).toEqual(['Platform disputes the regulator', 'Regulation of online harms']);
    expect(await titles(engine, { q: 'licnce' })).toEqual(['Minister says social media licence is mandatory']);
    expect(await titles(engine, { q: 'kerajan pelesenan' })).toEqual(['Kerajaan umum lesen media sosial']);
    expect(await titles(engine, { q: 'licence harms' })).toEqual([]);
  });

  it('searches outlet, people and tags, and a curated record by its summary', async () => {
    const engine = await open(index);
    expect(await titles(engine, { q: 'berita' })).toEqual(['Kerajaan umum lesen media sosial']);
    expect(await titles(engine, { q: 'online safety' })).toEqual(['Platform disputes the regulator']);
    const { docs } = await engine.search(state({ q: 'regime' }));
    expect(await engine.cards(docs)).toMatchObject([{ title: 'Pantau timeline entry', summary: true }]);
    expect(await engine.texts(docs)).toEqual(['The licensing regime took effect for large platforms.']);
  });

  it('filters by facets (OR within one, AND across) and counts the other values', async () => {
    const engine = await open(index);
    const s = state({ q: 'licensing' });
    s.filters.platform = ['tiktok'];
    const result = await engine.search(s, { facets: true });
    expect((await engine.cards(result.docs)).map((d) => d.title).sort()).toEqual([
      'Minister says social media licence is mandatory',
      'Platform disputes the regulator',
    ]);
    expect(result.facets?.platform.map((c) => [c.value, c.count, c.selected])).toEqual([
      ['tiktok', 2, true],
      ['facebook', 1, false],
    ]);
    expect(result.facets?.dispute).toEqual([{ value: 'yes', label: 'Yes', count: 1, selected: false }]);
    s.filters.platform = ['tiktok', 'facebook'];
    s.filters.commitment = ['yes'];
    expect(await titles(engine, s)).toEqual(['Minister says social media licence is mandatory']);
    s.filters.commitment = [];
    s.filters.language = ['ms'];
    const malay = await engine.search(s, { facets: true });
    expect((await engine.cards(malay.docs)).map((d) => d.title)).toEqual(['Kerajaan umum lesen media sosial']);
    expect(malay.facets?.language.map((c) => [c.label, c.count, c.selected])).toEqual([
      ['English', 2, false],
      ['Malay', 1, true],
    ]);
  });

  it('limits by date range, using the day first seen when the source gives none', async () => {
    const engine = await open(index);
    expect(await titles(engine, { from: '2024-12-20', to: '2025-01-01', sort: 'date' })).toEqual([
      'Pantau timeline entry',
      'Kerajaan umum lesen media sosial',
    ]);
    expect(await titles(engine, { to: '2023-12-31' })).toEqual(['Regulation of online harms']);
    expect(await titles(engine, { from: '2026-01-01' })).toEqual([]);
  });

  it('ranks a title match above a passing mention, and sorts by date on request', async () => {
    const engine = await open(index);
    expect((await titles(engine, { q: 'licence' }))[0]).toBe('Minister says social media licence is mandatory');
    const byDate = await titles(engine, { sort: 'date' });
    expect(byDate[0]).toBe('Minister says social media licence is mandatory');
    expect(byDate.at(-1)).toBe('Regulation of online harms');
  });

  it('fetches only the shards a query needs', async () => {
    const fetched: string[] = [];
    const engine = await open(index, fetched);
    await engine.search(state({ q: 'kerajaan' }));
    // The word's own dictionary shard, its roots' (raja), and its counterparts' in the glossary (pemerintah) and theirs.
    const related = ['kerajaan', 'government', 'pemerintah'].flatMap((w) => [w, ...rootCandidates(w)]);
    const allowed = new Set(related.map((w) => dictionaryFile(termPrefix(w))));
    const dictionaries = fetched.filter((f) => f.startsWith('d-'));
    expect(dictionaries[0]).toBe('d-6b-65');
    expect(dictionaries.filter((f) => !allowed.has(f))).toEqual([]);
    expect(fetched.some((f) => f.startsWith('s-') || f.startsWith('c-') || f.startsWith('f-') || f.startsWith('b-'))).toBe(false);
    expect(index.manifest.postingsBounds.length).toBeGreaterThan(5);
    expect(fetched.filter((f) => f.startsWith('p-')).length).toBeLessThan(4);
    const filtered = state({ q: 'kerajaan' });
    filtered.filters.platform = ['facebook'];
    await engine.search(filtered);
    expect(fetched.filter((f) => f.startsWith('f-'))).toEqual(['f-platform']);
    await engine.search(filtered, { facets: true });
    expect(fetched.filter((f) => f.startsWith('f-')).sort()).toEqual(FACET_KEYS.map((k) => `f-${k}`).sort());
  });
});

describe('snippets', () => {
  it('cuts around the words that matched and marks them', () => {
    const text = `${'Filler words here. '.repeat(30)}The licence for social media starts now. ${'More filler. '.repeat(30)}`;
    const segments = snippet(text, ['licence', 'media'], 80);
    expect(segments[0]).toEqual({ text: '… ', mark: false });
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['licence', 'media']);
    expect(segments.at(-1)).toEqual({ text: ' …', mark: false });
  });
});

// Sharding must not change answers: compare with a scan of every document on random corpora and queries.
describe('sharded index against a brute-force scan', () => {
  const vocabulary = ['media', 'medium', 'sosial', 'social', 'licence', 'license', 'lesen', 'regulator', 'regulation', 'kerajaan', 'platform', 'platforms', 'harm', 'harms', 'online', 'safety'];
  const docArb = fc.record({
    title: fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
    text: fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')),
    day: fc.integer({ min: 0, max: 60 }),
    platform: fc.constantFrom('tiktok', 'facebook', 'x'),
  });

  function scanMatches(doc: { title: string; text: string; outlet: string; platform: string }, query: string): boolean {
    const words = [...terms(doc.title), ...terms(doc.text), ...terms(doc.outlet), ...terms(doc.platform)];
    const { words: qWords, phrases } = parseQuery(query);
    const wordOk = qWords.every((q) =>
      words.some((w) => {
        if (w === q) return true;
        if (termPrefix(w) !== termPrefix(q)) return false;
        if (q.length >= MATCHING.prefixFrom && w.startsWith(q)) return true;
        const max = q.length >= MATCHING.twoTyposFrom ? 2 : q.length >= MATCHING.fuzzyFrom ? 1 : 0;
        return boundedDistance(q, w, max) <= max;
      }),
    );
    const fields = [terms(doc.title), terms(doc.text)];
    const phraseOk = phrases.every((p) =>
      fields.some((f) => f.some((_, i) => p.every((w, j) => f[i + j] === w))) || (p.length === 1 && words.includes(p[0]!)),
    );
    return wordOk && phraseOk;
  }

  it('returns the same documents for words, prefixes, typos, phrases, facets and dates', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(docArb, { minLength: 1, maxLength: 25 }),
        fc.array(fc.constantFrom('media', 'medi', 'lisence', 'regul', '"social media"', '"lesen sosial"', 'kerajan', 'harm online', 'platfrm'), { minLength: 1, maxLength: 2 }),
        fc.option(fc.constantFrom('tiktok', 'facebook')),
        fc.option(fc.integer({ min: 0, max: 60 })),
        async (docs, queryParts, platform, fromDay) => {
          const statements = docs.map((d, i) =>
            fictionalStatement(
              { title: d.title, text: d.text, outlet: 'Outlet Example', published: new Date(Date.UTC(2024, 0, 1 + d.day)).toISOString(), publishedPrecision: 'day', firstSeen: '2024-01-01T00:00:00Z' },
              { platforms: [d.platform], relevance: i / 100 },
            ),
          );
          const engine = await open(buildSearchIndex(statements, { postingsShardChars: 30, cardShardSize: 3, textShardSize: 2 }));
          const query = queryParts.join(' ');
          const from = fromDay === null ? null : new Date(Date.UTC(2024, 0, 1 + fromDay)).toISOString().slice(0, 10);
          const s = state({ q: query, from, sort: 'date' });
          if (platform) s.filters.platform = [platform];
          const result = await engine.search(s, { facets: true });
          const found = (await engine.cards(result.docs)).map((d) => d.id).sort();
          const inQuery = docs
            .map((d, i) => ({ ...d, outlet: 'Outlet Example', id: statements[i]!.id, date: statements[i]!.published!.slice(0, 10) }))
            .filter((d) => scanMatches(d, query) && (!from || d.date >= from));
          const expected = inQuery.filter((d) => !platform || d.platform === platform).map((d) => d.id).sort();
          expect(found).toEqual(expected);
          // A facet's counts ignore its own filter.
          const counts = new Map<string, number>();
          for (const d of inQuery) counts.set(d.platform, (counts.get(d.platform) ?? 0) + 1);
          expect(result.facets!.platform.filter((c) => c.count > 0).map((c) => [c.value, c.count]).sort()).toEqual([...counts].sort());
        },
      ),
      { numRuns: 150 },
    );
  });
});
