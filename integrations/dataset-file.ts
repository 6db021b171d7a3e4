// Moves pantau.sqlite into the build output. The database is written while /data/ is rendered (the page shows its
// hash and row counts, so it must exist by then; src/lib/dataset/site.ts), into a temporary file that this hook
// moves to /data/pantau.sqlite once Astro has written the pages.
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { DatasetFile } from '../src/lib/dataset/write.ts';

export const DATASET_FILE = 'pantau.sqlite';
const HANDOFF = Symbol.for('pantau.dataset');
// Symbol.for: the server bundle has its own copy of this module, so the key must be the process-wide one.
type Handoff = { [HANDOFF]?: Promise<DatasetFile> };

/** Called while /data/ renders: the database file the build-done hook moves into the output. */
export function offerDataset(file: Promise<DatasetFile>): void {
  (globalThis as Handoff)[HANDOFF] = file;
}

async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    // The temporary folder may be on another file system.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to);
    await rm(from);
  }
}

export function datasetFile(): AstroIntegration {
  return {
    name: 'pantau:dataset-file',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const offered = (globalThis as Handoff)[HANDOFF];
        if (!offered) throw new Error(`${DATASET_FILE}: the build did not make the database (src/pages/data/index.astro)`);
        const file = await offered;
        const folder = new URL('data/', dir);
        await mkdir(folder, { recursive: true });
        await move(file.path, fileURLToPath(new URL(DATASET_FILE, folder)));
        delete (globalThis as Handoff)[HANDOFF];
        logger.info(`data/${DATASET_FILE} written: ${(file.bytes / 1_048_576).toFixed(1)} MB, sha256 ${file.sha256}`);
      },
    },
  };
}
