// Builds the site once from fixture data (below a base path, as deployed), serves it on 127.0.0.1 and drives
// Debian's Chromium through it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { seriousA11yViolations } from '../helpers/axe.ts';
import { buildFixtureSite, FIXTURE_SITE } from '../helpers/build-site.ts';
import { serveStatic, type StaticSite } from './static-server.ts';
import { brokenLinks } from '../helpers/site-links.ts';
import { statementSchema } from '../../src/lib/schema.ts';

const { base: BASE, site: SITE } = FIXTURE_SITE;
// Fixture statements (ids are sha256 of their canonical URLs).
const LICENCE = '32fa1e632383e39a';
const GRANTED = '63bf7b80b2f6c1ad';
const HOSTILE = '64e2217a71ecec3d';
const CURATED = '6983cb55dc1e7597';
const COPY = 'c89e24892b3da338';
const OFF_TOPIC = '7d5a7636ef061569';

let work: string;
let out: string;
let site: StaticSite;
let browser: Browser;

/** Opens a page and records what a hostile payload would do: dialogs, requests to other hosts, script errors. */
async function open(path: string): Promise<{ page: Page; dialogs: string[]; foreignRequests: string[] }> {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const foreignRequests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== site.origin) foreignRequests.push(r.url());
  });
  await page.goto(`${site.origin}${BASE}${path}`, { waitUntil: 'load' });
  return { page, dialogs, foreignRequests };
}

