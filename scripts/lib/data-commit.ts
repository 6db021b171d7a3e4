// Git scraping: commit data/ only when a run changed something worth keeping, as a bot, never by force.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { healthSchema, type Health } from '../../src/lib/records.ts';

const exec = promisify(execFile);
export const BOT = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
/** Files every run rewrites: on their own they are not worth a commit (the deployed site is built from the run's tree). */
const VOLATILE = ['runs/latest.json', 'health.json'];

async function git(repo: string, ...args: string[]): Promise<string> {
  return (await exec('git', ['-C', repo, ...args], { maxBuffer: 64 * 1024 * 1024 })).stdout;
}

/** Paths under data/ that differ from HEAD, untracked ones included, relative to the data folder. */
export async function changedDataFiles(repo: string, dataDir: string): Promise<string[]> {
  const prefix = relative(repo, dataDir) || '.';
  const out = await git(repo, 'status', '--porcelain=v1', '-z', '--untracked-files=all', '--', prefix);
  return out
    .split('\0')
    .filter((entry) => entry.length > 3)
    .map((entry) => relative(prefix, entry.slice(3)));
}

/** Health worth committing: a source changed state or failed once more (the failure count opens issues). */
function healthSignature(health: Health): string {
  return JSON.stringify(Object.entries(health).map(([id, h]) => [id, h.state, h.consecutiveFailures, h.history.length]));
}

async function healthChanged(repo: string, dataDir: string): Promise<boolean> {
  const path = relative(repo, join(dataDir, 'health.json'));
  const before = await git(repo, 'show', `HEAD:${path}`).catch(() => null);
  const after = await readFile(join(dataDir, 'health.json'), 'utf8').catch(() => null);
  if (before === null || after === null) return before !== after;
  const parse = (text: string) => healthSchema.parse(JSON.parse(text));
  return healthSignature(parse(before)) !== healthSignature(parse(after));
}

export async function hasChangesWorthCommitting(repo: string, dataDir: string): Promise<boolean> {
  const changed = await changedDataFiles(repo, dataDir);
  if (changed.some((file) => !VOLATILE.includes(file))) return true;
  return changed.includes('health.json') && (await healthChanged(repo, dataDir));
}

/** Commit data/ as the bot when worth it; returns the new commit's hash, or null when nothing was committed. */
export async function commitData(repo: string, dataDir: string, message: string): Promise<string | null> {
  if (!(await hasChangesWorthCommitting(repo, dataDir))) return null;
  await git(repo, 'add', '--all', '--', relative(repo, dataDir) || '.');
  await git(repo, '-c', `user.name=${BOT.name}`, '-c', `user.email=${BOT.email}`, 'commit', '--quiet', '-m', message);
  return (await git(repo, 'rev-parse', 'HEAD')).trim();
}

/** Push without force; when main moved meanwhile, rebase the data commit onto it once and try again. */
export async function pushData(repo: string, branch = 'main'): Promise<void> {
  try {
    await git(repo, 'push', 'origin', `HEAD:${branch}`);
  } catch {
    await git(repo, 'pull', '--rebase', 'origin', branch);
    await git(repo, 'push', 'origin', `HEAD:${branch}`);
  }
}
