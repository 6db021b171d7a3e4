// `npm run nightly`: exactly what the nightly workflow does before deploying: scrape, validate, commit data/ when it
// changed, build, and on such a night keep the day's pantau.sqlite as a dated snapshot. Options: --sources <dir>
// --data <dir> --repo <dir> (the git checkout) --push --no-build --snapshot (publish it as a GitHub release).
import { appendFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ASTRO, CLI, TSX, parseOptions, readRunReport, runStep } from './lib/steps.ts';
import { formatRunMarkdown, formatRunSummary, runTotals } from './lib/run-summary.ts';
import { commitData, pushData } from './lib/data-commit.ts';
import { githubRelease, keepSnapshot } from './lib/snapshot.ts';

const options = parseOptions(process.argv.slice(2));
const str = (name: string, fallback: string) => (typeof options[name] === 'string' ? (options[name] as string) : fallback);
const dataDir = resolve(str('data', 'data'));
const sourcesDir = resolve(str('sources', 'scrapers/sources'));
const repo = resolve(str('repo', '.'));
const today = new Date().toISOString().slice(0, 10);

const scrape = await runStep('scrape', TSX, [CLI, 'scrape', '--sources', sourcesDir, '--data', dataDir]);
const report = await readRunReport(dataDir);
if (report) console.error(`\n${formatRunSummary(report)}`);
if (scrape.code !== 0) console.error('::warning::every source failed or the store is invalid; see the run report');

const validate = await runStep('validate', TSX, [CLI, 'validate', '--data', dataDir]);
if (validate.code !== 0) {
  console.error('::error::the store failed validation: nothing is committed');
  process.exit(1);
}

const totals = report ? runTotals(report) : null;
const message = totals
  ? `data: ${totals.new} new, ${totals.updated} updated, ${totals.removed} removed at source (${totals.sources} sources, ${totals.failedSources} not ok) — nightly ${today}`
  : `data: nightly ${today}`;
const commit = await commitData(repo, dataDir, message);
console.error(commit ? `committed ${commit.slice(0, 10)}: ${message}` : 'nothing new: no commit');
if (commit && options.push === true) await pushData(repo);

if (process.env.GITHUB_STEP_SUMMARY && report) await appendFile(process.env.GITHUB_STEP_SUMMARY, formatRunMarkdown(report));

if (options['no-build'] !== true) {
  const build = await runStep('build', ASTRO, ['build'], { PANTAU_DATA: dataDir, PANTAU_SOURCES: sourcesDir });
  if (build.code !== 0) process.exit(build.code);
  // Only a night that committed data keeps a snapshot: a quiet night must leave data/ as it was.
  if (commit && options.snapshot === true) {
    const database = resolve(process.env.PANTAU_OUT ?? 'dist', 'data', 'pantau.sqlite');
    const snapshot = await keepSnapshot(database, dataDir, today, githubRelease);
    console.error(`snapshot ${snapshot.date} kept: ${snapshot.url} (sha256 ${snapshot.sha256})`);
    if ((await commitData(repo, dataDir, `data: snapshot ${today}`)) && options.push === true) await pushData(repo);
  }
}
