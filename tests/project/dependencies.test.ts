// A declared dependency must earn its place (issue 13): each one in package.json is imported by the project's code,
// or is listed below with the command or tool that uses it without an import.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const USED_OTHERWISE: Record<string, string> = {
  '@astrojs/check': '`npm run check` runs `astro check`',
  '@types/node': 'types for node: imports',
  '@types/react': 'types for react',
  '@types/react-dom': 'types for react-dom',
  '@types/better-sqlite3': 'types for better-sqlite3',
  'react-dom': '@astrojs/react renders and hydrates the React islands with it (its peer dependency)',
  tsx: 'runs every npm script written in TypeScript',
  typescript: '`npm run typecheck` runs tsc',
};

const CODE_FOLDERS = ['src', 'scrapers', 'scripts', 'tests', 'bench', 'integrations'];
const ROOT_FILES = ['astro.config.mjs', 'vitest.config.ts'];
const CODE_FILE = /\.(ts|tsx|mts|mjs|js|astro)$/;

/** The project's code files, from git (tracked, or new and not ignored): the builds other tests run at the same time
 *  write and remove ignored folders (tests/scale/*.tmp …), which a walk of the tree would trip over. */
function codeFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', ...CODE_FOLDERS], {
    encoding: 'utf8',
  });
  return listed.split('\n').filter((path) => CODE_FILE.test(path) && existsSync(path));
}

/** Package names the code loads: `from 'x'`, `from 'x/sub'`, `import('x')`, `import 'x'`, `resolve('x/file')`. */
function importedPackages(source: string): Set<string> {
  const found = new Set<string>();
  for (const m of source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+|resolve\(\s*)['"]([^'"./][^'"]*)['"]/g)) {
    const spec = m[1]!;
    const parts = spec.split('/');
    found.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
  }
  return found;
}

describe('declared dependencies', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Record<string, Record<string, string>>;
  const declared = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})];
  const imported = new Set<string>();
  for (const file of [...codeFiles(), ...ROOT_FILES]) {
    for (const name of importedPackages(readFileSync(file, 'utf8'))) imported.add(name);
  }

  it('are each imported by the code or used by a named command', () => {
    const unused = declared.filter((name) => !imported.has(name) && !(name in USED_OTHERWISE));
    expect(unused).toEqual([]);
  });

  it('list no exception for a package that is no longer declared', () => {
    expect(Object.keys(USED_OTHERWISE).filter((name) => !declared.includes(name))).toEqual([]);
  });
});
