// The whole pipeline against fixture sites: what a first run stores, that a second run changes nothing, and what
// edits, removals and URL variants do to the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, readdir, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Statement } from '../../src/lib/schema.ts';
import type { RunReport, SourceRun } from '../../src/lib/records.ts';
import { createFetcher } from '../../scrapers/fetch/index.ts';
import { runScrape } from '../../scrapers/pipeline/index.ts';
import { loadSources } from '../../scrapers/pipeline/registry.ts';
import { reextractFromSnapshots } from '../../scrapers/pipeline/reextract.ts';
import { contentHash, readStatements, writeStatement } from '../../scrapers/store/statements.ts';
import { readSourceState, snapshotPath, writeSourceState } from '../../scrapers/store/state.ts';
import { loadTaxonomy, tagStatement } from '../../scrapers/tag/index.ts';
import { FAST_FETCH, SITES, freshDataDir, startFixtures, treeDigest, type Fixtures } from './fixture-sites.ts';

const SEED = '/news/malaysia/2024/10/30/fahmi-tells-meta-to-step-up-on-online-child-grooming-and-sexual-crime-as-social-media-giant-reluctant-to-be-regulated-by-social-media-licence/155334';
const LICENCE = '/news/malaysia/2026/03/02/platforms-given-until-year-end-to-apply-for-licence/200001';
const DAY = 24 * 3600 * 1000;

let fixtures: Fixtures;
let data: string;
const start = new Date('2026-03-03T02:00:00Z');

async function scrape(daysLater = 0): Promise<RunReport> {
  const taxonomy = await loadTaxonomy(join(data, 'taxonomy'));
  return runScrape({
    sources: await loadSources(fixtures.sourcesDir),
    dataDir: data,
    fetcher: createFetcher(FAST_FETCH),
    tag: (input) => tagStatement(input, taxonomy),
    now: () => new Date(start.getTime() + daysLater * DAY),
  });
}

const run = (report: RunReport, id: string): SourceRun => report.sources.find((s) => s.id === id)!;
const bySource = async (id: string): Promise<Statement[]> =>
  (await readStatements(join(data, 'statements'))).filter((s) => s.sourceId === id);
const withPath = (statements: Statement[], path: string) => statements.find((s) => new URL(s.canonicalUrl).pathname === path);

beforeAll(async () => {
  fixtures = await startFixtures();
  data = await freshDataDir();
});
afterAll(async () => {
  await fixtures.close();
  await rm(data, { recursive: true, force: true });
});

