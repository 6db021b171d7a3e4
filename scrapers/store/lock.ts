// One run at a time per store: `<data>/.lock` holds the running scrape's pid. A lock whose process is gone (a killed
// run) is taken over; a live one refuses the second run.
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

export class LockedError extends Error {
  constructor(readonly path: string, readonly pid: number) {
    super(`another scrape (pid ${pid}) is using this data folder; wait for it to finish (lock: ${path})`);
    this.name = 'LockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface Lock {
  path: string;
  /** True when a stale lock left by a dead process was taken over. */
  recovered: boolean;
  release(): Promise<void>;
}

/** Take the lock or throw LockedError. Creation with O_EXCL means two runs can never both hold it. */
export async function acquireLock(dataDir: string): Promise<Lock> {
  const path = join(dataDir, '.lock');
  await mkdir(dataDir, { recursive: true });
  let recovered = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      const release = async () => {
        const holder = await readFile(path, 'utf8').catch(() => '');
        if (Number.parseInt(holder, 10) === process.pid) await rm(path, { force: true });
      };
      return { path, recovered, release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
    if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) throw new LockedError(path, pid);
    // An empty lock is being filled right now, or its writer was killed between creating and filling it.
    const age = await stat(path).then((s) => Date.now() - s.mtimeMs, () => Infinity);
    if (!(Number.isInteger(pid) && pid > 0) && age < 5_000) throw new LockedError(path, 0);
    await rm(path, { force: true });
    recovered = true;
  }
  throw new Error(`could not take the lock ${path}: it keeps reappearing`);
}
