// Every fault isolated to its source, with a clear one-line error, while the good sources are stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunReport, SourceRun } from '../../src/lib/records.ts';
import type { Source } from '../../src/lib/sources.ts';
import { createFetcher, type Fetcher } from '../../scrapers/fetch/index.ts';
import { runScrape } from '../../scrapers/pipeline/index.ts';
import { loadSources } from '../../scrapers/pipeline/registry.ts';
import { readStatements, statementPath } from '../../scrapers/store/statements.ts';
import { writeFileAtomic } from '../../scrapers/store/files.ts';
import { loadTaxonomy, tagStatement } from '../../scrapers/tag/index.ts';
import { FAST_FETCH, freshDataDir, startFixtures, treeDigest, type Fixtures } from './fixture-sites.ts';

let fixtures: Fixtures;
let data: string;
let report: RunReport;
const run = (id: string): SourceRun => report.sources.find((s) => s.id === id)!;

beforeAll(async () => {
  fixtures = await startFixtures({ faults: true });
  data = await freshDataDir();
  const taxonomy = await loadTaxonomy(join(data, 'taxonomy'));
  report = await runScrape({
    sources: await loadSources(fixtures.sourcesDir),
    dataDir: data,
    fetcher: createFetcher(FAST_FETCH),
    tag: (input) => tagStatement(input, taxonomy),
  });
});
afterAll(async () => {
  await fixtures.close();
  await rm(data, { recursive: true, force: true });
});

describe('faulty sources', () => {
  it.each([
    ['fault-http-500', 'failed', /HTTP 500/],
    ['fault-429', 'failed', /HTTP 429/],
    ['fault-timeout', 'failed', /timed out .*waiting for the response/],
    ['fault-slow-body', 'failed', /timed out .*reading the body/],
    ['fault-oversized', 'failed', /524288-byte cap/],
    ['fault-redirect-loop', 'failed', /redirect loop/],
    ['fault-malformed-xml', 'failed', /the feed could not be read: not well-formed XML/],
    ['fault-robots', 'failed', /robots\.txt disallows \/private\/feed\.xml/],
    ['fault-challenge', 'blocked', /Cloudflare challenge/],
  ])('%s ends that source alone: %s', (id, status, error) => {
    expect(run(id).status).toBe(status);
    expect(run(id).error).toMatch(error);
    expect(run(id).error).not.toContain('\n');
    expect(run(id).new).toBe(0);
  });

  it('honours Retry-After before asking again', () => {
    const asked = fixtures.sites['too-many']!.requests.filter((r) => r.path === '/feed.xml');
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(asked[1]!.start - asked[0]!.start).toBeGreaterThanOrEqual(950);
  });

  it('stores the good sources all the same, including the pages with a missing or wrong charset', async () => {
    expect(['daily-example', 'kementerian-contoh', 'regulator-example'].map((id) => run(id).status)).toEqual(['ok', 'ok', 'ok']);
    const statements = await readStatements(join(data, 'statements'));
    expect(statements.filter((s) => s.sourceId === 'kementerian-contoh')).toHaveLength(6);
    expect(statements.filter((s) => s.sourceId === 'regulator-example')).toHaveLength(3);
    expect(statements.some((s) => s.sourceId.startsWith('fault-'))).toBe(false);
  });
});

describe('giving up', () => {
  it('gives up on sources when no host answers at all (offline), promptly', async () => {
    const silent: Fetcher = { fetch: () => new Promise(() => undefined) };
    const sources: Source[] = (await loadSources(fixtures.sourcesDir)).filter((s) => !s.id.startsWith('fault-'));
    const dir = await freshDataDir();
    const started = Date.now();
    const offline = await runScrape({ sources, dataDir: dir, fetcher: silent, tag: null, offlineAfterMs: 300 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(offline.sources.map((s) => s.status)).toEqual(['failed', 'failed', 'failed', 'failed']);
    expect(offline.sources[0]!.error).toMatch(/no host answered within .* \(offline\?\)/);
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses to run over an invalid store, naming the file, and writes nothing', async () => {
    const dir = await freshDataDir();
    const sources = (await loadSources(fixtures.sourcesDir)).filter((s) => s.id === 'regulator-example');
    await writeFileAtomic(join(dir, 'statements', '2026', '02', '0123456789abcdef.json'), '{"id": "0123456789abcdef"}\n');
    const before = treeDigest(dir);
    await expect(runScrape({ sources, dataDir: dir, fetcher: createFetcher(FAST_FETCH), tag: null })).rejects.toThrow(
      /0123456789abcdef\.json: invalid statement/,
    );
    expect(treeDigest(dir)).toEqual(before);
    await rm(dir, { recursive: true, force: true });
  });
});

describe('a full disk', () => {
  it('leaves the previous file intact and reports the error', async () => {
    const dir = await freshDataDir();
    const sources = (await loadSources(fixtures.sourcesDir)).filter((s) => s.id === 'regulator-example');
    const fetcher = createFetcher(FAST_FETCH);
    const first = await runScrape({ sources, dataDir: dir, fetcher, tag: null, now: () => new Date('2026-03-03T00:00:00Z') });
    expect(first.sources[0]!.new).toBe(3);
    const stored = (await readStatements(join(dir, 'statements'))).find((s) => s.url.endsWith('/media/age-assurance-guidance'));
    const path = statementPath(join(dir, 'statements'), stored!);
    const before = await readFile(path, 'utf8');

    // The source edits its page; the disk is full when the new version is written.
    const page = fixtures.sites.regulator!;
    const route = new URL(stored!.url).pathname;
    const bytes = await readFile(join(import.meta.dirname, '../fixtures/sites/regulator', `${route}.html`));
    page.override(route, { status: 200, body: Buffer.from(bytes.toString('latin1').replace('Media enquiries', 'Press enquiries'), 'latin1') });
    const full = async (target: string, content: string | Uint8Array) => {
      // Like a real full disk: the temporary file gets part of the bytes, then the write fails.
      const tmp = join(dir, '.partial.tmp');
      await writeFile(tmp, typeof content === 'string' ? content.slice(0, 10) : content.slice(0, 10));
      await rm(tmp);
      throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', syscall: 'write', path: target });
    };
    const second = await runScrape({ sources, dataDir: dir, fetcher, tag: null, write: full, now: () => new Date('2026-03-04T00:00:00Z') });
    page.override(route, null);
    expect(second.sources[0]!.status).toBe('failed');
    expect(second.sources[0]!.error).toMatch(/no space left on device \(ENOSPC\)/);
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readStatements(join(dir, 'statements'))).toHaveLength(3);
    await rm(dir, { recursive: true, force: true });
  });
});
