// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { buildFiles, builtPageUrls } from './integrations/build-files.ts';
import { datasetFile } from './integrations/dataset-file.ts';
import { localeAlternates } from './src/i18n/routes.ts';
import { SHELL_ID } from './src/render/statement-shell.ts';

const base = process.env.PANTAU_BASE ?? '/';

// PANTAU_SITE and PANTAU_BASE are set by the deploy workflow (GitHub Pages serves the site below /<repo>/).
export default defineConfig({
  site: process.env.PANTAU_SITE ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  outDir: process.env.PANTAU_OUT ?? 'dist',
  // Two pages in flight: one renders while the other's file is written. With Node's heap capped (.npmrc) the
  // 100,000-statement build stays under 3 GB (docs/scale-build.md).
  build: { concurrency: 2 },
  // The content store (data-store.json) lives in cacheDir: a build from fixture data (tests) gives its own, so that it
  // cannot read or overwrite the store of another build running at the same time.
  ...(process.env.PANTAU_CACHE ? { cacheDir: process.env.PANTAU_CACHE } : {}),
  // buildFiles writes the search index, the statement records and the statement pages in one pass after the other
  // pages, handed over by their routes (integrations/build-files.ts); datasetFile moves the database made for /data/
  // to /data/pantau.sqlite (integrations/dataset-file.ts).
  integrations: [
    react(),
    // The sitemap names each page's other language (hreflang), from the URLs: /ms/… is the Malay of /…. The
    // statement pages are written by buildFiles, not routes: their URLs come from builtPageUrls, filled during the
    // build, and the shell they are written into is left out (src/render/statement-pages.ts).
    sitemap({
      customPages: builtPageUrls(),
      filter: (url) => !url.includes(`/${SHELL_ID}/`),
      serialize: (item) => ({ ...item, links: localeAlternates(item.url, base) }),
    }),
    buildFiles(['search index', 'statement records', 'statement pages']),
    datasetFile(),
  ],
  // Every page in English at its own URL and in Malay below /ms/ (src/pages/[...locale]/, src/i18n/); Astro's
  // currentLocale tells a component which one it is rendering.
  i18n: { defaultLocale: 'en', locales: ['en', 'ms'], routing: { prefixDefaultLocale: false } },
  // Bundle zod into the server build: left external, `astro/zod` (zod 3, Astro's own copy) resolves from the build
  // folder to the zod 4 hoisted by @astrojs/rss, and src/lib/schema.ts breaks at import.
  vite: { ssr: { noExternal: ['zod'] } },
});
