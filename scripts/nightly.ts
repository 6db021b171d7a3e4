// `npm run nightly`: exactly what the nightly workflow does before deploying: scrape, validate, commit data/ when it
// changed, build. Options: --sources <dir> --data <dir> --repo <dir> (the git checkout) --push --no-build.
import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ASTRO, CLI, TSX, readRunReport, runStep } from './lib/steps.ts';
import { formatRunMarkdown, formatRunSummary, runTotals } from './lib/run-summary.ts';
import { commitData, pushData } from './lib/data-commit.ts';
import { command } from '../scrapers/commands/options.ts';

const USAGE = `usage: npm run nightly [-- --push] [--no-build] [--sources <dir>] [--data <dir>] [--repo <dir>]
  --push            push the data commit (without force)
  --no-build        stop after the commit
  --sources <dir>   the registry of source declarations (default scrapers/sources)
  --data <dir>      the store (default data)
  --repo <dir>      the git checkout the store is committed in (default .)`;

interface Nightly {
  dataDir: string;
  sourcesDir: string;
  repo: string;
  push: boolean;
  build: boolean;
}

async function nightly({ dataDir, sourcesDir, repo, push, build }: Nightly): Promise<number> {
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
  return (await runStep('build', ASTRO, ['build'], { PANTAU_DATA: dataDir, PANTAU_SOURCES: sourcesDir })).code;
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
  },
  run: async ({ values }) =>
    nightly({
      dataDir: resolve(values.data),
      sourcesDir: resolve(values.sources),
      repo: resolve(values.repo),
      push: values.push,
      build: !values['no-build'],
    }),
});
process.exitCode = await run(process.argv.slice(2));
