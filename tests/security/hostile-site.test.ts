// Hostile content scraped from the wild cannot run in Pantau's site. feedparser's 745 sanitising cases go through the
// real `scrape` command (served as RSS from 127.0.0.1), hand-written payloads fill every other field, the site is
// built once from that store, and Debian's Chromium visits every statement page and every other page type.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticSite } from '../site/static-server.ts';
import { scrapeCli } from '../pipeline/cli.ts';
import { readStatements, writeStatement } from '../../scrapers/store/statements.ts';
import { stableJson } from '../../scrapers/store/files.ts';
import { statementSchema, type Statement } from '../../src/lib/schema.ts';
import { healthSchema, runReportSchema } from '../../src/lib/records.ts';
import { sourceSchema } from '../../src/lib/sources.ts';
import { buildSite } from '../helpers/build-site.ts';
import {
  PWNED,
  handWrittenStatements,
  hostileSource,
  readSanitizeCases,
  sanitizeFeeds,
  serveDocuments,
  type SanitizeCase,
} from './hostile-data.ts';

const BASE = '/pantau/';
const TAXONOMY = resolve('tests/fixtures/site-data/data/taxonomy');

let work: string;
let dataDir: string;
let out: string;
let site: StaticSite;
let browser: Browser;
let cases: SanitizeCase[];
let statements: Statement[];
let fromHtml: Statement[];
let fromText: Statement[];
let hand: ReturnType<typeof handWrittenStatements>;

/** The store a nightly run would leave after reading the hostile feeds, plus hand-written hostile records. */
async function buildStore(sourcesDir: string): Promise<void> {
  const feeds = sanitizeFeeds(cases);
  const server = await serveDocuments({ '/as-html.xml': feeds.asHtml, '/as-text.xml': feeds.asText });
  try {
    await mkdir(sourcesDir, { recursive: true });
    // A third, disabled (never fetched), declares an http(s) address with quotes and markup in it for the sources page.
    const declared = [
      hostileSource('hostile-as-html', `${server.origin}/as-html.xml`),
      hostileSource('hostile-as-text', `${server.origin}/as-text.xml`),
      { ...hostileSource('hostile-declared', `https://hostile.example/feed.xml?a="><script>${PWNED}</script>&b='onmouseover='${PWNED}`), enabled: false },
    ];
    for (const source of declared) await writeFile(join(sourcesDir, `${source.id}.json`), stableJson(sourceSchema.parse(source)));
    // No taxonomy yet, so no tagger: the keyword filter alone decides, and these sources declare none, so every item
    // with text is kept rather than dropped as off-topic.
    const run = await scrapeCli(['--sources', sourcesDir, '--data', dataDir]);
    if (run.code !== 0) throw new Error(`scrape failed (${run.code}): ${run.stderr.slice(-2000)}`);
  } finally {
    await server.close();
  }
  await cp(TAXONOMY, join(dataDir, 'taxonomy'), { recursive: true });
  for (const s of hand.statements) await writeStatement(join(dataDir, 'statements'), s);
  const [everything, removed, , copy] = hand.statements;
  await mkdir(join(dataDir, 'outcomes'), { recursive: true });
  await writeFile(
    join(dataDir, 'outcomes', 'hostile.json'),
    stableJson({
      statementId: everything!.id, by: 'meta', what: everything!.tags!.commitments[0]!.what, status: 'broken',
      evidenceStatementId: removed!.id, note: `Broken "><script>${PWNED}</script>`,
    }),
  );
  await mkdir(join(dataDir, 'corrections'), { recursive: true });
  await writeFile(
    join(dataDir, 'corrections', `${copy!.id}.json`),
    stableJson({ statementId: copy!.id, add: { issues: ['scams'] }, remove: {}, note: `<img src=x onerror=${PWNED}>`, reviewedOn: '2026-01-04T00:00:00Z' }),
  );
  // Error texts quote what sources sent: the run report and source health carry payloads too.
  const report = runReportSchema.parse(JSON.parse(await readFile(join(dataDir, 'runs', 'latest.json'), 'utf8')));
  report.sources[0]!.error = `1 item(s) failed, first: "><img src=x onerror=${PWNED}>`;
  await writeFile(join(dataDir, 'runs', 'latest.json'), stableJson(report));
  const health = healthSchema.parse(JSON.parse(await readFile(join(dataDir, 'health.json'), 'utf8')));
  for (const entry of Object.values(health)) entry.lastError = `<script>${PWNED}</script> javascript:${PWNED}`;
  await writeFile(join(dataDir, 'health.json'), stableJson(health));
}

