// Hostile input for the security test: feedparser's 745 sanitising cases, re-served as RSS from a fixture site on
// 127.0.0.1 for the real `scrape` command, and hand-written statements that put script, event-handler, javascript:
// and attribute-breaking payloads into every field the schema lets scraped or curated text reach.
import { createServer, type Server } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { decodeBody } from '../../scrapers/fetch/index.ts';
import { parseFeed } from '../../scrapers/parse/feed.ts';
import { contentHash, statementId } from '../../scrapers/store/statements.ts';
import { SYNDICATION } from '../../scrapers/normalise/syndication.ts';
import type { Statement } from '../../src/lib/schema.ts';
import type { Source } from '../../src/lib/sources.ts';

export const SANITIZE_DIR = '/work/shared/corpora/feedparser-tests/tests/wellformed/sanitize';

/** Set by every hand-written payload that manages to run. */
export const PWNED = 'window.__pwned=1';
/** A host nothing may load from. */
export const EVIL = 'https://evil.example';

export interface SanitizeCase {
  /** The file name without `.xml`. */
  name: string;
  /** The case's first entry title as Pantau's feed reader reads it (plain text), or the feed's title. */
  title: string | null;
  /** The case's payload as a careless site would render it: the document with its escaping undone once. */
  markup: string;
}

/** What a browser would parse if the feed's escaped HTML were injected: entities decoded once, CDATA unwrapped. */
export function unescapedOnce(xml: string): string {
  const withoutHeader = xml.replace(/^\uFEFF?(?:<\?xml[^>]*\?>\s*)?<!--[\s\S]*?-->\s*/, '');
  return withoutHeader
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) =>
      i % 2 === 1
        ? part.slice(9, -3)
        : part
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&#39;|&apos;/g, "'")
            .replace(/&amp;/g, '&'),
    )
    .join('')
    .trim();
}