beforeAll(async () => {
  work = await mkdtemp(resolve('tests/site/.build-'));
  out = join(work, 'dist');
  // Astro keeps its server build in ./.astro unless the output lies inside the project, and its content store in
  // the cache folder: both go to a temporary folder (removed afterwards).
  await buildFixtureSite(work);
  site = await serveStatic(out, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('home page', () => {
  it.each([
    ['a laptop', { width: 1280, height: 800 }],
    ['a phone', { width: 390, height: 844 }],
  ])('on %s, opens on the latest statements; commitments, disputes and charts follow; the sources are one line at the end', async (_, viewport) => {
    const page = await browser.newPage({ viewport });
    await page.goto(`${site.origin}${BASE}`);
    await expect(page.locator('main h2').allInnerTexts()).resolves.toEqual([
      'Latest statements', 'Commitments falling due', 'Active disputes', 'Statements over time',
    ]);
    // The first screen already shows a statement.
    const first = await page.locator('#latest-heading ~ ol a').first().boundingBox();
    expect(first!.y + first!.height).toBeLessThanOrEqual(viewport.height);
    await expect(page.locator('main canvas').count()).resolves.toBe(2);
    // How the sources did: one line after everything else, naming no source and no error.
    const line = page.locator('main .sources-line');
    await expect(line.innerText()).resolves.toBe('1 of 2 sources read in the last run (31 May 2025) · details');
    const last = await page.evaluate(() => document.querySelector('main')!.lastElementChild!.className);
    expect(last).toBe('sources-line');
    const main = await page.locator('main').innerText();
    expect(main).not.toMatch(/Fictional Ministry press releases|timeout after 30 s|need attention/);
    await line.getByRole('link', { name: 'details' }).click();
    await expect(page.locator('#source-fictional-ministry').innerText()).resolves.toContain('timeout after 30 s fetching https://ministry.example/news');
    await page.close();
  });

  it('lists the commitments lately fulfilled or broken, with what showed it', async () => {
    const { page } = await open('');
    const settled = page.locator('#settled-heading + ol li');
    await expect(settled.allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^TikTok committed to apply for a licence before February\s+Fulfilled 10 February 2025 · what showed it · the promise$/),
    ]);
    await expect(settled.getByRole('link', { name: 'what showed it' }).getAttribute('href')).resolves.toBe(`/pantau/statements/${GRANTED}/`);
    await expect(settled.getByRole('link', { name: 'the promise' }).getAttribute('href')).resolves.toBe(`/pantau/statements/${LICENCE}/#commitment-1`);
    await page.close();
  });
});

describe('statement permalink', () => {
  it('shows the text, the corrected tags and the original link', async () => {
    const { page } = await open(`statements/${LICENCE}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Fictional minister sets licence deadline for platforms');
    await expect(page.locator('.text').textContent()).resolves.toContain('every large platform must hold a licence');
    await expect(page.locator('a.original').getAttribute('href')).resolves.toBe(
      'https://news.example/2025/01/licence-deadline?utm_source=feed',
    );
    await expect(page.locator('time').first().textContent()).resolves.toBe('15 January 2025, 10:30 UTC+08:00');
    // The correction removed WeChat and added child safety; tags link to their pages below the base path.
    const tags = await page.locator('.tags a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(tags).toContainEqual(['TikTok', '/pantau/platforms/tiktok/']);
    expect(tags).toContainEqual(['child-safety', '/pantau/issues/child-safety/']);
    expect(tags.map(([t]) => t)).not.toContain('WeChat');
    await expect(page.locator('.tag-people').innerText()).resolves.toContain('Fictional Minister (Minister of Communications)');
    // Commitment and dispute sentences are marked in the text.
    await expect(page.locator('.text mark.commitment').textContent()).resolves.toContain('TikTok agreed to apply for a licence');
    await expect(page.locator('.text mark.dispute').textContent()).resolves.toContain('X criticised the licensing rules');
    // The outcome record makes the commitment fulfilled, with the evidence statement linked.
    await expect(page.locator('#commitment-1 .status').textContent()).resolves.toBe('Fulfilled');
    await expect(page.locator(`#commitment-1 a[href="/pantau/statements/${GRANTED}/"]`).count()).resolves.toBe(1);
    // Version history shows what changed; the syndicated copy is listed with its headline change.
    await expect(page.locator('.versions ins').first().textContent()).resolves.toContain('Fictional minister');
    await expect(page.locator(`.copies a[href="/pantau/statements/${COPY}/"]`).textContent()).resolves.toBe('Fictional Wire');
    await page.locator('.copies summary').click();
    await expect(page.locator('.copies details ins').allTextContents()).resolves.toEqual(['added: (Jan 15) ']);
    await page.goto(`${site.origin}${BASE}statements/${COPY}/`);
    await expect(page.locator('.copies li').innerText()).resolves.toMatch(/^Fictional News \(origin\), 15 January 2025/);

    await page.close();
  });

  it('shows a curated event as a summary by Pantau with a link to the original, never as the source text', async () => {
    const { page } = await open(`statements/${CURATED}/`);
    const heading = page.locator('#summary-heading');
    expect((await heading.innerText()).trim()).toBe('Summary by Pantau — read the original');
    await expect(heading.locator('a').getAttribute('href')).resolves.toBe('https://gov.example/2024/08/telegram');
    await expect(page.locator('.text').count()).resolves.toBe(0);
    await expect(page.locator('.summary').textContent()).resolves.toContain('had not answered its letters');
    await page.close();
  });

  it('offers the record as JSON, exactly as stored', async () => {
    const stored = JSON.parse(await readFile(join(FIXTURE_SITE.dir, 'data/statements/2025/01', `${LICENCE}.json`), 'utf8'));
    const response = await fetch(`${site.origin}${BASE}statements/${LICENCE}.json`);
    // Validated on the way in, so defaults the file leaves out are filled in.
    expect(await response.json()).toEqual(statementSchema.parse(stored));
  });

  it('copies a citation with the permalink and the access date', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.origin}${BASE}statements/${LICENCE}/`);
    await page.locator('#citation').click();
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`${SITE}${BASE}statements/${LICENCE}/`);
    expect(copied).toContain('"Fictional minister sets licence deadline for platforms". Fictional News, 15 January 2025, 10:30 UTC+08:00.');
    expect(copied).toContain('(accessed 1 June 2025)');
    await context.close();
  });

  it('marks a page removed at source', async () => {
    const { page } = await open('platforms/meta/');
    await page.getByRole('link', { name: 'Meta pledges faster takedowns' }).first().click();
    await expect(page.locator('.notice-warn').textContent()).resolves.toContain('Removed at source.');
    await page.close();
  });

  it('keeps a statement judged off-topic at its permalink but out of the lists and the feed', async () => {
    const { page } = await open(`statements/${OFF_TOPIC}/`);
    await expect(page.locator('.notice').innerText()).resolves.toContain('not to be about governing online platforms');
    await page.goto(`${site.origin}${BASE}`);
    await expect(page.locator(`a[href*="${OFF_TOPIC}"]`).count()).resolves.toBe(0);
    const feed = await (await fetch(`${site.origin}${BASE}rss.xml`)).text();
    expect(feed).toContain(LICENCE);
    expect(feed).not.toContain(OFF_TOPIC);
    await page.close();
  });
});

describe('hostile statement', () => {
  const pages = [`statements/${HOSTILE}/`, '', 'commitments/', 'commitments/all/', 'commitments/by/meta/', 'disputes/', 'disputes/party/meta/', 'platforms/meta/', 'issues/scams/', 'people/someone/'];

  it.each(pages)('runs nothing and requests nothing from another host on /%s', async (path) => {
    const { page, dialogs, foreignRequests } = await open(path);
    // Give any injected handler (onerror, onload) the chance to fire; hover the speakers for onmouseover.
    await page.mouse.move(200, 300);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(foreignRequests).toEqual([]);
    const injected = await page.evaluate(() => ({
      elements: document.querySelectorAll('main img, main iframe, main svg, main style, main b, main object').length,
      // The site's own scripts are bundles from /pantau/_astro/ or small inline modules; a payload is neither.
      scripts: [...document.scripts].filter((s) =>
        s.src ? !new URL(s.src).pathname.startsWith('/pantau/_astro/') : s.type !== 'module' || /alert/.test(s.text),
      ).length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
      jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
      hidden: getComputedStyle(document.body).display,
    }));
    expect(injected).toEqual({ elements: 0, scripts: 0, handlers: 0, jsLinks: 0, hidden: 'block' });
    await page.close();
  });

  it('keeps the payloads readable as text', async () => {
    const { page } = await open(`statements/${HOSTILE}/`);
    await expect(page.locator('h1').textContent()).resolves.toBe(
      '<script>alert("title")</script>Hostile <img src=x onerror=alert("title-img")> headline',
    );
    const text = await page.locator('.text').innerText();
    expect(text).toContain('Readable first paragraph <script>alert("text")</script> stays text.');
    expect(text).toContain('<a href="javascript:alert(\'link\')">click me</a>');
    await expect(page.locator('.facts').innerText()).resolves.toContain('<svg onload=alert("outlet")>Evil Outlet');
    await page.close();
  });
});

describe('timelines', () => {
  it('follows a commitment on a platform page to the sentence on its statement page', async () => {
    const { page } = await open('platforms/tiktok/');
    await expect(page.locator('canvas[data-chart]').count()).resolves.toBe(1);
    const event = page.locator('.event-commitment .event-link').first();
    await expect(event.textContent()).resolves.toBe('Fictional minister sets licence deadline for platforms');
    await event.click();
    await page.waitForURL(`**/statements/${LICENCE}/#commitment-1`);
    await expect(page.locator('#commitment-1').isVisible()).resolves.toBe(true);
    await expect(page.locator('#commitment-1').textContent()).resolves.toContain('committed to apply for a licence');
    await page.close();
  });

  it('groups dispute threads by parties and issue, oldest first', async () => {
    const { page } = await open('disputes/');
    const thread = page.locator('section.thread', { hasText: 'Telegram over Licensing' });
    const days = await thread.locator('time').allTextContents();
    expect(days).toEqual(['1 August 2024', '10 December 2024']);
    await page.close();
  });
});

