// The search page in a real browser, built once from fictional fixture statements and served below a base path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { serveStatic, type StaticSite } from '../site/static-server.ts';
import { pageWeight } from '../../bench/page-weight.ts';

const BASE = '/pantau/';
let work: string;
let out: string;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  // Inside the project: Astro keeps its server build in ./.astro otherwise, shared with other builds.
  work = await mkdtemp(resolve('tests/search/.build-'));
  out = join(work, 'dist');
  await buildSite({
    PANTAU_DATA: resolve('tests/search/fixtures/data'),
    PANTAU_SOURCES: resolve('tests/search/fixtures/no-sources'),
    PANTAU_OUT: out,
    PANTAU_CACHE: join(work, 'cache'),
    PANTAU_BASE: BASE,
    PANTAU_TODAY: '2025-01-10',
  });
  site = await serveStatic(out, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const searchUrl = (query = '') => `${site.origin}${BASE}search/${query}`;
const status = (page: Page) => page.getByRole('status');
const resultTitles = (page: Page) => page.locator('.search-results ol h3').allInnerTexts();

async function resultsSettled(page: Page, text: RegExp) {
  await expect.poll(() => status(page).innerText(), { timeout: 60_000 }).toMatch(text);
}

describe('search page', () => {
  it('finds an exact phrase, narrows by a facet, and keeps both in a URL that can be shared and undone', async () => {
    const page = await browser.newPage();
    await page.goto(searchUrl());
    await resultsSettled(page, /^24 statements, page 1 of 3\./);
    await page.getByLabel('Words or "an exact phrase"').fill('"social media licence"');
    await page.getByRole('button', { name: 'Search' }).click();
    await resultsSettled(page, /^3 statements for/);
    expect((await resultTitles(page)).sort()).toEqual([
      'Fictional ministry sets licensing date for platforms',
      'Ministry answers questions on licence fees',
      'Video platform joins fictional consultation',
    ]);
    expect(await page.locator('.search-results mark').first().innerText()).toMatch(/social|media|licence/i);
    expect(await status(page).getAttribute('aria-live')).toBe('polite');

    const platforms = page.getByRole('group', { name: 'Platform' });
    await platforms.getByLabel(/facebook/).check();
    await resultsSettled(page, /^2 statements for/);
    expect((await resultTitles(page)).sort()).toEqual([
      'Fictional ministry sets licensing date for platforms',
      'Ministry answers questions on licence fees',
    ]);
    const shared = page.url();
    expect(new URL(shared).searchParams.getAll('platform')).toEqual(['facebook']);

    const other = await browser.newPage();
    await other.goto(shared);
    await resultsSettled(other, /^2 statements for/);
    expect(await other.getByLabel('Words or "an exact phrase"').inputValue()).toBe('"social media licence"');
    expect(await other.getByRole('group', { name: 'Platform' }).getByLabel(/facebook/).isChecked()).toBe(true);
    expect((await resultTitles(other)).sort()).toEqual((await resultTitles(page)).sort());
    await other.close();

    await page.goBack();
    await resultsSettled(page, /^3 statements for/);
    expect(await platforms.getByLabel(/facebook/).isChecked()).toBe(false);

    await page.getByRole('link', { name: 'Ministry answers questions on licence fees' }).click();
    await page.waitForURL(/\/pantau\/statements\/[0-9a-f]{16}\/$/);
    expect(await page.locator('h1').innerText()).toContain('Ministry answers questions on licence fees');
    await page.close();
  });

  it('filters by date and sorts by date, with typos and word beginnings still matching', async () => {
    const page = await browser.newPage();
    await page.goto(searchUrl('?q=licnce+platfor&sort=date&from=2024-09-01&to=2024-12-31'));
    await resultsSettled(page, /^2 statements for “licnce platfor”/);
    expect(await resultTitles(page)).toEqual(['Platform questions the licence conditions', 'Video platform joins fictional consultation']);
    expect(await page.getByLabel('From').inputValue()).toBe('2024-09-01');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('date');
    await page.close();
  });

  it('works with the keyboard alone', async () => {
    const page = await browser.newPage();
    await page.goto(searchUrl());
    await resultsSettled(page, /^24 statements, page 1 of 3\./);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el ? `${el.tagName.toLowerCase()}:${el.getAttribute('name') ?? ''}:${el.getAttribute('value') ?? el.textContent ?? ''}` : '';
    });
    async function tabTo(pattern: RegExp) {
      for (let i = 0; i < 150; i++) {
        await page.keyboard.press('Tab');
        if (pattern.test(await focused())) return;
      }
      throw new Error(`Tab never reached ${pattern}`);
    }
    await tabTo(/^input:q:/);
    await page.keyboard.type('platform');
    await page.keyboard.press('Enter');
    // "platform" also finds "Licensing of platforms", the display name of a tag.
    await resultsSettled(page, /^2\d statements for “platform”/);
    await tabTo(/^input:language:ms/);
    await page.keyboard.press('Space');
    await resultsSettled(page, /^2 statements for “platform”/);
    expect(new URL(page.url()).searchParams.get('language')).toBe('ms');
    await tabTo(/^a::(Kerajaan rekaan|Iklan penipuan)/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/statements\/[0-9a-f]{16}\/$/);
    await page.close();
  });

  it('finds English statements for a Malay word that names an issue, and says why', async () => {
    const page = await browser.newPage();
    await page.goto(searchUrl('?q=pelesenan'));
    await resultsSettled(page, /^\d+ statements for “pelesenan”/);
    const titles = await resultTitles(page);
    expect(titles[0]).toBe('Kerajaan rekaan umum pelesenan media sosial');
    expect(titles).toContain('Fictional ministry sets licensing date for platforms');
    expect(await page.locator('.search-subjects').innerText()).toBe('Also statements tagged Licensing of platforms (for “pelesenan”).');
    await page.goto(searchUrl('?q=unheard'));
    await resultsSettled(page, /^No statements match/);
    expect(await page.locator('.search-subjects').count()).toBe(0);
    await page.close();
  });

  it('suggests platforms, issues and people as one types, in English and Malay; a picked one becomes a filter', async () => {
    const page = await browser.newPage();
    await page.goto(searchUrl());
    await resultsSettled(page, /^24 statements, page 1 of 3\./);
    const box = page.getByRole('combobox', { name: 'Words or "an exact phrase"' });
    const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
    await box.pressSequentially('tikt');
    await expect.poll(() => options.allInnerTexts()).toEqual(['TikTok Platform']);
    await box.fill('');
    await box.pressSequentially('pelesen');
    await expect.poll(() => options.allInnerTexts()).toEqual(['Licensing of platforms Issue']);

    // The keyboard: down to the suggestion, Enter picks it; what was typed for it makes way for the filter.
    await page.keyboard.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe('search-suggestion-0');
    expect(await options.first().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Enter');
    await resultsSettled(page, /^\d+ statements, page 1/);
    expect(new URL(page.url()).searchParams.getAll('issue')).toEqual(['licensing']);
    expect(await box.inputValue()).toBe('');
    // The counts (and so the ticked box) follow the results a moment later.
    await expect.poll(() => page.getByRole('group', { name: 'Issue' }).getByLabel(/Licensing of platforms/).isChecked()).toBe(true);
    expect(await options.count()).toBe(0);

    // Escape closes the list; a picked person becomes the speaker filter.
    await box.pressSequentially('amina');
    await expect.poll(() => options.allInnerTexts()).toEqual(['Aminah Rahman Person · Fictional commissioner']);
    await page.keyboard.press('Escape');
    expect(await options.count()).toBe(0);
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('ArrowDown');
    await options.first().click();
    await resultsSettled(page, /^1 statement\./);
    expect(await resultTitles(page)).toEqual(['Fictional ministry sets licensing date for platforms']);
    expect(new URL(page.url()).searchParams.get('q')).toBeNull();
    expect(new URL(page.url()).searchParams.getAll('speaker')).toEqual(['aminah-rahman']);
    expect(new URL(page.url()).searchParams.getAll('issue')).toEqual(['licensing']);
    await expect.poll(() => page.getByRole('group', { name: 'Speaker' }).getByLabel(/Aminah Rahman/).isChecked()).toBe(true);
    await page.close();
  });

  it('shows markup in scraped text as text, and runs none of it', async () => {
    const page = await browser.newPage();
    await page.goto(searchUrl('?q=bold+claim'));
    await resultsSettled(page, /^1 statement for/);
    expect(await page.locator('.search-results h3').innerText()).toContain('<img src=x onerror=');
    expect(await page.locator('.search-results li p').innerText()).toContain('<script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('weighs at most 100 KB gzipped before its index; suggestions and the CSV export load when asked for', async () => {
    const search = await pageWeight(out, 'search/index.html', BASE);
    expect(search.scripts).toBeGreaterThan(0);
    expect(search.totalGzip).toBeLessThanOrEqual(100 * 1024);
    // MiniSearch and the CSV writer are in chunks of their own, not in what the page loads to open.
    expect(search.onDemandGzip).toBeGreaterThan(5 * 1024);
  });

  it('without JavaScript, serves the form and says where the data is', async () => {
    const html = await (await fetch(searchUrl())).text();
    expect(html).toMatch(/<form[^>]*role="search"/);
    expect(html).toMatch(/<input[^>]*type="search"[^>]*name="q"/);
    const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? '';
    expect(noscript).toContain('Search runs in your browser and needs JavaScript');
    expect(noscript).toContain(`href="${BASE}data/"`);
  });
});
