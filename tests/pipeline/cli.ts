// Run `pantau scrape` as its own process, as the nightly job does, so it can be killed.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { statementSchema } from '../../src/lib/schema.ts';
import { healthSchema, runReportSchema } from '../../src/lib/records.ts';
import { sourceStateSchema } from '../../scrapers/store/state.ts';
import { ROOT } from './fixture-sites.ts';

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startScrape(args: string[]): { child: ChildProcess; done: Promise<Finished> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scrapers/cli.ts', 'scrape', '--delay', '0', '--timeout', '1500', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export function scrapeCli(args: string[]): Promise<Finished> {
  return startScrape(args).done;
}

/** Temporary files a killed write left behind. */
export function tempFiles(dataDir: string): string[] {
  return readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).filter((p) => /(^|\/)\.[^/]+\.tmp$/.test(p));
}

/**
 * Check every file a run writes: statements, source state, run report and health validate; snapshots decompress.
 * Returns the problems found (empty when the store is sound).
 */
export function storeProblems(dataDir: string): string[] {
  const problems: string[] = [];
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
  for (const file of walk(dataDir)) {
    const rel = relative(dataDir, file);
    // A killed write leaves its temporary file (never read, removed by the next run); the target stays whole.
    if (/(^|\/)\.[^/]+\.tmp$/.test(rel)) continue;
    try {
      if (rel.startsWith('state/snapshots/')) gunzipSync(readFileSync(file));
      else if (rel.endsWith('.json')) {
        const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
        const schema = rel.startsWith('statements/')
          ? statementSchema
          : rel.startsWith('state/sources/')
            ? sourceStateSchema
            : rel === 'runs/latest.json'
              ? runReportSchema
              : rel === 'health.json'
                ? healthSchema
                : null;
        if (schema) schema.parse(raw);
      }
    } catch (error) {
      problems.push(`${rel}: ${(error as Error).message.slice(0, 200)}`);
    }
  }
  return problems;
}