describe('commitments tracker', () => {
  it('filters by status and by who on pages of their own, without JavaScript, each count its rows', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${BASE}commitments/`);
    const rows = page.locator('#commitments tbody tr');
    await expect(rows.count()).resolves.toBe(4);
    const filters = page.getByRole('navigation', { name: 'Filter commitments' });
    await expect(filters.getByRole('group', { name: 'Status' }).innerText()).resolves.toBe('Status\nOpen (1)\nDue soon (1)\nPast due (1)\nFulfilled (1)');
    await filters.getByRole('link', { name: 'Due soon' }).click();
    await page.waitForURL('**/commitments/status/due-soon/');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('investigate scam advertising');
    await expect(filters.locator('a[aria-current="true"]').textContent()).resolves.toBe('Due soon');
    await filters.getByRole('link', { name: 'Meta' }).click();
    await page.waitForURL('**/commitments/by/meta/');
    await expect(rows.count()).resolves.toBe(2);
    await expect(page.locator('h1').textContent()).resolves.toBe('Commitments tracker: Meta');
    await expect(page.locator('.lede').innerText()).resolves.toMatch(/^2 commitments by Meta, the most recently reported first/);
    // Four commitments fit on one page: no page navigation.
    await expect(page.locator('nav.pager').count()).resolves.toBe(0);
    await context.close();
  });

  it('ships no script, and a link shows every claim, the unchecked ones marked', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${BASE}commitments/`);
    await expect(page.locator('#commitments tbody tr').count()).resolves.toBe(4);
    await expect(page.locator('script').count()).resolves.toBe(0);
    // The transparency report was found with confidence 0.4 and nobody checked it: left out by default.
    await expect(page.locator('#commitments').textContent()).resolves.not.toContain('publish a transparency report');
    await page.getByRole('link', { name: 'Show all 5 commitments' }).click();
    await page.waitForURL('**/commitments/all/');
    await expect(page.locator('#commitments tbody tr').count()).resolves.toBe(5);
    const low = page.locator('#commitments tbody tr', { hasText: 'publish a transparency report' });
    await expect(low.locator('.review').textContent()).resolves.toBe('Machine-found, not checked by an editor');
    await expect(low.textContent()).resolves.toContain('confidence 0.40, below the 0.70 shown by default');
    // A checked claim says so, and is never marked as machine-found.
    const checked = page.locator('#commitments tbody tr', { hasText: 'apply for a licence' });
    await expect(checked.locator('.review').textContent()).resolves.toBe('Confirmed by an editor');
    await page.getByRole('link', { name: /Show only checked and high-confidence commitments/ }).click();
    await page.waitForURL(/\/commitments\/$/);
    await context.close();
  });

  it('shows a commitment reported by a wire story and its copy once, linking to the sentence in each', async () => {
    const { page } = await open('commitments/');
    const tiktok = page.locator('#commitments tbody tr', { hasText: 'apply for a licence before February' });
    await expect(tiktok.count()).resolves.toBe(1);
    const reports = await tiktok.locator('.reports a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(reports).toEqual([`/pantau/statements/${LICENCE}/#commitment-1`, `/pantau/statements/${COPY}/#commitment-1`]);
    await tiktok.locator('.reports a').nth(1).click();
    await page.waitForURL(`**/statements/${COPY}/#commitment-1`);
    await expect(page.locator('#commitment-1').textContent()).resolves.toContain('committed to apply for a licence before February');
    await page.close();
  });
});

