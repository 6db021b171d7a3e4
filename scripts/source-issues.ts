// `npm run source-issues`: open, update or close one GitHub issue per failing source (needs `gh` and GH_TOKEN).
// `--dry-run` prints the plan without calling GitHub.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readHealth } from '../scrapers/store/health.ts';
import { DATA_DIR } from '../src/lib/paths.ts';
import { ISSUE_LABEL, planSourceIssues, type OpenIssue } from './lib/source-issues.ts';
import { command } from '../scrapers/commands/options.ts';

const exec = promisify(execFile);
const gh = async (...args: string[]) => (await exec('gh', args)).stdout;

async function sourceIssues(dryRun: boolean): Promise<number> {
  const health = await readHealth(DATA_DIR);
  const open: OpenIssue[] = dryRun
    ? []
    : JSON.parse(await gh('issue', 'list', '--state', 'open', '--label', ISSUE_LABEL, '--json', 'number,title,body', '--limit', '200'));
  const plan = planSourceIssues(health, open);
  for (const step of plan) {
    console.log(`${step.action} ${step.sourceId}`);
    if (dryRun) continue;
    if (step.action === 'open') {
      await gh('label', 'create', ISSUE_LABEL, '--force', '--description', 'A scraped source is failing');
      await gh('issue', 'create', '--title', step.title, '--body', step.body, '--label', ISSUE_LABEL);
    } else if (step.action === 'update') await gh('issue', 'edit', String(step.number), '--body', step.body);
    else await gh('issue', 'close', String(step.number), '--comment', step.comment);
  }
  if (plan.length === 0) console.log('no source issue to open, update or close');
  return 0;
}

const run = command({
  name: 'npm run source-issues',
  usage: 'usage: npm run source-issues [-- --dry-run]\n  --dry-run  print what would be opened, updated or closed, without calling GitHub',
  options: { 'dry-run': { type: 'boolean', default: false } },
  run: async ({ values }) => sourceIssues(values['dry-run']),
});
process.exitCode = await run(process.argv.slice(2));
