// `npm start`: the whole main job on one machine: scrape every enabled source, validate, build, then serve the site.
// `npm start -- --offline` skips scraping. Without network every source fails fast and the site is built from data/.
import { ASTRO, CLI, TSX, parseOptions, readRunReport, runStep } from './lib/steps.ts';
import { formatRunSummary } from './lib/run-summary.ts';
import { DATA_DIR } from '../src/lib/paths.ts';

const options = parseOptions(process.argv.slice(2));
const started = Date.now();

if (options.offline !== true) {
  await runStep('scrape (every enabled source; a failing one never stops the others)', TSX, [CLI, 'scrape']);
} else console.error('--offline: not scraping; the site is built from what data/ holds');

const validate = await runStep('validate the store', TSX, [CLI, 'validate']);
if (validate.code !== 0) {
  console.error('The store in data/ is invalid (see above): fix it before building.');
  process.exit(1);
}
const build = await runStep('build the site', ASTRO, ['build']);
if (build.code !== 0) process.exit(build.code);

const report = options.offline === true ? null : await readRunReport(DATA_DIR);
console.error(`\n${report ? formatRunSummary(report) : 'No scrape this time.'}`);
console.error(`Ready in ${((Date.now() - started) / 1000).toFixed(0)} s. Serving Pantau at http://localhost:4321/ (Ctrl+C to stop)\n`);
await runStep('serve (astro preview)', ASTRO, ['preview', '--port', '4321']);
