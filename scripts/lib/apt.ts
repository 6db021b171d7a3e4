// Installing Debian's packages for the tests' own needs: only as root where apt-get is there (CI, a fresh container);
// never anything from outside Debian's archive.
import { spawnSync } from 'node:child_process';

export function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** `apt-get update` then install `packages`, quietly; whether both succeeded. `recommends: false` leaves out what
 *  the packages only recommend (R recommends its compilers and a hundred libraries). */
export function aptInstall(packages: string[], { recommends = true } = {}): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...(recommends ? [] : ['--no-install-recommends']), ...packages]]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (run.status !== 0) return false;
  }
  return true;
}
