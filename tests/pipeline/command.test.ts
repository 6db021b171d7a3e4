// `npm run scrape` as a process: progress and summary lines, the run report, the lock, exit codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { runReportSchema } from '../../src/lib/records.ts';
import { writeFileAtomic } from '../../scrapers/store/files.ts';
import { freshDataDir, startFixtures, treeDigest, type Fixtures } from './fixture-sites.ts';
import { scrapeCli, storeProblems } from './cli.ts';

let fixtures: Fixtures;
let data: string;
beforeAll(async () => {
  fixtures = await startFixtures({ only: ['daily-example', 'kementerian-contoh', 'regulator-example', 'fault-robots'] });
  data = await freshDataDir();
});
afterAll(async () => {
  await fixtures.close();
  await rm(data, { recursive: true, force: true });
});

const args = () => ['--sources', fixtures.sourcesDir, '--data', data];
const deadPid = () => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());

describe('pantau scrape', () => {
  it('shows progress per source, a line per source, writes the run report and health; one failing source does not fail the run', async () => {
    const result = await scrapeCli(args());
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/\[1\/4\] daily-example …/);
    expect(result.stderr).toMatch(/\[4\/4\] regulator-example ok in \d+\.\d s/);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.find((l) => l.startsWith('kementerian-contoh'))).toMatch(/ok\s+new 6, updated 0, unchanged 0, removed 0/);
    expect(lines.find((l) => l.startsWith('fault-robots'))).toMatch(/FAILED\s+failed: .*robots\.txt disallows/);
    const report = runReportSchema.parse(JSON.parse(readFileSync(join(data, 'runs/latest.json'), 'utf8')));
    expect(report.sources.map((s) => s.id)).toEqual(['daily-example', 'fault-robots', 'kementerian-contoh', 'regulator-example']);
    expect(JSON.parse(readFileSync(join(data, 'health.json'), 'utf8'))).toHaveProperty('fault-robots');
    expect(storeProblems(data)).toEqual([]);
  });

  it('refuses a second run while one holds the lock', async () => {
    // This test process is alive: its pid in the lock stands for a running scrape.
    await writeFile(join(data, '.lock'), `${process.pid}\n`);
    const before = treeDigest(data);
    const result = await scrapeCli(args());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`another scrape \\(pid ${process.pid}\\) is using this data folder`));
    expect(treeDigest(data)).toEqual(before);
    await rm(join(data, '.lock'));
  });

  it('recovers a stale lock left by a dead run', async () => {
    await writeFile(join(data, '.lock'), `${deadPid()}\n`);
    const result = await scrapeCli(args());
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/took over the lock of a run that had died/);
    expect(treeDigest(data)['.lock']).toBeUndefined();
  });

  it('exits non-zero when every source failed', async () => {
    const result = await scrapeCli([...args(), '--source', 'fault-robots']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/fault-robots\s+FAILED/);
  });

  it('exits non-zero, writing nothing, when the store is invalid', async () => {
    const dir = await freshDataDir();
    await writeFileAtomic(join(dir, 'statements/2026/03/0123456789abcdef.json'), '{ not json');
    const before = treeDigest(dir);
    const result = await scrapeCli(['--sources', fixtures.sourcesDir, '--data', dir]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the store is invalid, nothing was written: .*0123456789abcdef\.json: invalid statement: not JSON/);
    expect(treeDigest(dir)).toEqual(before);
    await rm(dir, { recursive: true, force: true });
  });

  it('names an unknown source', async () => {
    const result = await scrapeCli([...args(), '--source', 'no-such-source']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no source "no-such-source"/);
  });
});