beforeAll(async () => {
  cases = await readSanitizeCases();
  hand = handWrittenStatements();
  // Inside the project: Astro keeps its server build in ./.astro otherwise, shared with other builds.
  work = await mkdtemp(resolve('tests/security/.build-'));
  dataDir = join(work, 'data');
  out = join(work, 'dist');
  const sourcesDir = join(work, 'sources');
  await buildStore(sourcesDir);
  statements = await readStatements(join(dataDir, 'statements'));
  fromHtml = statements.filter((s) => s.sourceId === 'hostile-as-html' && s.url.includes('/sanitize/'));
  fromText = statements.filter((s) => s.sourceId === 'hostile-as-text');
  await buildSite({
    PANTAU_DATA: dataDir,
    PANTAU_SOURCES: sourcesDir,
    PANTAU_OUT: out,
    PANTAU_CACHE: join(work, 'cache'),
    PANTAU_BASE: BASE,
    PANTAU_SITE: 'https://pantau.example',
    PANTAU_TODAY: '2026-06-01',
  });
  site = await serveStatic(out, BASE);
  browser = await launchChromium();
}, 1_200_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('the hostile store', () => {
  it('holds a statement for every sanitising case whose payload is text, with the characters kept', () => {
    expect(cases).toHaveLength(745);
    // Every case's payload, sent as literal characters, is stored as those characters.
    expect(fromText).toHaveLength(745);
    const byUrl = new Map(fromText.map((s) => [s.url, s]));
    for (const c of cases) {
      const s = byUrl.get(`https://hostile.example/sanitize-text/${c.name}`);
      expect(s?.title, c.name).toBe(collapse(c.markup));
    }
    // Sent as live HTML, a payload is reduced to its text (which may itself spell out markup, when the case escaped
    // it twice); cases with no words in them store nothing.
    expect(fromHtml.length).toBeGreaterThan(100);
    expect(fromHtml.length).toBeLessThan(745);
  });
});

/** Everything a page must not contain, read from the built HTML. */
function htmlProblems(html: string, allowScripts: boolean): string[] {
  const $ = cheerio.load(html);
  const problems: string[] = [];
  $('*').each((_, el) => {
    for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}))
      if (/^on/i.test(name)) problems.push(`<${(el as { tagName: string }).tagName} ${name}>`);
  });
  $('script').each((_, el) => {
    const script = $(el);
    if (!allowScripts) problems.push(`<script> ${script.attr('src') ?? script.text().slice(0, 80)}`);
    else if (script.attr('src') && !script.attr('src')!.startsWith(BASE)) problems.push(`foreign script ${script.attr('src')}`);
    else if (/pwned|alert\(|Executed/.test(script.text())) problems.push(`hostile inline script ${script.text().slice(0, 80)}`);
  });
  $('[href], [src], [action], [formaction], [data], [poster], [background]').each((_, el) => {
    for (const attr of ['href', 'src', 'action', 'formaction', 'data', 'poster', 'background']) {
      const value = $(el).attr(attr);
      if (value !== undefined && /^\s*(?:javascript|vbscript|data:text)/i.test(value)) problems.push(`${attr}="${value.slice(0, 80)}"`);
    }
  });
  $('iframe, frame, object, embed, applet, img, svg, math, base, meta[http-equiv], video, audio, feed, entry').each((_, el) => {
    problems.push(`<${(el as { tagName: string }).tagName}>`);
  });
  return problems;
}

