// Kill the scraper with SIGKILL at random moments, many times: every file stays valid, nothing stored earlier is
// lost, and the next run completes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Statement } from '../../src/lib/schema.ts';
import { readStatements } from '../../scrapers/store/statements.ts';
import { SITES, freshDataDir, startFixtures, treeDigest, type Fixtures } from './fixture-sites.ts';
import { scrapeCli, startScrape, storeProblems, tempFiles } from './cli.ts';

const KILL_ROUNDS = 20;

let fixtures: Fixtures;
let data: string;
beforeAll(async () => {
  fixtures = await startFixtures();
  data = await freshDataDir();
});
afterAll(async () => {
  await fixtures.close();
  await rm(data, { recursive: true, force: true });
});

/** A small seeded generator, so a failing round can be replayed from the seed in the test name. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const MINISTRY_PAGES = [
  'pelesenan-platform-media-sosial-berkuat-kuasa', 'kod-tatalaku-platform-dalam-talian', 'penipuan-dalam-talian-mesyuarat-bersama-platform',
  'akta-keselamatan-dalam-talian-diwartakan', 'keselamatan-kanak-kanak-dalam-talian', 'pelesenan-laporan-pematuhan-platform',
];

/** The ministry edits every press page, so the next run has versions to write. */
function editMinistry(round: number): void {
  const site = fixtures.sites.ministry!;
  for (const slug of MINISTRY_PAGES) {
    const page = readFileSync(join(SITES, 'ministry/kenyataan-media', `${slug}.html`), 'utf8').replaceAll('{{origin}}', site.origin);
    site.override(`/kenyataan-media/${slug}`, { status: 200, body: page.replace('KENYATAAN MEDIA', `KENYATAAN MEDIA (kemas kini ${round})`) });
  }
}

const seed = Date.now() % 100_000;

describe(`killing the scraper at random moments (seed ${seed})`, () => {
  it(`keeps the store valid and complete over ${KILL_ROUNDS} kill rounds, and the next run completes`, async () => {
    const next = random(seed);
    const args = ['--sources', fixtures.sourcesDir, '--data', data];
    const sites = Object.values(fixtures.sites);
    // Each answer a little late, so a run's writes spread between its requests.
    for (const site of sites) site.setLatency(10);
    const requestsSoFar = () => sites.reduce((n, site) => n + site.requests.length, 0);
    const first = await scrapeCli(args);
    expect(first.code, first.stderr).toBe(0);
    // A run like the killed ones: the ministry has edited its pages, so there are versions to write.
    editMinistry(0);
    const before0 = requestsSoFar();
    const measured = await scrapeCli(args);
    expect(measured.code, measured.stderr).toBe(0);
    const requestsPerRun = requestsSoFar() - before0;

    let known = new Map<string, Statement>((await readStatements(join(data, 'statements'))).map((s) => [s.id, s]));
    let killed = 0;
    let killedWhileWriting = 0;
    for (let round = 1; round <= KILL_ROUNDS; round++) {
      editMinistry(round);
      const before = JSON.stringify(treeDigest(join(data, 'statements')));
      const { child, done } = startScrape(args);
      // Kill at a random point of the run's progress (its k-th request), then a random few milliseconds later, so
      // the kill lands among fetches, tagging and writes whatever the machine's speed.
      const k = 1 + Math.floor(next() * requestsPerRun);
      const delay = next() * 30;
      let seen = 0;
      let timer: NodeJS.Timeout | undefined;
      const stops = sites.map((site) =>
        site.onRequest(() => {
          if (++seen === k) timer = setTimeout(() => child.kill('SIGKILL'), delay);
        }),
      );
      const finished = await done;
      clearTimeout(timer);
      for (const stop of stops) stop();
      if (finished.signal === 'SIGKILL') {
        killed++;
        if (JSON.stringify(treeDigest(join(data, 'statements'))) !== before) killedWhileWriting++;
      } else expect(finished.code, finished.stderr).toBe(0);

      expect(storeProblems(data), `round ${round}, killed ${Math.round(delay)} ms after request ${k}`).toEqual([]);
      const now = new Map((await readStatements(join(data, 'statements'))).map((s) => [s.id, s]));
      for (const [id, before] of known) {
        const after = now.get(id);
        expect(after, `round ${round}: statement ${id} lost`).toBeDefined();
        // Every text ever stored is still there, current or as an earlier version.
        const texts = [after!.text, ...after!.history.map((v) => v.text)];
        for (const text of [before.text, ...before.history.map((v) => v.text)]) expect(texts).toContain(text);
      }
      known = now;
    }
    // Most rounds must really have been cut short, or the test proves little.
    expect(killed).toBeGreaterThanOrEqual(KILL_ROUNDS / 2);
    expect(killedWhileWriting).toBeGreaterThanOrEqual(1);
    console.info(`${KILL_ROUNDS} rounds: ${killed} killed, ${killedWhileWriting} of them after writing had begun`);

    const last = await scrapeCli(args);
    expect(last.code, last.stderr).toBe(0);
    expect(storeProblems(data)).toEqual([]);
    expect(tempFiles(data)).toEqual([]);
    const final = await readStatements(join(data, 'statements'));
    expect(final.filter((s) => s.sourceId === 'kementerian-contoh')).toHaveLength(6);
    for (const statement of final.filter((s) => s.sourceId === 'kementerian-contoh'))
      expect(statement.text).toContain(`(kemas kini ${KILL_ROUNDS})`);
  }, 600_000);
});
