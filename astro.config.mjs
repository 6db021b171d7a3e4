// @ts-check
import { defineConfig } from 'astro/config';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';

// PANTAU_SITE and PANTAU_BASE are set by the deploy workflow (GitHub Pages serves the site below /<repo>/).
export default defineConfig({
  site: process.env.PANTAU_SITE ?? 'http://localhost:4321',
  base: process.env.PANTAU_BASE ?? '/',
  trailingSlash: 'always',
  outDir: process.env.PANTAU_OUT ?? 'dist',
  integrations: [react(), sitemap()],
});
