// In a build, the statement pages (two per statement: 200,000 at 100,000 statements) are not Astro routes: Astro
// makes one page per language, the layout around placeholders (the "shell"), and the build-done hook of
// integrations/build-files.ts writes every statement's page into it, each from the plain function statementPage.
// Astro's per-page work cost far more than the page itself (docs/scale-build.md). The dev server makes each page as a
// route, with the same function inside the same layout.
import { readFile, rm } from 'node:fs/promises';
import { builtPageUrls, offerBuildFiles } from '../../integrations/build-files.ts';
import { copyFor } from '../i18n/index.ts';
import { LOCALES, asLocale, localeSegment, type Locale } from '../i18n/locales.ts';
import type { SiteData } from '../lib/data.ts';
import { statementPath } from '../lib/site-url.ts';
import { statementPage } from './statement-page.ts';
import { fillShell, SHELL_ID, splitShell } from './statement-shell.ts';

/** Where a statement's page lies in the output, relative to it (the base path is not part of the output). */
function pageFile(id: string, locale: Locale): string {
  const segment = localeSegment(locale);
  return `${segment ? `${segment}/` : ''}statements/${id}/index.html`;
}

/** @astrojs/sitemap sorts every URL with `localeCompare(…, 'en', { numeric: true })`: 16 s for 200,000 URLs in no
 *  order, under 2 s when they come in that order already (a collator gives the same order, 20 times faster). */
const SITEMAP_ORDER = new Intl.Collator('en', { numeric: true }).compare;

let offeredData: SiteData | null = null;

/** Hands every statement page over to the build-done hook, and their URLs to the sitemap. `site`: the deployed
 *  origin. */
export function offerStatementPages(data: SiteData, site: URL): void {
  // The shell of each language offers them: once is enough.
  if (offeredData === data) return;
  offeredData = data;
  const shells = new Map<Locale, string[]>();
  offerBuildFiles('statement pages', {
    folder: '',
    names: () => data.all.flatMap((s) => LOCALES.map((locale) => pageFile(s.id, locale))),
    async prepare(outDir) {
      for (const locale of LOCALES) {
        const shell = new URL(pageFile(SHELL_ID, locale), outDir);
        shells.set(locale, splitShell(await readFile(shell, 'utf8')));
        await rm(new URL('./', shell), { recursive: true });
      }
    },
    render(file) {
      const parts = file.split('/');
      const locale = parts.length === 4 ? asLocale(parts[0]) : LOCALES[0];
      const id = parts[parts.length - 2]!;
      return fillShell(shells.get(locale)!, id, statementPage(copyFor(locale), data, data.byId.get(id)!, site));
    },
  });
  const urls = data.all.flatMap((s) => LOCALES.map((locale) => new URL(statementPath(s.id, locale), site).href));
  const sitemapPages = builtPageUrls();
  for (const url of urls.sort(SITEMAP_ORDER)) sitemapPages.push(url);
}
