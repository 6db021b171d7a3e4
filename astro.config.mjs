// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { searchIndexFiles } from './integrations/search-index-files.ts';
import { datasetFile } from './integrations/dataset-file.ts';

// PANTAU_SITE and PANTAU_BASE are set by the deploy workflow (GitHub Pages serves the site below /<repo>/).
export default defineConfig({
  site: process.env.PANTAU_SITE ?? 'http://localhost:4321',
  base: process.env.PANTAU_BASE ?? '/',
  trailingSlash: 'always',
  outDir: process.env.PANTAU_OUT ?? 'dist',
  // The content store (data-store.json) lives in cacheDir: a build from fixture data (tests) gives its own, so that it
  // cannot read or overwrite the store of another build running at the same time.
  ...(process.env.PANTAU_CACHE ? { cacheDir: process.env.PANTAU_CACHE } : {}),
  // searchIndexFiles writes /search-index/*.json in one pass after the pages (see integrations/search-index-files.ts);
  // datasetFile moves the database made for /data/ to /data/pantau.sqlite (integrations/dataset-file.ts).
  integrations: [react(), sitemap(), searchIndexFiles(), datasetFile()],
  // Bundle zod into the server build: left external, `astro/zod` (zod 3, Astro's own copy) resolves from the build
  // folder to the zod 4 hoisted by @astrojs/rss, and src/lib/schema.ts breaks at import.
  vite: { ssr: { noExternal: ['zod'] } },
});
