// Where the data page's pandas and R examples can run: Debian's python3-pandas installs for the system's Python,
// which may not be the first python3 on the PATH; R needs DBI and RSQLite.
import { spawnSync } from 'node:child_process';

const exitsZero = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** A Python that has pandas, or null. */
export function pandasPython(): string | null {
  return ['python3', '/usr/bin/python3'].find((python) => exitsZero(python, ['-c', 'import pandas'])) ?? null;
}

export function hasRWithSqlite(): boolean {
  return exitsZero('Rscript', ['-e', 'library(DBI); library(RSQLite)']);
}

/** Debian's packages that give both. */
export const EXAMPLE_RUNTIME_PACKAGES = ['python3-pandas', 'r-base-core', 'r-cran-dbi', 'r-cran-rsqlite'];