/** Every sanitising case, decoded with `decodeBody` and read with `parseFeed` as the scraper reads a feed. */
export async function readSanitizeCases(): Promise<SanitizeCase[]> {
  const files = (await readdir(SANITIZE_DIR)).filter((f) => f.endsWith('.xml')).sort();
  const cases: SanitizeCase[] = [];
  for (const file of files) {
    const bytes = await readFile(join(SANITIZE_DIR, file));
    const { text } = decodeBody(bytes, null);
    const feed = await parseFeed(text);
    const title = feed.items.find((i) => i.title)?.title || feed.title || null;
    cases.push({ name: file.replace(/\.xml$/, ''), title, markup: unescapedOnce(text) });
  }
  return cases;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What a feed writes in a title for it to read as `text` (feed titles are HTML). */
function titleElement(text: string): string {
  return escapeXml(escapeXml(text));
}

export interface FeedEntry {
  title: string;
  link: string;
  /** HTML, escaped once into content:encoded. */
  contentHtml: string;
}

const DAY_MS = 24 * 3600 * 1000;

/** Items are dated `spacingDays` apart from `firstDay` (days after 2008-01-01). */
export function rssDocument(title: string, entries: FeedEntry[], firstDay: number, spacingDays: number): string {
  const items = entries.map(
    (e, i) =>
      `<item><title>${titleElement(e.title)}</title><link>${escapeXml(e.link)}</link>` +
      `<pubDate>${new Date(Date.UTC(2008, 0, 1) + (firstDay + i * spacingDays) * DAY_MS).toUTCString()}</pubDate>` +
      `<content:encoded>${escapeXml(e.contentHtml)}</content:encoded></item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">` +
    `<channel><title>${titleElement(title)}</title><link>https://hostile.example/</link>\n${items.join('\n')}\n</channel></rss>\n`;
}

export function escapeHtml(text: string): string {
  return escapeXml(text).replace(/'/g, '&#39;');
}

/**
 * Two feeds from the cases. "as-html": each case's payload arrives live, as the item's HTML body (the pipeline must
 * reduce it to text). "as-text": the payload arrives as literal characters in the title and body (as a feed that
 * escaped its markup twice sends it): the pipeline keeps them, so the site must show them as text.
 */
export function sanitizeFeeds(cases: SanitizeCase[]): { asHtml: string; asText: string } {
  // The cases share most of their markup: dated days apart, they are not taken for syndicated copies of one story
  // (which would list hundreds of copies on every page).
  const spacing = 2 * (SYNDICATION.maxDaysApart + 1);
  const asHtml = rssDocument(
    'feedparser sanitize cases, payload as HTML',
    cases.map((c) => ({
      title: c.title || `feedparser sanitize case ${c.name}`,
      link: `https://hostile.example/sanitize/${c.name}`,
      contentHtml: c.markup,
    })),
    0,
    spacing,
  );
  const asText = rssDocument(
    'feedparser sanitize cases, payload as text',
    cases.map((c) => ({
      title: c.markup,
      link: `https://hostile.example/sanitize-text/${c.name}`,
      contentHtml: `<p>${escapeHtml(c.markup)}</p>`,
    })),
    spacing / 2,
    spacing,
  );
  return { asHtml, asText };
}

/** Serves fixed documents on 127.0.0.1; everything else (robots.txt included) is 404. */
export async function serveDocuments(documents: Record<string, string>): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const body = documents[new URL(req.url ?? '/', 'http://x').pathname];
    if (body === undefined) return void res.writeHead(404).end('not found');
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

/** An outlet name that tries to leave an attribute and a text node. */
export const HOSTILE_OUTLET = `Hostile "Outlet' <script>${PWNED}</script>`;

export function hostileSource(id: string, url: string): Source {
  return {
    id,
    name: `${id} "><img src=x onerror="${PWNED}"> <script>${PWNED}</script>`,
    outlet: HOSTILE_OUTLET,
    kind: 'news',
    jurisdiction: 'MY',
    language: 'en',
    type: 'rss',
    url,
    enabled: true,
    fetchArticle: 'never',
    checked: { on: '2026-01-01', against: 'fixture', status: `fictional hostile fixture <b onmouseover="${PWNED}">` },
  };
}

// Payloads for the hand-written statements: each would set window.__pwned, open a dialog or load from evil.example
// if it ran or were parsed as markup.
export const PAYLOADS = [
  `<script>${PWNED}</script>`,
  `<img src=x onerror="${PWNED}">`,
  `"><img src=x onerror=${PWNED}>`,
  `'><svg onload=${PWNED}>`,
  `</script><script>${PWNED}</script>`,
  `</title><script>${PWNED}</script>`,
  `</textarea></style></noscript><script>${PWNED}</script>`,
  `<!--<script>${PWNED}</script>-->`,
  `<a href="javascript:${PWNED}">click</a>`,
  `javascript:${PWNED}`,
  `data:text/html,<script>${PWNED}</script>`,
  `<iframe src="javascript:alert('iframe')"></iframe>`,
  `<meta http-equiv="refresh" content="0;url=javascript:${PWNED}">`,
  `<base href="${EVIL}/">`,
  `<link rel="stylesheet" href="${EVIL}/x.css">`,
  `<style>@import '${EVIL}/y.css';</style>`,
  `<img src="${EVIL}/pixel.png">`,
  `<form action="${EVIL}/"><button>go</button></form>`,
  `<details open ontoggle=${PWNED}>`,
  `{{constructor.constructor('${PWNED}')()}} \${${PWNED}}`,
  `]]><!-- --><![CDATA[`,
  `\u2028\u2029 "quoted" 'single' \`back\` & &amp; &lt;script&gt;`,
];
export const ALL_PAYLOADS = PAYLOADS.join('\n');

export interface HandWritten {
  statements: Statement[];
  /** Statement ids whose commitments carry a hostile `what` (shown on the commitments tracker). */
  committed: string[];
}

const AT = '2026-01-02T03:04:05Z';

function scraped(path: string, fields: Partial<Statement>): Statement {
  const url = `https://hostile.example/${path}`;
  const text = fields.text ?? ALL_PAYLOADS;
  return {
    id: statementId(url),
    origin: 'scraped',
    url,
    canonicalUrl: url,
    sourceId: 'hostile-as-html',
    outlet: HOSTILE_OUTLET,
    kind: 'news',
    jurisdiction: 'MY',
    language: 'en',
    title: 'hand-written',
    titleBy: 'source',
    published: '2026-01-02T09:00:00+08:00',
    publishedPrecision: 'time',
    firstSeen: AT,
    lastSeen: AT,
    speakers: [],
    text,
    contentHash: contentHash(text),
    snapshotHash: null,
    history: [],
    removedAt: null,
    summary: null,
    tags: null,
    ...fields,
  };
}

const hostileSpeaker = { name: `"><script>${PWNED}</script>`, person: 'hostile-minister', org: 'kkd' };

/** Statements carrying the payloads in every text and URL field the schema accepts. */
export function handWrittenStatements(): HandWritten {
  const tags = (evidence: string[]): Statement['tags'] => ({
    relevant: true,
    relevance: 0.9,
    reason: `matched <script>${PWNED}</script>`,
    platforms: ['meta', 'tiktok'],
    actors: ['mcmc'],
    issues: ['licensing'],
    people: [
      { id: 'hostile-minister', name: `Minister "<img src=x onerror=${PWNED}>`, role: `</script><script>${PWNED}</script>`, org: 'kkd' },
      { id: 'hostile-link', name: `javascript:${PWNED}`, role: null, org: null },
    ],
    quotes: [{ text: evidence[0]!, speaker: hostileSpeaker, confidence: 0.9 }],
    commitments: [
      { by: 'meta', what: `apply for a licence <script>${PWNED}</script> "'><img src=x onerror=${PWNED}>`, due: '2026-12-31', evidence: evidence[0]!, speaker: hostileSpeaker, confidence: 0.9 },
      { by: 'tiktok', what: `comply javascript:${PWNED}`, due: null, evidence: evidence[1]!, speaker: null, confidence: 0.9 },
    ],
    disputes: [{ from: 'meta', against: 'mcmc', over: 'licensing', evidence: evidence[2]!, speaker: hostileSpeaker, confidence: 0.9 }],
    demands: [{ by: 'mcmc', on: 'meta', what: `remove <script>${PWNED}</script>`, evidence: evidence[2]!, speaker: null, confidence: 0.9 }],
  });
  const everything = scraped('hand/everything', {
    title: `Minister says "licence" ${PAYLOADS.slice(0, 8).join(' ')}`,
    // http(s), so the schema takes them; quotes and markup inside must not leave the href attribute.
    url: `https://hostile.example/hand/everything?q="><script>${PWNED}</script>&r='onmouseover='${PWNED}`,
    speakers: [`"><script>${PWNED}</script>`, `javascript:${PWNED}`, `O'Brien <img src=x onerror=${PWNED}>`],
    tags: tags([PAYLOADS[1]!, PAYLOADS[9]!, PAYLOADS[4]!]),
    history: [
      {
        title: `Earlier "<svg onload=${PWNED}>`,
        text: `${PAYLOADS.slice(0, 5).join('\n')}\nremoved line <script>${PWNED}</script>`,
        contentHash: contentHash('earlier'),
        firstSeen: '2026-01-01T00:00:00Z',
        lastSeen: '2026-01-01T12:00:00Z',
      },
    ],
  });
  const removed = scraped('hand/removed', {
    title: `</title><script>${PWNED}</script> removed at source`,
    url: `https://hostile.example/hand/removed#"><img src=x onerror=${PWNED}>`,
    canonicalUrl: 'https://hostile.example/hand/removed',
    id: statementId('https://hostile.example/hand/removed'),
    removedAt: '2026-01-03T00:00:00Z',
    published: null,
    publishedPrecision: null,
    tags: tags([PAYLOADS[0]!, PAYLOADS[10]!, PAYLOADS[11]!]),
  });
  const offTopic = scraped('hand/off-topic', {
    title: `<img src=x onerror=${PWNED}> off topic`,
    tags: { ...tags([PAYLOADS[2]!, PAYLOADS[3]!, PAYLOADS[5]!])!, relevant: false, reason: `"><script>${PWNED}</script>` },
  });
  const copy = scraped('hand/copy', {
    title: `Minister says "licence" <script>${PWNED}</script> (copy)`,
    outlet: `Copy Wire "><svg onload=${PWNED}>`,
    published: '2026-01-02T10:00:00+08:00',
  });
  const curatedUrl = 'https://hostile.example/hand/curated';
  const curated: Statement = {
    ...scraped('hand/curated', {}),
    id: statementId(curatedUrl),
    origin: 'curated',
    text: '',
    contentHash: null,
    title: `Curated "event" <script>${PWNED}</script>`,
    outlet: 'Pantau',
    summary: { author: 'Pantau', text: ALL_PAYLOADS },
    tags: tags([PAYLOADS[6]!, PAYLOADS[7]!, PAYLOADS[8]!]),
  };
  return { statements: [everything, removed, offTopic, copy, curated], committed: [everything.id, removed.id, curated.id] };
}
