// The commitments tracker and the dispute threads at a size that spans several pages (tests/site/paging-data.ts):
// numbered page navigation, static filter pages whose counts are their rows, every row reachable exactly once, the
// pages of a long thread and of a much-repeated promise, and no broken link anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build-site.ts';
import { brokenLinks } from '../helpers/site-links.ts';
import { seriousA11yViolations } from '../helpers/axe.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { PAGING, isLowConfidence, promiseOf, writePagingData } from './paging-data.ts';

const BASE = '/pantau/';
let work: string;
let site: StaticSite;
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(resolve('tests/site/.build-'));
  await writePagingData(join(work, 'data'));
  await buildSite({
    PANTAU_DATA: join(work, 'data'),
    PANTAU_SOURCES: join(work, 'no-sources'),
    PANTAU_OUT: join(work, 'dist'),
    PANTAU_CACHE: join(work, 'cache'),
    PANTAU_BASE: BASE,
    PANTAU_SITE: 'https://pantau.example',
    PANTAU_TODAY: PAGING.today,
  });
  site = await serveStatic(join(work, 'dist'), BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function load(path: string): Promise<cheerio.CheerioAPI> {
  const response = await fetch(new URL(path, site.origin));
  expect(response.status, path).toBe(200);
  return cheerio.load(await response.text());
}

/** Follows rel=next from a list's first page; each page's rows as `rowsOf` reads them. */
async function crawl(first: string, rowsOf: ($: cheerio.CheerioAPI) => string[]): Promise<{ pages: string[]; rows: string[] }> {
  const pages: string[] = [];
  const rows: string[] = [];
  let next: string | undefined = first;
  while (next) {
    expect(pages, 'a page seen twice').not.toContain(next);
    pages.push(next);
    const $ = await load(next);
    rows.push(...rowsOf($));
    next = $('.pager a[rel="next"]').first().attr('href');
  }
  return { pages, rows };
}

const promises = ($: cheerio.CheerioAPI) => $('#commitments tbody tr td:nth-child(2)').map((_, td) => $(td).text()).get();
const threads = ($: cheerio.CheerioAPI) => $('section.thread').map((_, s) => s.attribs.id!).get();
const count = (n: number) => Array.from({ length: n }, (_, i) => i);
const inDefaultScope = (i: number) => !isLowConfidence(i);

describe('commitments tracker, paged', () => {
  it('numbers its pages, marks the current one and links first, previous, next and last', async () => {
    const $ = await load(`${BASE}commitments/`);
    const pager = $('nav.pager').first();
    expect(pager.attr('aria-label')).toBe('Pages of commitments');
    expect(pager.find('p').text()).toBe('Page 1 of 3: commitments 1–100 of 208');
    expect(pager.find('[aria-current="page"]').text()).toBe('1');
    expect(pager.find('a[rel="next"]').attr('href')).toBe(`${BASE}commitments/2/`);
    expect(pager.find('a').filter((_, a) => $(a).text() === 'Last').attr('href')).toBe(`${BASE}commitments/3/`);
    expect(pager.find('[aria-disabled="true"]').map((_, s) => $(s).text()).get()).toEqual(['First', 'Previous']);
    expect($('#commitments tbody tr')).toHaveLength(100);

    const last = await load(`${BASE}commitments/3/`);
    expect(last('nav.pager p').first().text()).toBe('Page 3 of 3: commitments 201–208 of 208');
    expect(last('nav.pager a[rel="prev"]').first().attr('href')).toBe(`${BASE}commitments/2/`);
    expect(last('#commitments tbody tr')).toHaveLength(8);
  });

  it('pages forward and back without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${BASE}commitments/`);
    const pager = page.getByRole('navigation', { name: 'Pages of commitments', exact: true });
    await pager.getByRole('link', { name: 'Next' }).click();
    await page.waitForURL('**/commitments/2/');
    await expect(pager.locator('[aria-current="page"]').textContent()).resolves.toBe('2');
    await pager.getByRole('link', { name: 'Page 3' }).click();
    await page.waitForURL('**/commitments/3/');
    await pager.getByRole('link', { name: 'First' }).click();
    await page.waitForURL(/\/commitments\/$/);
    await expect(page.locator('script').count()).resolves.toBe(0);
    await context.close();
  });

  it.each([
    ['commitments/', count(PAGING.statements).filter(inDefaultScope)],
    ['commitments/all/', count(PAGING.statements)],
  ])('lists every promise of /%s exactly once across its pages', async (path, own) => {
    const { pages, rows } = await crawl(`${BASE}${path}`, promises);
    const expected = [...own.map(promiseOf), PAGING.repeated.what];
    expect(rows.length).toBe(expected.length);
    expect(new Set(rows)).toEqual(new Set(expected));
    expect(pages.length).toBe(Math.ceil(expected.length / 100));
  });

  it('filters by status and by party on pages of their own, each count the number of its rows', async () => {
    const $ = await load(`${BASE}commitments/`);
    const filters = $('nav.filters [role="group"]')
      .filter((_, g) => ['Status', 'Who'].includes($(g).find('.filter-label').text()))
      .find('li')
      .map((_, li) => ({ label: $(li).find('a').text(), href: $(li).find('a').attr('href')!, count: Number($(li).find('.count').text().slice(1, -1)) }))
      .get();
    expect(filters.slice(0, 3).map((f) => f.label)).toEqual(['Open', 'Due soon', 'Past due']);
    // Parties with the most commitments first.
    expect(filters.slice(3).map((f) => f.label)).toEqual(['party-a', 'party-b', 'party-c', 'party-e', 'party-d']);
    const byStatus = filters.slice(0, 3).reduce((sum, f) => sum + f.count, 0);
    const byParty = filters.slice(3).reduce((sum, f) => sum + f.count, 0);
    expect([byStatus, byParty]).toEqual([208, 208]);
    for (const filter of filters) {
      const { rows } = await crawl(filter.href, promises);
      expect(rows.length, filter.label).toBe(filter.count);
      expect(new Set(rows).size, filter.label).toBe(filter.count);
      const first = await load(filter.href);
      expect(first(`nav.filters a[aria-current="true"]`).text()).toBe(filter.label);
    }
    // The rows of a status page all have that status; party-a's page pages on to a second page.
    const pastDue = await load(`${BASE}commitments/status/past-due/`);
    expect(new Set(pastDue('#commitments .status').map((_, s) => pastDue(s).text()).get())).toEqual(new Set(['Past due']));
    expect(filters.find((f) => f.label === 'party-a')!.count).toBeGreaterThan(40);
  });

  it('keeps the filter when switching to every claim', async () => {
    const $ = await load(`${BASE}commitments/by/party-d/`);
    const all = $('a.scope-switch');
    expect(all.attr('href')).toBe(`${BASE}commitments/all/by/party-d/`);
    const { rows } = await crawl(all.attr('href')!, promises);
    expect(all.text()).toBe(`Show all ${rows.length} commitments (party-d)`);
    expect(rows).toContain(promiseOf(3));
  });

  it('lists the latest reports of a much-repeated promise and links to all of them', async () => {
    const $ = await load(`${BASE}commitments/by/party-a/`);
    const row = $('#commitments tbody tr').filter((_, tr) => $(tr).find('td:nth-child(2)').text() === PAGING.repeated.what);
    expect(row.find('.reports li')).toHaveLength(10);
    const all = row.find('a').filter((_, a) => $(a).text() === `All ${PAGING.repeated.count} reports`);
    const reports = await load(all.attr('href')!);
    expect(reports('ol.events > li')).toHaveLength(PAGING.repeated.count);
    expect(reports('ol.events a').first().text()).toBe('Fictional statement 0');
  });
});

