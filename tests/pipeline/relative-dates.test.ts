// A Malay newspaper whose listing shows "2 jam lalu", "semalam" and "3 hari lepas": scraped through the real pipeline
// on 127.0.0.1 just after midnight in Kuala Lumpur, each statement gets the day a reader there would mean.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Statement } from '../../src/lib/schema.ts';
import type { RunReport } from '../../src/lib/records.ts';
import { createFetcher } from '../../scrapers/fetch/index.ts';
import { runScrape } from '../../scrapers/pipeline/index.ts';
import { loadSources } from '../../scrapers/pipeline/registry.ts';
import { readStatements } from '../../scrapers/store/statements.ts';
import { loadTaxonomy, tagStatement } from '../../scrapers/tag/index.ts';
import { FAST_FETCH, freshDataDir, startFixtures, type Fixtures } from './fixture-sites.ts';

/** 00:30 on 3 March 2026 in Kuala Lumpur; in UTC it is still 2 March. */
const fetchedAt = new Date('2026-03-02T16:30:00Z');

let fixtures: Fixtures;
let data: string;
let report: RunReport;
let stored: Statement[];

const published = (slug: string) => {
  const statement = stored.find((s) => s.canonicalUrl.endsWith(`/berita/${slug}`));
  if (!statement) throw new Error(`${slug} was not stored`);
  return [statement.published, statement.publishedPrecision];
};

beforeAll(async () => {
  fixtures = await startFixtures({ only: ['akhbar-contoh'] });
  data = await freshDataDir();
  const taxonomy = await loadTaxonomy(join(data, 'taxonomy'));
  report = await runScrape({
    sources: await loadSources(fixtures.sourcesDir),
    dataDir: data,
    fetcher: createFetcher(FAST_FETCH),
    tag: (input) => tagStatement(input, taxonomy),
    now: () => fetchedAt,
  });
  stored = await readStatements(join(data, 'statements'));
});
afterAll(async () => {
  await fixtures.close();
  await rm(data, { recursive: true, force: true });
});

describe('a listing that shows relative dates', () => {
  it('stores every item of the listing', () => {
    expect(report.sources.map((s) => [s.id, s.status, s.new, s.error])).toEqual([['akhbar-contoh', 'ok', 6, null]]);
  });

  it('reads hours ago to the minute, against the time of the fetch', () => {
    expect(published('platform-diberi-tempoh-akhir-mohon-lesen')).toEqual(['2026-03-02T22:30:00+08:00', 'time']);
    expect(published('skmm-turunkan-kandungan-judi-dalam-talian')).toEqual(['2026-03-02T20:05:00+08:00', 'time']);
  });

  it('reads "semalam" and "3 hari lepas" as days in Kuala Lumpur, not in UTC', () => {
    expect(published('ibu-bapa-diminta-pantau-akaun-media-sosial-anak')).toEqual(['2026-03-02T00:00:00+08:00', 'day']);
    expect(published('kerugian-penipuan-dalam-talian-meningkat')).toEqual(['2026-02-28T00:00:00+08:00', 'day']);
  });

  it('takes the page\'s own date where the listing gives none ("baru-baru ini" is not a date)', () => {
    expect(published('kod-tatalaku-platform-dibincang-bersama-industri')).toEqual(['2026-02-27T10:15:00+08:00', 'time']);
  });

  it('leaves undated what names no day ("2 minggu lalu"), filed by when it was first seen', () => {
    expect(published('akta-keselamatan-dalam-talian-diterangkan-kepada-sekolah')).toEqual([null, null]);
    for (const statement of stored) expect(statement.firstSeen).toBe(fetchedAt.toISOString());
  });
});