describe('claims on a statement page', () => {
  it('shows each quote with its speaker and office that day, and each claim with who reported it and whether anyone checked it', async () => {
    const { page } = await open(`statements/${LICENCE}/`);
    const quote = page.locator('#quote-1');
    await expect(quote.locator('blockquote').textContent()).resolves.toBe('every large platform must hold a licence');
    await expect(quote.innerText()).resolves.toContain('Fictional Minister, Minister of Communications');
    await expect(quote.locator('a').first().getAttribute('href')).resolves.toBe('/pantau/people/fictional-minister/');
    const commitment = page.locator('#commitment-1');
    await expect(commitment.locator('.reported-by').innerText()).resolves.toBe('Reported by Fictional Minister, Minister of Communications.');
    await expect(commitment.locator('.review').textContent()).resolves.toBe('Confirmed by an editor');
    await expect(commitment.locator('.confidence').count()).resolves.toBe(0);
    const dispute = page.locator('#dispute-1');
    await expect(dispute.locator('.review').textContent()).resolves.toBe('Machine-found, not checked by an editor');
    await expect(dispute.locator('.confidence').textContent()).resolves.toBe('confidence 0.80');
    // The unchecked claim looks unfinished: a dashed edge, unlike the checked one.
    const edge = (l: typeof dispute) => l.evaluate((el) => getComputedStyle(el).borderLeftStyle);
    await expect(edge(dispute)).resolves.toBe('dashed');
    await expect(edge(commitment)).resolves.toBe('solid');
    await page.close();
  });
});

