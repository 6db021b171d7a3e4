// The site build at 1,000 synthetic statements: every statement gets its page and its JSON record, the whole
// dataset is in the download, Astro's data store holds an index rather than the records, and peak memory per
// statement stays under a bound, so that a change which brings back the cost that ran 100,000 statements out of
// memory shows here (figures at scale: docs/scale-build.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { astroBuild, type BuildFigures } from '../../bench/build.ts';
import { writeSyntheticData } from './generate.ts';

const COUNT = 1000;
// Measured at 1,000: about 0.5 MB a statement, nearly all of it Astro and Vite's fixed cost; with the full records
// in Astro's data store it was 0.66, and 2.3 GB at 10,000 (now 0.94 GB).
const PEAK_MB_PER_STATEMENT = 0.75;
// An entry of the store is a file path (~150 bytes); a full record would be ~3 KB.
const STORE_BYTES_PER_STATEMENT = 400;

// Inside the project (`*.tmp` is git-ignored): Astro puts the server bundle of a build whose output lies outside the
// project in ./.astro, where builds running at the same time would collide.
const work = resolve(`tests/scale/build-test-${process.pid}.tmp`);
let ids: string[];
let figures: BuildFigures;

beforeAll(async () => {
  await mkdir(work, { recursive: true });
  ids = await writeSyntheticData(COUNT, join(work, 'data'));
  // bench/build.ts passes this process's environment on: give the build its own content cache.
  process.env.PANTAU_CACHE = join(work, 'cache');
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  figures = await astroBuild(join(work, 'data'), join(work, 'site'), null);
  console.info(`scale build: ${COUNT} statements, ${(figures.wallMs / 1000).toFixed(1)} s, peak ${figures.peakRssMB} MB`);
}, 900_000);

afterAll(async () => {
  delete process.env.PANTAU_CACHE;
  await rm(work, { recursive: true, force: true });
});

describe(`site build at ${COUNT.toLocaleString('en')} synthetic statements`, () => {
  it('builds', () => {
    expect(figures.error).toBeNull();
    expect(figures.ok).toBe(true);
  });

  it('gives every statement its page and its JSON record, and every record to the download', async () => {
    const site = join(work, 'site');
    const entries = await readdir(join(site, 'statements'));
    for (const id of ids) {
      expect(entries, id).toContain(id);
      expect(entries, id).toContain(`${id}.json`);
    }
    const page = await readFile(join(site, 'statements', ids[0]!, 'index.html'), 'utf8');
    expect(page).toContain('[synthetic]');
    const record = JSON.parse(await readFile(join(site, 'statements', `${ids[0]}.json`), 'utf8')) as { id: string; text: string };
    expect(record.id).toBe(ids[0]);
    const download = JSON.parse(await readFile(join(site, 'data', 'statements.json'), 'utf8')) as { id: string }[];
    expect(new Set(download.map((s) => s.id))).toEqual(new Set(ids));
  });

  it('keeps peak memory per statement under its bound and the records out of the data store', async () => {
    expect(figures.peakRssMB / COUNT).toBeLessThan(PEAK_MB_PER_STATEMENT);
    const store = await stat(join(work, 'cache', 'data-store.json'));
    expect(store.size / COUNT).toBeLessThan(STORE_BYTES_PER_STATEMENT);
  });
});
