import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { acquireLock, LockedError } from '../../scrapers/store/lock.ts';

let dir: string;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the run lock', () => {
  it('refuses a second holder while the first lives, and frees on release', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pantau-lock-'));
    const lock = await acquireLock(dir);
    expect(await readFile(join(dir, '.lock'), 'utf8')).toBe(`${process.pid}\n`);
    await expect(acquireLock(dir)).rejects.toThrow(LockedError);
    await expect(acquireLock(dir)).rejects.toThrow(/another scrape \(pid \d+\) is using this data folder/);
    await lock.release();
    const again = await acquireLock(dir);
    expect(again.recovered).toBe(false);
    await again.release();
  });

  it('takes over a lock left by a process that has died', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pantau-lock-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    await writeFile(join(dir, '.lock'), `${dead.stdout.toString()}\n`);
    const lock = await acquireLock(dir);
    expect(lock.recovered).toBe(true);
    expect(await readFile(join(dir, '.lock'), 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
  });
});
