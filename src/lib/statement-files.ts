// A content loader that indexes statement files without keeping their records in Astro's data store.
// Why: Astro 5 serialises the whole store to data-store.json and inlines it into the server bundle (one JS module
// through Rollup, imported again to render), so 100,000 full records cost gigabytes several times over. The store
// keeps one small entry per file; `loadSiteData()` reads and validates each record itself, once, with
// `statementSchema` (src/lib/data.ts): validating here too cost half a minute at 100,000 statements.
import { relative, resolve } from 'node:path';
import type { Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { jsonFiles } from '../../scrapers/store/statements.ts';

export const statementFileSchema = z.object({
  /** Absolute path of the statement's JSON file. */
  file: z.string().min(1),
});
export type StatementFile = z.infer<typeof statementFileSchema>;

/** Every `*.json` below `dir` (an invalid record stops the build with one line naming its file when
 *  `loadSiteData()` reads it); the entry id is the path below `dir` without `.json`, as with Astro's `glob()`. */
export function statementFiles(dir: string): Loader {
  const base = resolve(dir);
  return {
    name: 'pantau-statement-files',
    async load({ store, parseData }) {
      store.clear();
      for await (const file of jsonFiles(base)) {
        const id = relative(base, file).replace(/\.json$/, '');
        store.set({ id, data: await parseData({ id, data: { file } }) });
      }
    },
  };
}
