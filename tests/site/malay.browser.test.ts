// The site in Malay: every kind of page under /ms/ shows no English interface string, says it is in Malay, marks
// each statement's own words with the statement's language, keeps its page when switching language, and has no
// serious or critical accessibility violation. Builds the fixture site once and drives Chromium through it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { seriousA11yViolations } from '../helpers/axe.ts';
import { buildFixtureSite, FIXTURE_SITE } from '../helpers/build-site.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { SITE_STRINGS } from '../../src/i18n/index.ts';

const { base: BASE } = FIXTURE_SITE;
// Fixture statements: an English one with a commitment and a dispute, a Malay one, and a curated event.
const LICENCE = '32fa1e632383e39a';
const MALAY = '299411a367c4c9dd';
const CURATED = '6983cb55dc1e7597';

/** One of each kind of page, with what to wait for on the search page (its island fills in after loading). */
const MALAY_PAGES = [
  'ms/',
  'ms/search/?q=licence&platform=tiktok',
  `ms/statements/${LICENCE}/`,
  `ms/statements/${MALAY}/`,
  `ms/statements/${CURATED}/`,
  'ms/commitments/',
  'ms/commitments/all/',
  'ms/disputes/',
  'ms/platforms/',
  'ms/platforms/tiktok/',
  'ms/issues/licensing/',
  'ms/actors/mcmc/',
  'ms/people/',
  'ms/people/fictional-minister/',
  'ms/data/',
  'ms/sources/',
  'ms/about/',
];

/** A text without the spaces and punctuation around it. */
const bare = (text: string) => text.replace(/^[\s.,;:·()—“”"…]+|[\s.,;:·()—“”"…]+$/g, '');

/** The pieces of each English interface string around its placeholders that a Malay page must not show: those of
 *  four letters or more that the Malay string does not share (names such as BibTeX or CSV are the same in both). A
 *  piece of several words is looked for anywhere; a single word ("Status", "feed") only as a whole text, so that the
 *  same word in a source's name or an address does not count. */
const ENGLISH_PIECES = [
  ...new Set(
    Object.values(SITE_STRINGS as Record<string, { en: string; ms?: string }>).flatMap(({ en, ms = '' }) =>
      en
        .split(/\{\w+\}/)
        .map(bare)
        .filter((piece) => /\p{L}{4}/u.test(piece) && !ms.includes(piece)),
    ),
  ),
];

let work: string;
let site: StaticSite;
let browser: Browser;

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${site.origin}${BASE}${path}`, { waitUntil: 'load' });
  if (path.includes('search/')) await page.locator('.search-results li').first().waitFor();
  return page;
}

/** The text a reader meets on the page, outside anything marked as another language (a statement's own words, the
 *  link to the English page) and outside code: text nodes, and the names given to controls and landmarks. */
function interfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const foreign = (el: Element | null) => !el || (el.closest('[lang]')?.getAttribute('lang') ?? pageLang) !== pageLang || !!el.closest('code, pre, script, style');
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent!.trim() && !foreign(node.parentElement)) texts.push(node.textContent!.trim());
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (foreign(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) if (el.getAttribute(name)) texts.push(el.getAttribute(name)!);
    }
    return texts;
  });
}

/** The English interface strings among the texts: "<piece>" in "<text>". */
function englishIn(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const piece of ENGLISH_PIECES) {
      const escaped = piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const shown = /\s/.test(piece) ? new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'u').test(text) : bare(text) === piece;
      if (shown) found.add(`"${piece}" in "${text.slice(0, 120)}"`);
    }
  }
  return [...found];
}

beforeAll(async () => {
  work = await mkdtemp(resolve('tests/site/.build-ms-'));
  await buildFixtureSite(work);
  site = await serveStatic(join(work, 'dist'), BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('every page in Malay', () => {
  it.each(MALAY_PAGES)('%s: in Malay, no English interface string, no serious accessibility violation', async (path) => {
    const page = await open(path);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ms');
    expect(englishIn(await interfaceText(page))).toEqual([]);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows dates, statuses and subject names in Malay', async () => {
    const page = await open('ms/');
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/\d{1,2} (Januari|Februari|Mac|April|Mei|Jun|Julai|Ogos|September|Oktober|November|Disember) \d{4}/);
    expect(text).toContain('Suruhanjaya Komunikasi dan Multimedia Malaysia (SKMM)');
    expect(text).toContain('Melepasi tarikh akhir');
    await page.close();
  });

  it('links from page to page in Malay, down to a statement and its citation', async () => {
    const page = await open('ms/');
    await page.locator('#latest-heading ~ ol a').first().click();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${BASE}ms/statements/[0-9a-f]{16}/$`));
    await page.goto(`${site.origin}${BASE}ms/statements/${LICENCE}/`);
    await expect(page.locator('#cite-heading').innerText()).resolves.toBe('Petik ini');
    const citation = await page.locator('#citation').innerText();
    expect(citation).toContain(`Rekod Pantau: https://pantau.example${BASE}ms/statements/${LICENCE}/ (diakses 1 Jun 2025).`);
    const hrefs = await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    const pages = hrefs.filter((href) => !/\.(json|xml|csv|sqlite)$/.test(href.split('#')[0]!));
    expect(pages.filter((href) => !href.startsWith(`${BASE}ms/`))).toEqual([]);
    await page.close();
  });
});

