// `npm run nightly`: exactly what the nightly workflow does before deploying: scrape, validate, commit data/ when it
// changed, build, and on such a night keep the day's pantau.sqlite as a dated snapshot. Options: --sources <dir>
// --data <dir> --repo <dir> (the git checkout) --push --no-build --snapshot (publish it as a GitHub release).
import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ASTRO, CLI, TSX, readRunReport, runStep } from './lib/steps.ts';
import { formatRunMarkdown, formatRunSummary, runTotals } from './lib/run-summary.ts';
import { commitData, pushData } from './lib/data-commit.ts';
import { command } from '../scrapers/commands/options.ts';
import { githubRelease, keepSnapshot } from './lib/snapshot.ts';

const USAGE = `usage: npm run nightly [-- --push] [--no-build] [--sources <dir>] [--data <dir>] [--repo <dir>] [--snapshot]
  --push            push the data commit (without force)
  --no-build        stop after the commit
  --sources <dir>   the registry of source declarations (default scrapers/sources)
  --data <dir>      the store (default data)
  --repo <dir>      the git checkout the store is committed in (default .)
  --snapshot        on a night that committed data, keep the day's pantau.sqlite as a GitHub release (data/snapshots.json)`;

interface Nightly {
  dataDir: string;
  sourcesDir: string;
  repo: string;
  push: boolean;
  build: boolean;
  snapshot: boolean;
}

async function nightly({ dataDir, sourcesDir, repo, push, build, snapshot }: Nightly): Promise<number> {
  const today = new Date().toISOString().slice(0, 10);
  const scrape = await runStep('scrape', TSX, [CLI, 'scrape', '--sources', sourcesDir, '--data', dataDir]);
  const report = await readRunReport(dataDir);
  if (report) console.error(`\n${formatRunSummary(report)}`);
  if (scrape.code !== 0) console.error('::warning::every source failed or the store is invalid; see the run report');

  const validate = await runStep('validate', TSX, [CLI, 'validate', '--data', dataDir]);
  if (validate.code !== 0) {
    console.error('::error::the store failed validation: nothing is committed');
    return 1;
  }

  const totals = report ? runTotals(report) : null;
  const message = totals
    ? `data: ${totals.new} new, ${totals.updated} updated, ${totals.removed} removed at source (${totals.sources} sources, ${totals.failedSources} not ok) — nightly ${today}`
    : `data: nightly ${today}`;
  const commit = await commitData(repo, dataDir, message);
  console.error(commit ? `committed ${commit.slice(0, 10)}: ${message}` : 'nothing new: no commit');
  if (commit && push) await pushData(repo);

  if (process.env.GITHUB_STEP_SUMMARY && report) await appendFile(process.env.GITHUB_STEP_SUMMARY, formatRunMarkdown(report));
  if (!build) return 0;
  const built = await runStep('build', ASTRO, ['build'], { PANTAU_DATA: dataDir, PANTAU_SOURCES: sourcesDir });
  if (built.code !== 0) return built.code;
  // Only a night that committed data keeps a snapshot: a quiet night must leave data/ as it was.
  if (commit && snapshot) {
    const database = resolve(process.env.PANTAU_OUT ?? 'dist', 'data', 'pantau.sqlite');
    const kept = await keepSnapshot(database, dataDir, today, githubRelease);
    console.error(`snapshot ${kept.date} kept: ${kept.url} (sha256 ${kept.sha256})`);
    if ((await commitData(repo, dataDir, `data: snapshot ${today}`)) && push) await pushData(repo);
  }
  return 0;
}

const run = command({
  name: 'npm run nightly',
  usage: USAGE,
  options: {
    sources: { type: 'string', default: 'scrapers/sources' },
    data: { type: 'string', default: 'data' },
    repo: { type: 'string', default: '.' },
    push: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    snapshot: { type: 'boolean', default: false },
  },
  run: async ({ values }) =>
    nightly({
      dataDir: resolve(values.data),
      sourcesDir: resolve(values.sources),
      repo: resolve(values.repo),
      push: values.push,
      build: !values['no-build'],
      snapshot: values.snapshot,
    }),
});
process.exitCode = await run(process.argv.slice(2));
