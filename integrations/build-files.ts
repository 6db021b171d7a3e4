// Writes files that need no page of their own in Astro's pipeline (the sharded search index, one JSON record per
// statement, the statement pages themselves) straight into the build output in one pass after the pages, instead of as
// one route each: at 100,000 statements that is about 337,000 files, and Astro's per-route cost (request, render,
// response stream, mkdir, write, one log line) made them minutes of the build. What they hold is computed inside the
// server bundle (it needs `astro:content`): a route hands its files over with `offerBuildFiles` during the build, in
// the same process; the dev server still serves every file from its route.
import { mkdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/** A set of files under one folder of the output: their names (relative to it) and how to render each. */
export interface BuildFiles {
  /** The folder of the output they go under ('' for the output itself). */
  folder: string;
  names(): string[];
  render(name: string): string;
  /** Called once before the first file is written, with the output folder (to read what Astro made). */
  prepare?(outDir: URL): Promise<void>;
}

const HANDOFF = Symbol.for('pantau.buildFiles');
// Symbol.for: the server bundle has its own copy of this module, so the key must be the process-wide one.
type Handoff = { [HANDOFF]?: Map<string, BuildFiles> };

function offered(): Map<string, BuildFiles> {
  return ((globalThis as Handoff)[HANDOFF] ??= new Map());
}

/** Called by an endpoint or page during a build: the files the build-done hook writes, as the set `name`. */
export function offerBuildFiles(name: string, files: BuildFiles): void {
  offered().set(name, files);
}

/** Files written at a time: enough to keep the disk busy, few enough that only a handful of texts are alive. */
const WRITES_AT_ONCE = 16;

async function writeAll(folder: URL, files: BuildFiles): Promise<number> {
  const names = files.names();
  // One mkdir per folder, awaited by every file in it (names may hold subfolders).
  const folders = new Map<string, Promise<unknown>>();
  let next = 0;
  const writer = async () => {
    while (next < names.length) {
      const name = names[next++]!;
      const file = new URL(name, folder);
      const parent = new URL('./', file);
      if (!folders.has(parent.href)) folders.set(parent.href, mkdir(parent, { recursive: true }));
      await folders.get(parent.href);
      await writeFile(file, files.render(name));
    }
  };
  await Promise.all(Array.from({ length: WRITES_AT_ONCE }, writer));
  return names.length;
}

/** `expected`: the sets always handed over in a build; one missing means the hand-over broke. */
export function buildFiles(expected: readonly string[]): AstroIntegration {
  return {
    name: 'pantau:build-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const sets = offered();
        for (const name of expected) {
          if (!sets.has(name)) throw new Error(`build files: nothing handed over the ${name}`);
        }
        // The sets side by side: while one set's page is rendered, the others' files are being written.
        await Promise.all(
          [...sets].map(async ([name, files]) => {
            await files.prepare?.(dir);
            const count = await writeAll(new URL(files.folder ? `${files.folder}/` : './', dir), files);
            logger.info(`${count} files written: ${name} (/${files.folder})`);
          }),
        );
        sets.clear();
      },
    },
  };
}

const PAGE_URLS = Symbol.for('pantau.builtPageUrls');
type PageUrls = { [PAGE_URLS]?: string[] };

/** The URLs of pages written by the hook (not Astro routes), for the sitemap: the one array, given to
 *  @astrojs/sitemap as `customPages` in the config (it reads it when the build ends) and filled during the build by
 *  whoever offers the pages. */
export function builtPageUrls(): string[] {
  return ((globalThis as PageUrls)[PAGE_URLS] ??= []);
}