describe('the language of statements', () => {
  it("marks an English statement's words as English on a Malay page, and a Malay one's as Malay on an English page", async () => {
    const ms = await open(`ms/statements/${LICENCE}/`);
    await expect(ms.locator('h1').getAttribute('lang')).resolves.toBe('en');
    await expect(ms.locator('section.text > div').getAttribute('lang')).resolves.toBe('en');
    await expect(ms.locator('#commitments-heading ~ ol blockquote').first().getAttribute('lang')).resolves.toBe('en');
    await expect(ms.locator('#text-heading').evaluate((h) => h.closest('[lang]')!.getAttribute('lang'))).resolves.toBe('ms');
    const en = await open(`statements/${MALAY}/`);
    await expect(en.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(en.locator('h1').getAttribute('lang')).resolves.toBe('ms');
    await expect(en.locator('section.text > div').getAttribute('lang')).resolves.toBe('ms');
    await ms.close();
    await en.close();
  });
});

describe('the language switch', () => {
  it('leads to the same page in the other language and back', async () => {
    const page = await open(`statements/${LICENCE}/`);
    const toMalay = page.locator('a.language-switch');
    await expect(toMalay.innerText()).resolves.toBe('Bahasa Melayu');
    await expect(toMalay.getAttribute('hreflang')).resolves.toBe('ms');
    await toMalay.click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}ms/statements/${LICENCE}/`);
    await page.locator('a.language-switch').click();
    expect(new URL(page.url()).pathname).toBe(`${BASE}statements/${LICENCE}/`);
    await page.close();
  });

  it('keeps the search, its words and filters, on the search page', async () => {
    const page = await open('ms/search/?q=licence&platform=tiktok');
    await expect(page.locator('#filters-heading').innerText()).resolves.toBe('Penapis');
    await page.locator('a.language-switch').click();
    const url = new URL(page.url());
    expect(url.pathname).toBe(`${BASE}search/`);
    expect(url.searchParams.get('q')).toBe('licence');
    expect(url.searchParams.get('platform')).toBe('tiktok');
    await page.locator('.search-results li').first().waitFor();
    await expect(page.locator('#filters-heading').innerText()).resolves.toBe('Filters');
    await page.close();
  });
});

describe('the sitemap', () => {
  it('lists every page in both languages, each naming the other as its alternate', async () => {
    const xml = await readFile(join(work, 'dist', 'sitemap-0.xml'), 'utf8');
    const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(.*?)<\/url>/g)].map(([, loc, links]) => ({
      loc: loc!,
      links: [...links!.matchAll(/hreflang="(\w+)" href="([^"]+)"/g)].map(([, lang, href]) => `${lang} ${href}`),
    }));
    const listed = new Set(entries.map((e) => e.loc));
    const statement = `${FIXTURE_SITE.site}${BASE}statements/${MALAY}/`;
    const malay = `${FIXTURE_SITE.site}${BASE}ms/statements/${MALAY}/`;
    expect(listed).toContain(statement);
    expect(listed).toContain(malay);
    for (const { loc, links } of entries) {
      const english = loc.replace(`${BASE}ms/`, BASE);
      const inMalay = english.replace(BASE, `${BASE}ms/`);
      expect(links, loc).toEqual([`en ${english}`, `ms ${inMalay}`]);
      expect(listed, loc).toContain(english);
      expect(listed, loc).toContain(inMalay);
    }
  });
});