describe('a first run over the fixture sites', () => {
  let report: RunReport;
  beforeAll(async () => {
    report = await scrape();
  });

  it('stores every relevant statement, each source reported ok', () => {
    expect(report.sources.map((s) => [s.id, s.status, s.error])).toEqual([
      ['akhbar-contoh', 'ok', null],
      ['daily-example', 'ok', null],
      ['kementerian-contoh', 'ok', null],
      ['regulator-example', 'ok', null],
    ]);
    expect(run(report, 'kementerian-contoh').new).toBe(6);
    expect(run(report, 'regulator-example').new).toBe(3);
  });

  it('stores the seed article with its real text, date and language, without the page furniture', async () => {
    const expected = JSON.parse(readFileSync(join(SITES, 'news/seed-expected.json'), 'utf8')) as { title: string; body: string[] };
    const seed = withPath(await bySource('daily-example'), SEED)!;
    expect(seed.title).toBe(expected.title);
    expect(seed.text).toBe(expected.body.join('\n\n'));
    expect(seed.text).not.toMatch(/Advertising|Related Articles|You May Also Like|Picture by/);
    expect(seed.published).toBe('2024-10-30T14:12:00+08:00');
    expect(seed.publishedPrecision).toBe('time');
    expect(seed.language).toBe('en');
    expect(seed.kind).toBe('news');
    expect(seed.tags?.relevant).toBe(true);
    expect(seed.firstSeen).toBe(start.toISOString());
    // A news page is not kept as a snapshot; only ministry and regulator pages are.
    expect(existsSync(snapshotPath(data, seed.snapshotHash!))).toBe(false);
  });

  it('folds the tracking-parameter and AMP links of one story into one statement at its canonical address', async () => {
    const news = await bySource('daily-example');
    const licence = news.filter((s) => s.canonicalUrl.includes('/200001'));
    expect(licence).toHaveLength(1);
    expect(licence[0]!.canonicalUrl).toBe(`${fixtures.sites.news!.origin}${LICENCE}`);
    expect(licence[0]!.url).toContain('utm_source=rss');
    // The AMP copy was never fetched: its link folded onto the story already stored.
    expect(fixtures.sites.news!.requests.some((r) => r.path.startsWith(`${LICENCE}/amp`))).toBe(false);
  });

  it('passes over what the keyword filter turns down, without fetching it, and remembers it', async () => {
    const news = await bySource('daily-example');
    expect(news.map((s) => new URL(s.canonicalUrl).pathname).sort()).toEqual([
      SEED,
      '/news/malaysia/2026/03/01/online-scam-losses-rise-as-platforms-told-to-act/199950',
      LICENCE,
    ].sort());
    const paths = fixtures.sites.news!.requests.map((r) => r.path);
    expect(paths.some((p) => p.includes('harimau-malaya') || p.includes('heavy-rain'))).toBe(false);
    const state = await readSourceState(data, 'daily-example');
    expect(Object.keys(state.passedOver).map((u) => new URL(u).pathname).sort()).toEqual([
      '/news/malaysia/2026/03/02/heavy-rain/200003',
      '/news/sports/2026/03/02/harimau-malaya-draw/200002',
    ]);
  });

  it('passes over what the tagger judges not relevant: read once, not stored, remembered', async () => {
    const event = '/kenyataan-media/majlis-anugerah-seni-penyiaran-2026';
    expect(fixtures.sites.ministry!.requests.filter((r) => r.path === event)).toHaveLength(1);
    expect(withPath(await bySource('kementerian-contoh'), event)).toBeUndefined();
    const state = await readSourceState(data, 'kementerian-contoh');
    expect(Object.keys(state.passedOver).map((u) => new URL(u).pathname)).toEqual([event]);
  });

  it('follows the listing through its pages and reads Malay dates, text and language', async () => {
    const ministry = await bySource('kementerian-contoh');
    expect(ministry).toHaveLength(6);
    expect(fixtures.sites.ministry!.requests.map((r) => r.path)).toEqual(
      expect.arrayContaining(['/kenyataan-media/', '/kenyataan-media/page/2/', '/kenyataan-media/page/3/']),
    );
    const first = withPath(ministry, '/kenyataan-media/pelesenan-platform-media-sosial-berkuat-kuasa')!;
    expect(first.language).toBe('ms');
    expect(first.published).toBe('2026-03-03T00:00:00+08:00');
    expect(first.publishedPrecision).toBe('day');
    expect(first.title).toBe('Pelesenan platform media sosial berkuat kuasa 1 Januari');
    expect(first.text).toContain('penipuan dalam talian, perjudian dalam talian, buli siber');
    expect(first.text).not.toMatch(/Laman Utama|Hak Cipta|Dasar Privasi/);
    expect(withPath(ministry, '/kenyataan-media/pelesenan-laporan-pematuhan-platform')!.published).toBe('2026-01-28T00:00:00+08:00');
  });

  it('keeps the fetched ministry and regulator pages, compressed, apart from the text', async () => {
    for (const statement of [...(await bySource('kementerian-contoh')), ...(await bySource('regulator-example'))]) {
      const page = gunzipSync(await readFile(snapshotPath(data, statement.snapshotHash!)));
      expect(page.toString('latin1')).toContain('<html');
    }
  });

  it('decodes windows-1252 pages whose charset is only in a meta tag, or wrongly declared as utf-8', async () => {
    const regulator = await bySource('regulator-example');
    expect(withPath(regulator, '/media/age-assurance-guidance')!.text).toContain('parents’ groups, schools and the platforms themselves');
    expect(withPath(regulator, '/media/age-assurance-guidance')!.text).toContain('café-owners’ association');
    expect(withPath(regulator, '/media/transparency-reports')!.text).toContain('code of conduct – and whether');
    for (const s of regulator) expect(s.text).not.toContain('\uFFFD');
  });

  it('keeps an undated release undated, filed by when it was first seen', async () => {
    const undated = withPath(await bySource('regulator-example'), '/media/consultation-on-platform-code')!;
    expect(undated.published).toBeNull();
    expect(undated.publishedPrecision).toBeNull();
    expect(undated.firstSeen).toBe(start.toISOString());
    expect(existsSync(join(data, 'statements/2026/03', `${undated.id}.json`))).toBe(true);
  });
});

