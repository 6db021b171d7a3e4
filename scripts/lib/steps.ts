// Running the main job's steps as child processes, with their output shown and their time measured.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runReportSchema, type RunReport } from '../../src/lib/records.ts';

export const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
export const ASTRO = join(process.cwd(), 'node_modules', '.bin', 'astro');
export const CLI = join(process.cwd(), 'scrapers', 'cli.ts');

export interface StepResult {
  code: number;
  ms: number;
}

/** Run one step; its stdout and stderr go to ours (stderr, so that stdout stays clean for a caller). */
export function runStep(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<StepResult> {
  const started = Date.now();
  process.stderr.write(`\n▶ ${label}\n`);
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Date.now() - started;
      const result = { code: code ?? (signal ? 128 : 1), ms };
      process.stderr.write(`${result.code === 0 ? '✔' : '✘'} ${label} (${(ms / 1000).toFixed(1)} s)\n`);
      resolve(result);
    });
  });
}

export async function readRunReport(dataDir: string): Promise<RunReport | null> {
  const text = await readFile(join(dataDir, 'runs', 'latest.json'), 'utf8').catch(() => null);
  if (text === null) return null;
  const parsed = runReportSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}
