// A quiet night is one git would not notice: two scrapes of sites that did not change leave every file in data/ as
// it was but the run report and health, whether or not the sites answer conditional requests. The "probably broken"
// alarm still learns what is usual, from the nights on which a listing showed something new.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunReport, SourceRun } from '../../src/lib/records.ts';
import { createFetcher } from '../../scrapers/fetch/index.ts';
import { runScrape } from '../../scrapers/pipeline/index.ts';
import { loadSources } from '../../scrapers/pipeline/registry.ts';
import { readSourceState, sourceStatePath } from '../../scrapers/store/state.ts';
import { FAST_FETCH, SITES, freshDataDir, startFixtures, treeDigest, type Fixtures } from './fixture-sites.ts';
import { scrapeCli } from './cli.ts';

const exec = promisify(execFile);

describe.each([
  ['that answer conditional requests', true],
  ['that send no validators and answer every request in full', false],
])('two scrapes of fixture sites %s', (_, validators) => {
  let fixtures: Fixtures;
  let repo: string;
  const git = async (...args: string[]) => (await exec('git', ['-C', repo, ...args])).stdout;

  beforeAll(async () => {
    fixtures = await startFixtures({ validators });
    repo = await mkdtemp(join(tmpdir(), 'pantau-quiet-'));
    await freshDataDir(join(repo, 'data'));
    await git('init', '--quiet');
  });
  afterAll(async () => {
    await fixtures.close();
    await rm(repo, { recursive: true, force: true });
  });

  it('change only data/runs/ and data/health.json', async () => {
    const scrape = () => scrapeCli(['--sources', fixtures.sourcesDir, '--data', join(repo, 'data')]);
    expect((await scrape()).code).toBe(0);
    await git('add', '--all');
    await git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '-m', 'first night');

    const second = await scrape();
    expect(second.code).toBe(0);
    expect(second.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^akhbar-contoh\s+ok\s+new 0, updated 0, unchanged \d+, removed 0$/),
      expect.stringMatching(/^daily-example\s+ok\s+new 0, updated 0, unchanged \d+, removed 0$/),
      expect.stringMatching(/^kementerian-contoh\s+ok\s+new 0, updated 0, unchanged \d+, removed 0$/),
      expect.stringMatching(/^regulator-example\s+ok\s+new 0, updated 0, unchanged \d+, removed 0$/),
    ]);
    const status = await git('status', '--porcelain', '--untracked-files=all');
    const changed = status.split('\n').filter(Boolean).map((line) => line.slice(3));
    expect(changed.sort()).toEqual(['data/health.json', 'data/runs/latest.json']);
  }, 120_000);
});

const DAY = 24 * 3600 * 1000;
const start = new Date('2026-03-03T02:00:00Z');

/** The news source's run on `night` (a night's run starts a minute later than the one before, as real runs drift). */
async function scrapeNews(fixtures: Fixtures, data: string, night: number): Promise<SourceRun> {
  const report: RunReport = await runScrape({
    sources: await loadSources(fixtures.sourcesDir),
    dataDir: data,
    fetcher: createFetcher(FAST_FETCH),
    tag: null,
    now: () => new Date(start.getTime() + night * (DAY + 60_000)),
  });
  return report.sources.find((s) => s.id === 'daily-example')!;
}

describe.each(['when-short', 'never'])('a fortnight of quiet nights for a feed whose statements are read %s from their pages', (fetchArticle) => {
  let fixtures: Fixtures;
  let data: string;
  beforeAll(async () => {
    fixtures = await startFixtures({ only: ['daily-example'] });
    const declaration = join(fixtures.sourcesDir, 'daily-example.json');
    await writeFile(declaration, JSON.stringify({ ...JSON.parse(await readFile(declaration, 'utf8')), fetchArticle }));
    data = await freshDataDir();
  });
  afterAll(async () => {
    await fixtures.close();
    await rm(data, { recursive: true, force: true });
  });

  it('change no byte of the statements or the state, while revisits come and go', async () => {
    expect((await scrapeNews(fixtures, data, 0)).new).toBeGreaterThan(0);
    const first = treeDigest(data);
    for (let night = 1; night <= 14; night++) {
      expect(await scrapeNews(fixtures, data, night), `night ${night}`).toMatchObject({ status: 'ok', new: 0, updated: 0, failed: 0 });
      expect(treeDigest(data), `night ${night}`).toEqual(first);
    }
    // The young statements' pages were asked after (revisits), conditionally once their validators were known.
    expect(fixtures.sites.news!.requests.filter((r) => r.path.startsWith('/news/malaysia/')).length).toBeGreaterThan(0);
  }, 120_000);
});

describe('the "probably broken" alarm, learnt over nights without validators', () => {
  let fixtures: Fixtures;
  let data: string;
  let feed: string;

  const scrape = (night: number) => scrapeNews(fixtures, data, night);
  /** The news feed with `extra` items the keyword filter turns down (passed over: the listing changed). */
  const serveFeed = (items: string) =>
    fixtures.sites.news!.override('/feed.xml', { status: 200, body: items, headers: { 'content-type': 'application/rss+xml' } });
  const withExtra = (count: number) =>
    feed.replace(
      '</channel>',
      Array.from({ length: count }, (_, n) => `<item><title>Harimau Malaya friendly number ${n}</title>
        <link>${fixtures.sites.news!.origin}/news/sports/2026/03/10/friendly-${n}</link></item>`).join('') + '</channel>',
    );
  const itemCounts = async () => (await readSourceState(data, 'daily-example')).itemCounts;
  const stateBytes = () => readFile(sourceStatePath(data, 'daily-example'), 'utf8');

  beforeAll(async () => {
    fixtures = await startFixtures({ validators: false, only: ['daily-example'] });
    data = await freshDataDir();
    feed = (await readFile(join(SITES, 'news/feed.xml'), 'utf8')).replaceAll('{{origin}}', fixtures.sites.news!.origin);
  });
  afterAll(async () => {
    await fixtures.close();
    await rm(data, { recursive: true, force: true });
  });

  it('records the item count on the first night, and not on quiet nights', async () => {
    expect((await scrape(0)).status).toBe('ok');
    expect(await itemCounts()).toEqual([6]);
    const before = await stateBytes();
    expect(await scrape(1)).toMatchObject({ status: 'ok', new: 0 });
    expect(await scrape(2)).toMatchObject({ status: 'ok', new: 0 });
    expect(await stateBytes()).toBe(before);
  });

  it('records it again on nights when the feed lists something new', async () => {
    serveFeed(withExtra(1));
    await scrape(3);
    serveFeed(withExtra(2));
    await scrape(4);
    expect(await itemCounts()).toEqual([6, 7, 8]);
  });

  it('reports a feed that suddenly lists far fewer items as probably broken, touching nothing', async () => {
    const before = treeDigest(data);
    serveFeed(feed.replace(/<item>[\s\S]*<\/item>\s*(?=<item>[\s\S]*?<\/item>\s*<\/channel>)/, ''));
    const run = await scrape(5);
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/^probably broken: 1 item\(s\) where it usually has 7; nothing stored, nothing changed$/);
    expect(treeDigest(data)).toEqual(before);
  });
});