describe('dispute threads, paged', () => {
  it.each([
    ['disputes/', count(PAGING.statements).filter(inDefaultScope)],
    ['disputes/all/', count(PAGING.statements)],
  ])('lists every thread of /%s exactly once, 50 to a page', async (path, own) => {
    const { pages, rows } = await crawl(`${BASE}${path}`, threads);
    const parties = (i: number) => [PAGING.parties[i % PAGING.parties.length]!, `rival-${i}`].sort().join('--');
    const expected = [...own.map((i) => `${parties(i)}--${PAGING.issues[i % PAGING.issues.length]}`), PAGING.longThread.key];
    expect(rows.length).toBe(expected.length);
    expect(new Set(rows)).toEqual(new Set(expected));
    expect(pages.length).toBe(Math.ceil(expected.length / 50));
  });

  it('filters by party and by issue, each count the number of its threads', async () => {
    const $ = await load(`${BASE}disputes/`);
    const links = $('nav.filters li').map((_, li) => ({
      group: $(li).closest('[role="group"]').find('.filter-label').text(),
      label: $(li).find('a').text(),
      href: $(li).find('a').attr('href')!,
      count: Number($(li).find('.count').text().slice(1, -1)),
    })).get();
    expect(links.filter((l) => l.group === 'Issue').map((l) => l.label).sort()).toEqual([...PAGING.issues].sort());
    const parties = links.filter((l) => l.group === 'Party');
    expect(parties.map((l) => l.label)).toContain('long-rival');
    // The twelve parties with the most threads first; the other 200 behind a disclosure, open where it holds the
    // current one.
    const party = $('nav.filters [role="group"]').filter((_, g) => $(g).find('.filter-label').text() === 'Party');
    expect(party.children('ul').find('li')).toHaveLength(12);
    expect(party.find('details summary').text()).toBe(`${parties.length - 12} more`);
    expect(party.find('details').attr('open')).toBeUndefined();
    const rival = await load(`${BASE}disputes/party/rival-5/`);
    expect(rival('nav.filters details[open] a[aria-current="true"]').text()).toBe('rival-5');
    for (const link of links.filter((l) => l.group !== 'Party' || PAGING.parties.includes(l.label as never))) {
      const { rows } = await crawl(link.href, threads);
      expect(rows.length, link.label).toBe(link.count);
      expect(new Set(rows).size, link.label).toBe(link.count);
    }
  });

  it('shows the latest events of a long thread and pages all of them on its own page', async () => {
    const $ = await load(`${BASE}disputes/party/long-rival/`);
    const thread = $(`section#${PAGING.longThread.key}`);
    expect(thread.find('ol.events > li')).toHaveLength(10);
    const all = thread.find('a').filter((_, a) => $(a).text() === `all ${PAGING.longThread.count} events`);
    const events = await load(all.attr('href')!);
    expect(events('ol.events > li')).toHaveLength(PAGING.longThread.count);
    // Oldest first, each linking to its sentence.
    expect(events('ol.events > li a[href*="#dispute-2"]').first().text()).toBe('Fictional statement 0');
  });
});

describe('subject pages and links', () => {
  it("link a party's page to its commitments and dispute threads, with their counts", async () => {
    const $ = await load(`${BASE}actors/party-b/`);
    const links = $('.claim-pages a').map((_, a) => a.attribs.href).get();
    expect(links).toEqual([`${BASE}commitments/by/party-b/`, `${BASE}disputes/party/party-b/`]);
    const counts = $('.claim-pages .muted').map((_, s) => Number($(s).text().trim().slice(1, -1))).get();
    expect(counts).toEqual([(await crawl(links[0]!, promises)).rows.length, (await crawl(links[1]!, threads)).rows.length]);
  });

  it('has no broken link, nor a link to a missing #fragment, on any page', async () => {
    expect(await brokenLinks(join(work, 'dist'), BASE)).toEqual([]);
  });

  it.each(['commitments/2/', 'commitments/all/by/party-a/', `disputes/thread/${PAGING.longThread.key}/`, 'disputes/issue/scams/2/'])(
    'axe finds no serious or critical violations on /%s, page navigation and filters included',
    async (path) => {
      const page = await browser.newPage();
      await page.goto(`${site.origin}${BASE}${path}`);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