describe('later runs', () => {
  it('change no byte when the sites have not changed, asking with conditional GETs and stopping at known items', async () => {
    const before = treeDigest(data);
    const mark = fixtures.sites.ministry!.requests.length;
    const newsMark = fixtures.sites.news!.requests.length;
    const report = await scrape(1);
    expect(report.sources.every((s) => s.status === 'ok' && s.new === 0 && s.updated === 0 && s.removed === 0)).toBe(true);
    expect(treeDigest(data)).toEqual(before);
    const ministry = fixtures.sites.ministry!.requests.slice(mark);
    // The first listing page is known: no deeper page is read, and what was passed over is not read again.
    expect(ministry.map((r) => r.path)).not.toContain('/kenyataan-media/page/2/');
    expect(ministry.map((r) => r.path)).not.toContain('/kenyataan-media/majlis-anugerah-seni-penyiaran-2026');
    const news = fixtures.sites.news!.requests.slice(newsMark);
    expect(news.find((r) => r.path === '/feed.xml')?.headers['if-none-match']).toMatch(/^"/);
    expect(news.filter((r) => r.path.startsWith(SEED)).every((r) => r.headers['if-none-match'] !== undefined)).toBe(true);
  });

  it('keep the earlier text as a version when a page is edited', async () => {
    const page = readFileSync(join(SITES, 'news', `${LICENCE}.html`), 'utf8').replaceAll('{{origin}}', fixtures.sites.news!.origin);
    fixtures.sites.news!.override(LICENCE, { status: 200, body: page.replace('until the end of the year', 'until 30 June') });
    const report = await scrape(2);
    expect(run(report, 'daily-example')).toMatchObject({ status: 'ok', updated: 1, new: 0 });
    const licence = withPath(await bySource('daily-example'), LICENCE)!;
    expect(licence.text).toContain('until 30 June');
    expect(licence.history).toHaveLength(1);
    expect(licence.history[0]!.text).toContain('until the end of the year');
    expect(licence.history[0]!.firstSeen).toBe(start.toISOString());
    expect(licence.lastSeen).toBe(new Date(start.getTime() + 2 * DAY).toISOString());
    expect(licence.firstSeen).toBe(start.toISOString());
  });

  it('record the new text a fixed extractor reads from an unchanged page as a re-extraction, not an edit', async () => {
    const target = withPath(await bySource('kementerian-contoh'), '/kenyataan-media/kod-tatalaku-platform-dalam-talian')!;
    // As if an older, worse extractor had produced the stored text from the same page bytes.
    const oldText = 'Hak Cipta Terpelihara. Kenyataan Media.';
    await writeStatement(join(data, 'statements'), { ...target, text: oldText, contentHash: contentHash(oldText) });
    const state = await readSourceState(data, 'kementerian-contoh');
    await writeSourceState(data, 'kementerian-contoh', { ...state, validators: {} });
    const report = await scrape(2.5);
    expect(run(report, 'kementerian-contoh')).toMatchObject({ status: 'ok', updated: 1, new: 0 });
    const after = withPath(await bySource('kementerian-contoh'), '/kenyataan-media/kod-tatalaku-platform-dalam-talian')!;
    expect(after.text).toBe(target.text);
    expect(after.history).toEqual([]);
    expect(after.snapshotHash).toBe(target.snapshotHash);
    const log = (await readSourceState(data, 'kementerian-contoh')).reExtractions[target.id];
    expect(log).toEqual([{ at: new Date(start.getTime() + 2.5 * DAY).toISOString(), from: contentHash(oldText), to: target.contentHash, snapshot: target.snapshotHash }]);
  });

  it('re-read kept snapshots with the current extractor on request, fetching nothing', async () => {
    const target = withPath(await bySource('kementerian-contoh'), '/kenyataan-media/akta-keselamatan-dalam-talian-diwartakan')!;
    const oldText = 'Akta. Kenyataan Media.';
    await writeStatement(join(data, 'statements'), { ...target, text: oldText, contentHash: contentHash(oldText) });
    const asked = Object.values(fixtures.sites).reduce((n, site) => n + site.requests.length, 0);
    const at = new Date(start.getTime() + 2.6 * DAY).toISOString();
    const results = await reextractFromSnapshots({ dataDir: data, sources: await loadSources(fixtures.sourcesDir), at });
    expect(results.find((r) => r.id === 'kementerian-contoh')).toEqual({ id: 'kementerian-contoh', reextracted: 1, unchanged: 5, skipped: 0 });
    expect(results.find((r) => r.id === 'daily-example')).toMatchObject({ reextracted: 0, skipped: 3 });
    expect(Object.values(fixtures.sites).reduce((n, site) => n + site.requests.length, 0)).toBe(asked);
    const after = withPath(await bySource('kementerian-contoh'), '/kenyataan-media/akta-keselamatan-dalam-talian-diwartakan')!;
    expect(after).toEqual(target);
    expect((await readSourceState(data, 'kementerian-contoh')).reExtractions[target.id]).toEqual([
      { at, from: contentHash(oldText), to: target.contentHash, snapshot: target.snapshotHash },
    ]);
  });

  it('mark a page that answers 404 as removed, keeping its text', async () => {
    const before = withPath(await bySource('daily-example'), SEED)!;
    fixtures.sites.news!.override(SEED, { status: 404 });
    const report = await scrape(3);
    expect(run(report, 'daily-example').removed).toBe(1);
    const after = withPath(await bySource('daily-example'), SEED)!;
    expect(after.removedAt).toBe(new Date(start.getTime() + 3 * DAY).toISOString());
    expect({ ...after, removedAt: null }).toEqual(before);
    fixtures.sites.news!.override(SEED, null);
  });

  it('report a feed that suddenly yields far fewer items as probably broken, and touch nothing it stored', async () => {
    const state = await readSourceState(data, 'daily-example');
    await writeSourceState(data, 'daily-example', { ...state, itemCounts: [6, 6, 6] });
    const before = treeDigest(data);
    const feed = readFileSync(join(SITES, 'news/feed.xml'), 'utf8').replaceAll('{{origin}}', fixtures.sites.news!.origin);
    const oneItem = feed.replace(/<item>[\s\S]*<\/item>\s*(?=<item>[\s\S]*?<\/item>\s*<\/channel>)/, '');
    expect(oneItem.match(/<item>/g)).toHaveLength(1);
    fixtures.sites.news!.override('/feed.xml', { status: 200, body: oneItem, headers: { 'content-type': 'application/rss+xml' } });
    const report = await scrape(4);
    expect(run(report, 'daily-example').status).toBe('failed');
    expect(run(report, 'daily-example').error).toMatch(/probably broken: 1 item\(s\) where it usually has 6/);
    const after = treeDigest(data);
    for (const path of Object.keys(before).filter((p) => p.startsWith('statements/') || p.includes('daily-example')))
      expect(after[path], path).toBe(before[path]);
    fixtures.sites.news!.override('/feed.xml', null);
  });

  it('report a listing that yields no items as empty, touching nothing', async () => {
    const before = treeDigest(join(data, 'statements'));
    const bare = '<html><body><h1>Kenyataan Media</h1><div class="article-list"><!-- article-list-box --></div></body></html>';
    fixtures.sites.ministry!.override('/kenyataan-media/', { status: 200, body: bare });
    const report = await scrape(4.5);
    fixtures.sites.ministry!.override('/kenyataan-media/', null);
    expect(run(report, 'kementerian-contoh')).toMatchObject({ status: 'empty', new: 0, updated: 0, removed: 0 });
    expect(run(report, 'kementerian-contoh').error).toMatch(/yielded no items/);
    expect(treeDigest(join(data, 'statements'))).toEqual(before);
  });

  it('never delete a statement file', async () => {
    const files = await readdir(join(data, 'statements'), { recursive: true });
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(18);
  });
});
