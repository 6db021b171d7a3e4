// `npm start`: the whole main job on one machine: scrape every enabled source, validate, build, then serve the site.
// `npm start -- --offline` skips scraping. Without network every source fails fast and the site is built from data/.
import { ASTRO, CLI, TSX, readRunReport, runStep } from './lib/steps.ts';
import { formatRunSummary } from './lib/run-summary.ts';
import { DATA_DIR } from '../src/lib/paths.ts';
import { command } from '../scrapers/commands/options.ts';

async function start(offline: boolean): Promise<number> {
  const started = Date.now();
  if (!offline) {
    await runStep('scrape (every enabled source; a failing one never stops the others)', TSX, [CLI, 'scrape']);
  } else console.error('--offline: not scraping; the site is built from what data/ holds');

  const validate = await runStep('validate the store', TSX, [CLI, 'validate']);
  if (validate.code !== 0) {
    console.error('The store in data/ is invalid (see above): fix it before building.');
    return 1;
  }
  const build = await runStep('build the site', ASTRO, ['build']);
  if (build.code !== 0) return build.code;

  const report = offline ? null : await readRunReport(DATA_DIR);
  console.error(`\n${report ? formatRunSummary(report) : 'No scrape this time.'}`);
  console.error(`Ready in ${((Date.now() - started) / 1000).toFixed(0)} s. Serving Pantau at http://localhost:4321/ (Ctrl+C to stop)\n`);
  return (await runStep('serve (astro preview)', ASTRO, ['preview', '--port', '4321'])).code;
}

const run = command({
  name: 'npm start',
  usage: 'usage: npm start [-- --offline]\n  --offline  do not scrape: build the site from what data/ holds, then serve it',
  options: { offline: { type: 'boolean', default: false } },
  run: async ({ values }) => start(values.offline),
});
process.exitCode = await run(process.argv.slice(2));
