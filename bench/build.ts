// Runs `astro build` on a data folder and measures its wall time and the peak memory of the whole process tree
// (sampled from /proc, since a build may start workers).
import { spawn } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface BuildFigures {
  ok: boolean;
  wallMs: number;
  peakRssMB: number;
  /** The last lines of output when the build failed. */
  error: string | null;
}

async function treeRssKb(root: number): Promise<number> {
  const children = new Map<number, number[]>();
  for (const name of await readdir('/proc').catch(() => [] as string[])) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid)!.push(Number(name));
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export async function astroBuild(dataDir: string, outDir: string, heapMB: number | null): Promise<BuildFigures> {
  // Vite's own variables must not leak into the build (they would override the configured base).
  const { BASE_URL: _b, SITE: _site, MODE: _m, DEV: _d, PROD: _p, SSR: _s, NODE_ENV: _n, ...env } = process.env;
  const started = performance.now();
  const child = spawn(resolve('node_modules/.bin/astro'), ['build'], {
    env: {
      ...env,
      PANTAU_DATA: dataDir,
      PANTAU_OUT: outDir,
      PANTAU_SOURCES: resolve(dataDir, 'no-sources'),
      ...(heapMB ? { NODE_OPTIONS: `--max-old-space-size=${heapMB}` } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peak = 0;
  const sampler = setInterval(() => {
    void treeRssKb(child.pid!).then((kb) => (peak = Math.max(peak, kb)));
  }, 250);
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  clearInterval(sampler);
  return {
    ok: code === 0,
    wallMs: performance.now() - started,
    peakRssMB: Math.round(peak / 1024),
    error: code === 0 ? null : tail.trim().split('\n').slice(-8).join('\n'),
  };
}