describe('the built HTML of every statement page', () => {
  it('has no script, no event-handler attribute, no javascript: address, no injected element', async () => {
    expect(statements.length).toBeGreaterThanOrEqual(745 + 100 + hand.statements.length);
    const problems: string[] = [];
    for (const s of statements) {
      const html = await readFile(join(out, 'statements', s.id, 'index.html'), 'utf8');
      for (const p of htmlProblems(html, false)) problems.push(`${s.id}: ${p}`);
      const $ = cheerio.load(html);
      // Read as text, the title is exactly what the source sent: escaped, not dropped.
      if (collapse($('h1').text()) !== collapse(s.title)) problems.push(`${s.id}: h1 reads ${JSON.stringify($('h1').text().slice(0, 80))}`);
      if (collapse($('title').text()) !== `${collapse(s.title)} · Pantau`) problems.push(`${s.id}: <title> reads ${JSON.stringify($('title').text().slice(0, 80))}`);
      // The text as a reader sees it: without the screen-reader labels of highlights, paragraphs apart.
      const body = $(s.origin === 'curated' ? '.summary' : '.text');
      body.find('.visually-hidden, h2').remove();
      body.find('p, li, blockquote').append(' ');
      const shown = collapse(body.text());
      const stored = collapse(s.origin === 'curated' ? s.summary!.text : s.text);
      if (!shown.includes(stored)) problems.push(`${s.id}: the text is not shown as stored`);
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('keeps the record as JSON exactly as stored, whatever it holds, in the permalink and the download', async () => {
    for (const s of hand.statements) {
      const json = JSON.parse(await readFile(join(out, 'statements', `${s.id}.json`), 'utf8'));
      expect(json).toEqual(statementSchema.parse(s));
    }
    const download = await readFile(join(out, 'data', 'statements.json'), 'utf8');
    for (const s of hand.statements) expect(download).toContain(JSON.stringify(s.title));
  });
});

/** Every RSS feed the site built: all statements, and one per platform and per issue. */
async function builtFeeds(): Promise<string[]> {
  const files = ['rss.xml'];
  for (const kind of ['platforms', 'issues'])
    for (const id of await readdir(join(out, kind), { withFileTypes: true }))
      if (id.isDirectory()) files.push(join(kind, id.name, 'rss.xml'));
  return files;
}

describe('the RSS feeds', () => {
  it('keep every item whole: one title, link and description each, the title exactly as stored', async () => {
    const byPath = new Map(statements.map((s) => [`${BASE}statements/${s.id}/`, s]));
    let items = 0;
    for (const file of await builtFeeds()) {
      const $ = cheerio.load(await readFile(join(out, file), 'utf8'), { xml: true });
      $('item').each((_, el) => {
        items++;
        const item = $(el);
        expect(['title', 'link', 'description'].map((name) => item.children(name).length), file).toEqual([1, 1, 1]);
        const s = byPath.get(new URL(item.children('link').text()).pathname);
        expect(item.children('title').text(), file).toBe(s?.title);
      });
    }
    expect(items).toBeGreaterThan(0);
  });

  it('carry scraped text in descriptions that a feed reader shows as text, not as elements', async () => {
    // RSS 2.0 allows entity-encoded HTML in an item's description and readers render it as HTML, so the XML must
    // hold the text HTML-escaped, or a reader gets the scraped <img onerror>, <script> and <a href="javascript:"> as
    // markup. (A title is plain text by the spec, so it is escaped once, for XML only; checked above.)
    const found = new Map<string, { items: number; elements: Set<string> }>();
    for (const file of await builtFeeds()) {
      const $ = cheerio.load(await readFile(join(out, file), 'utf8'), { xml: true });
      $('item > description').each((_, el) => {
        const html = cheerio.load($(el).text(), null, false);
        const elements = html('*').toArray().map((e) => (e as { tagName: string }).tagName);
        if (elements.length === 0) return;
        const entry = found.get(file) ?? { items: 0, elements: new Set<string>() };
        entry.items++;
        for (const name of elements) entry.elements.add(name);
        found.set(file, entry);
      });
    }
    const problems = [...found].map(([file, f]) => `${file}: ${f.items} description(s) read as HTML with <${[...f.elements].slice(0, 8).join('>, <')}>`);
    expect(problems).toEqual([]);
  });
});

interface Visit {
  dialogs: string[];
  foreignRequests: string[];
  errors: string[];
}

/** One page for every visit; what hostile code would do is recorded against the page being visited. */
async function watchedPage(): Promise<{ page: Page; visit: Visit }> {
  const page = await browser.newPage();
  const visit: Visit = { dialogs: [], foreignRequests: [], errors: [] };
  page.on('dialog', (d) => {
    visit.dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== site.origin) visit.foreignRequests.push(`${page.url()}: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') visit.errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => visit.errors.push(`${page.url()}: ${e.message}`));
  return { page, visit };
}

/** What the data managed to do to the live DOM. */
function domProblems(page: Page, title: string | null = null): Promise<string[]> {
  return page.evaluate((title) => {
    const problems: string[] = [];
    const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
    if (title !== null && h1 !== title.replace(/\s+/g, ' ').trim()) problems.push(`h1 reads ${JSON.stringify(h1?.slice(0, 80))}`);
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) problems.push('window.__pwned was set');
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) if (/^on/i.test(attr.name)) problems.push(`<${el.localName} ${attr.name}>`);
      // An element HTML does not know (<feed>, <entry>, <blink>…) can only have come from the data.
      if (el instanceof HTMLUnknownElement) problems.push(`unknown element <${el.localName}>`);
    }
    for (const el of document.querySelectorAll('iframe, frame, object, embed, applet, img, svg, math, base, meta[http-equiv], video, audio'))
      problems.push(`<${el.localName}>`);
    for (const a of document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')) {
      const raw = a.getAttribute('href')!;
      if (!raw.startsWith('#') && !['http:', 'https:', 'mailto:'].includes(a.protocol)) problems.push(`href ${raw.slice(0, 80)}`);
    }
    for (const s of document.scripts)
      if ((s.src && new URL(s.src).origin !== location.origin) || /pwned|alert\(|Executed/.test(s.text)) problems.push(`script ${s.src || s.text.slice(0, 80)}`);
    return problems;
  }, title);
}

describe('in Chromium', () => {
  it('nothing runs, loads or is injected on the statement pages, and the hostile text reads as text', async () => {
    // Statement pages ship no JavaScript, and every one was read above without a browser; Chromium visits every
    // hand-written one, every case whose payload arrived as live HTML, and every third case sent as text.
    const sample = statements.filter((s, i) => s.sourceId !== 'hostile-as-text' || i % 3 === 0);
    expect(sample.length).toBeGreaterThan(500);
    const { page, visit } = await watchedPage();
    const problems: string[] = [];
    for (const s of sample) {
      await page.goto(`${site.origin}${BASE}statements/${s.id}/`, { waitUntil: 'load' });
      for (const p of await domProblems(page, s.title)) problems.push(`${s.id}: ${p}`);
    }
    await page.close();
    expect({ problems, ...visit }).toEqual({ problems: [], dialogs: [], foreignRequests: [], errors: [] });
  }, 900_000);

  it('shows the payload characters literally where the title had them', async () => {
    const { page, visit } = await watchedPage();
    const [everything] = hand.statements;
    await page.goto(`${site.origin}${BASE}statements/${everything!.id}/`, { waitUntil: 'load' });
    await expect(page.locator('h1').textContent()).resolves.toContain(`<script>${PWNED}</script>`);
    await expect(page.locator('.text').textContent()).resolves.toContain(`<img src=x onerror="${PWNED}">`);
    // The commitment evidence is highlighted in the text, and still as characters.
    await expect(page.locator('.text mark.commitment').first().textContent()).resolves.toContain(`<img src=x onerror="${PWNED}">`);
    // The original link stays one http(s) address; its quotes did not end the attribute.
    const href = await page.locator('a.original').getAttribute('href');
    expect(new URL(href!).origin).toBe('https://hostile.example');
    expect(await page.locator('a.original').count()).toBe(1);
    await page.close();
    expect(visit).toEqual({ dialogs: [], foreignRequests: [], errors: [] });
  });

  it('nothing runs on the home, subject, tracker, sources and data pages', async () => {
    const { page, visit } = await watchedPage();
    const problems: string[] = [];
    const pages = ['', 'platforms/meta/', 'platforms/tiktok/', 'actors/mcmc/', 'issues/licensing/', 'issues/scams/', 'platforms/',
      'commitments/', 'disputes/', 'sources/', 'data/', 'about/'];
    for (const path of pages) {
      const response = await page.goto(`${site.origin}${BASE}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status(), path).toBe(200);
      for (const p of await domProblems(page)) problems.push(`/${path}: ${p}`);
    }
    // The hostile titles are listed there as text.
    await page.goto(`${site.origin}${BASE}platforms/meta/`, { waitUntil: 'networkidle' });
    await expect(page.locator('main').textContent()).resolves.toContain(`<script>${PWNED}</script>`);
    await page.goto(`${site.origin}${BASE}commitments/`, { waitUntil: 'networkidle' });
    await expect(page.locator('main').textContent()).resolves.toContain(`onerror=${PWNED}>`);
    // The declared address with quotes in it is one link, to its own host.
    await page.goto(`${site.origin}${BASE}sources/`, { waitUntil: 'networkidle' });
    const declared = await page.locator('a[href^="https://hostile.example/feed.xml"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).host));
    expect(declared).toEqual(['hostile.example']);
    await page.close();
    expect({ problems, ...visit }).toEqual({ problems: [], dialogs: [], foreignRequests: [], errors: [] });
  }, 600_000);

  it('nothing runs in search results for hostile words, and the results show them as text', async () => {
    const { page, visit } = await watchedPage();
    const problems: string[] = [];
    for (const q of ['onerror', 'script', 'javascript', 'iframe', 'alert']) {
      await page.goto(`${site.origin}${BASE}search/?q=${q}`, { waitUntil: 'networkidle' });
      // Results are rendered (the island ran) before the page is checked.
      await page.locator('.search-results li').first().waitFor();
      for (const p of await domProblems(page)) problems.push(`q=${q}: ${p}`);
    }
    await page.goto(`${site.origin}${BASE}search/?q=onerror`, { waitUntil: 'networkidle' });
    await page.locator('.search-results li').first().waitFor();
    await expect(page.locator('.search-results').textContent()).resolves.toContain('<img src=x onerror=');
    await page.close();
    expect({ problems, ...visit }).toEqual({ problems: [], dialogs: [], foreignRequests: [], errors: [] });
  }, 600_000);
});