describe('person page', () => {
  it("lists a person's dated offices and quotes, each quote linking to its sentence with the office held that day", async () => {
    const { page } = await open('people/');
    await page.getByRole('link', { name: 'Fictional Minister' }).click();
    await page.waitForURL('**/people/fictional-minister/');
    const offices = await page.locator('.offices li').allInnerTexts();
    expect(offices.map((o) => o.replace(/\s+/g, ' ').trim())).toEqual([
      'Deputy Minister of Communications, Ministry of Communications (fictional fixture): from 10 December 2022 to 12 December 2023. Source',
      'Minister of Communications, Ministry of Communications (fictional fixture): from 12 December 2023, no end found. Source',
    ]);
    const quote = page.locator('.event-quote').first();
    await expect(quote.innerText()).resolves.toContain('15 January 2025, as Minister of Communications');
    await quote.getByRole('link', { name: 'Fictional minister sets licence deadline for platforms' }).click();
    await page.waitForURL(`**/statements/${LICENCE}/#quote-1`);
    await expect(page.locator('#quote-1').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('answers "what did the minister say about TikTok since 2025" with a link to the search, its filters in the URL', async () => {
    const { page } = await open('people/fictional-minister/');
    const link = page.locator('section', { has: page.locator('#find-heading') }).getByRole('link', { name: 'TikTok', exact: true });
    const href = new URL((await link.getAttribute('href'))!, site.origin);
    expect(href.pathname).toBe('/pantau/search/');
    expect(Object.fromEntries(href.searchParams)).toEqual({ speaker: 'fictional-minister', sort: 'date', platform: 'tiktok' });
    const results = () => page.locator('.search-results ol h3').allInnerTexts();
    await link.click();
    await expect.poll(results, { timeout: 15_000 }).toEqual(['Fictional minister sets licence deadline for platforms']);
    await page.goto(`${site.origin}${BASE}people/fictional-minister/`);
    await page.getByRole('link', { name: '2025' }).click();
    await page.waitForURL(/from=2025-01-01/);
    await expect.poll(results, { timeout: 15_000 }).toEqual(['Fictional minister sets licence deadline for platforms']);
    await page.close();
  });

  it('says when no source gave the dates of an office', async () => {
    const { page } = await open('people/fictional-regulator-chair/');
    await expect(page.locator('.offices li').innerText()).resolves.toMatch(/^Chair of the regulator, MCMC: start not found\./);
    await page.close();
  });
});

describe('dispute threads and timelines by confidence', () => {
  it('leave out low-confidence machine-found disputes by default and show them behind a link', async () => {
    const { page } = await open('disputes/');
    await expect(page.locator('section.thread').count()).resolves.toBe(3);
    await expect(page.locator('main').textContent()).resolves.not.toContain('Telegram menolak');
    await page.getByRole('link', { name: 'Show all 4 threads' }).click();
    await page.waitForURL('**/disputes/all/');
    await expect(page.locator('section.thread').count()).resolves.toBe(4);
    await expect(page.locator('section.thread', { hasText: 'Telegram menolak' }).locator('.review').textContent()).resolves.toBe(
      'Machine-found, not checked by an editor',
    );
    await page.close();
  });

  it('leave them out of a subject timeline and its counts, behind a disclosure that works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}${BASE}platforms/meta/`);
    await expect(page.locator('.lede').innerText()).resolves.toContain('3 commitments and 2 disputes involving it');
    await expect(page.locator('#timeline-heading ~ ol.events').textContent()).resolves.not.toContain('transparency report');
    await expect(page.locator('details.more-claims .event').isVisible()).resolves.toBe(false);
    await page.locator('details.more-claims summary').click();
    await expect(page.locator('details.more-claims .event').innerText()).resolves.toContain('publish a transparency report');
    await context.close();
  });
});

describe('accessibility and weight', () => {
  it.each(['', `statements/${LICENCE}/`, `statements/${CURATED}/`, 'commitments/', 'commitments/all/', 'commitments/by/meta/', 'disputes/', 'disputes/all/', 'disputes/issue/licensing/', 'platforms/tiktok/', 'platforms/meta/', 'people/', 'people/fictional-minister/', 'people/fictional-regulator-chair/', 'sources/', 'data/', 'about/'])(
    'axe finds no serious or critical violations on /%s',
    async (path) => {
      const { page } = await open(path);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it('ships no script on statement pages, nor on a subject page without a chart', async () => {
    const ids = (await readdir(join(out, 'statements'), { withFileTypes: true })).filter((d) => d.isDirectory());
    expect(ids.length).toBe(10);
    const scripts = async (file: string) => cheerio.load(await readFile(join(out, file), 'utf8'))('script').length;
    for (const dir of ids) expect(await scripts(`statements/${dir.name}/index.html`), dir.name).toBe(0);
    expect(await scripts('people/fictional-minister/index.html')).toBe(0);
    // WeChat is in the taxonomy but no statement keeps the tag after the correction.
    expect(await scripts('platforms/wechat/index.html')).toBe(0);
    expect(await scripts('platforms/tiktok/index.html')).toBe(1);
  });
});

describe('links', () => {
  it('has no broken link, nor a link to a missing #fragment, on any page', async () => {
    expect(await brokenLinks(out, BASE)).toEqual([]);
  });
});

describe('data downloads and feeds', () => {
  it('serves the dataset as JSON and CSV, and RSS per platform', async () => {
    const all = (await (await fetch(`${site.origin}${BASE}data/statements.json`)).json()) as { id: string }[];
    expect(all.map((s) => s.id)).toContain(HOSTILE);
    expect(all).toHaveLength(10);
    expect(all.map((s) => s.id)).toContain(OFF_TOPIC);
    const csv = await (await fetch(`${site.origin}${BASE}data/commitments.csv`)).text();
    expect(csv.split('\n')[0]).toBe('statementId,said,by,what,due,status,evidence,foundBy,outcomeEvidenceStatementId,review,confidence,speaker');
    expect(csv).toContain(`${LICENCE},2025-01-15,tiktok,apply for a licence before February,2025-02-01,fulfilled,`);
    const feed = await (await fetch(`${site.origin}${BASE}platforms/tiktok/rss.xml`)).text();
    expect(feed).toContain(`<link>${SITE}${BASE}statements/${GRANTED}/</link>`);
    expect(feed).not.toContain(HOSTILE);
  });
});
