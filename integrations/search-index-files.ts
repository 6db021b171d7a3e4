// Writes the sharded search index (/search-index/<name>.json, fetched by the search island) straight into the build
// output in one pass, instead of as one endpoint route per file: at 100,000 statements that is about 37,000 files,
// and Astro's per-route cost made them minutes of the build. The index itself is built inside the server bundle
// (it needs `astro:content`); src/pages/search-index/[file].json.ts hands it over with `offerSearchIndex` when Astro
// asks for its paths, in the same process, and the dev server still serves every file from that endpoint.
import { mkdir, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { SearchIndex } from '../src/lib/search/build.ts';

const HANDOFF = Symbol.for('pantau.searchIndex');
// Symbol.for: the server bundle has its own copy of this module, so the key must be the process-wide one.
type Handoff = { [HANDOFF]?: SearchIndex };

/** Called by the endpoint during a build: the index whose files the build-done hook writes. */
export function offerSearchIndex(index: SearchIndex): void {
  (globalThis as Handoff)[HANDOFF] = index;
}

/** Files written at a time: enough to keep the disk busy, few enough that only a handful of shard texts are alive. */
const WRITES_AT_ONCE = 16;

export function searchIndexFiles(): AstroIntegration {
  return {
    name: 'pantau:search-index-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const index = (globalThis as Handoff)[HANDOFF];
        // Astro asks every route for its paths in a build, so a missing index means the hand-over broke.
        if (!index) throw new Error('search index: the build did not hand over the index (src/pages/search-index)');
        const folder = new URL('search-index/', dir);
        await mkdir(folder, { recursive: true });
        const names = index.names();
        let next = 0;
        const writer = async () => {
          while (next < names.length) {
            const name = names[next++]!;
            await writeFile(new URL(`${name}.json`, folder), index.render(name));
          }
        };
        await Promise.all(Array.from({ length: WRITES_AT_ONCE }, writer));
        delete (globalThis as Handoff)[HANDOFF];
        logger.info(`${names.length} search index files written`);
      },
    },
  };
}
