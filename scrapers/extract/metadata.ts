// A page's metadata as publishers declare it: title, canonical address, publication time.
import { parsePublished, type PublishedTime } from './dates.ts';

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function meta(document: Document, ...names: string[]): string | null {
  for (const name of names) {
    for (const element of document.querySelectorAll('meta')) {
      const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').toLowerCase();
      if (key === name) {
        const value = clean(element.getAttribute('content'));
        if (value) return value;
      }
    }
  }
  return null;
}

const SEPARATOR = /\s+[|\-–—·•:»]\s+/;

/** Drop the site name that pages append to (or put before) the headline: "Headline | Site", "Site - Headline". */
export function trimSiteName(title: string, siteName: string | null, headings: readonly string[] = []): string {
  // The page's own <h1> inside the <title>, next to a separator: the <h1> is the headline.
  for (const heading of headings) {
    if (heading.length < 10 || heading === title) continue;
    if (title.startsWith(heading) && /^\s*[|\-–—·•:»]\s/.test(title.slice(heading.length))) return heading;
    if (title.endsWith(heading) && /\s[|\-–—·•:»]\s*$/.test(title.slice(0, -heading.length))) return heading;
  }
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const withoutLast = title.slice(0, title.lastIndexOf(last)).replace(/\s+[|\-–—·•:»]\s*$/, '').trim();
  const site = siteName?.toLowerCase();
  if (site && last.toLowerCase() === site) return withoutLast;
  const withoutFirst = title.slice(first.length).replace(/^\s*[|\-–—·•:»]\s+/, '').trim();
  if (site && first.toLowerCase() === site) return withoutFirst;
  // No declared site name: a short last part after " | " or " - " is the site's name ("… | Malay Mail"). A short
  // first part is not trimmed: "Topic - what it is about" is a common shape of real headlines.
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  if (/\s[|–—-]\s/.test(title) && words(last) <= 4 && words(withoutLast) >= 3 && words(last) < words(withoutLast))
    return withoutLast;
  return title;
}

/** A heading the page marks as the article's headline, rather than a site or section banner. */
function headlineHeading(document: Document): string | null {
  const marked = document.querySelectorAll(
    'article h1, main h1, [role="main"] h1, [itemprop="headline"], h1[class*="title"], h1[class*="headline"]',
  );
  for (const element of marked) {
    const text = clean(element.textContent);
    if (text) return text;
  }
  return null;
}

/** og:title, else the page's headline <h1>, else <title>, else any <h1>; without the site name. A candidate that is
 * only the site's name (some sites put it in og:title on every page) is passed over. */
export function extractTitle(document: Document): string | null {
  const siteName = meta(document, 'og:site_name', 'application-name');
  const headings = [...document.querySelectorAll('h1')].map((h) => clean(h.textContent)).filter(Boolean);
  const candidates = [
    meta(document, 'og:title', 'twitter:title'),
    headlineHeading(document),
    clean(document.querySelector('title')?.textContent),
    headings[0],
  ];
  for (const candidate of candidates) {
    if (!candidate || (siteName && candidate.toLowerCase() === siteName.toLowerCase())) continue;
    return trimSiteName(candidate, siteName, headings) || candidate;
  }
  return null;
}

export function httpUrl(raw: string | null | undefined, base: string): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** rel=canonical, else og:url; made absolute against the page's address; http(s) only. */
export function extractCanonicalUrl(document: Document, pageUrl: string): string | null {
  const base = httpUrl(document.querySelector('base[href]')?.getAttribute('href'), pageUrl) ?? pageUrl;
  const canonical = [...document.querySelectorAll('link[rel]')].find((l) =>
    (l.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  try {
    new URL(base);
  } catch {
    return null; // no usable page address to resolve against, and a relative link means nothing alone
  }
  return httpUrl(canonical?.getAttribute('href'), base) ?? httpUrl(meta(document, 'og:url'), base);
}

/** Every `datePublished` in the page's JSON-LD, articles first. */
function jsonLdDates(document: Document): string[] {
  const found: { value: string; article: boolean }[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.datePublished === 'string') {
      const type = String(record['@type'] ?? '');
      found.push({ value: record.datePublished, article: /Article|Posting|Report/i.test(type) });
    }
    if (record['@graph']) visit(record['@graph']);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      // Some pages wrap the JSON in CDATA or comment markers, a leftover of XHTML habits.
      const json = (script.textContent ?? '').replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)|(?:\/\/\s*)?(?:\]\]>|-->)\s*$/g, '');
      visit(JSON.parse(json));
    } catch {
      // malformed JSON-LD is common; the other sources of a date still apply
    }
  }
  return [...found.filter((f) => f.article), ...found.filter((f) => !f.article)].map((f) => f.value);
}

const OTHER_DATE_META = [
  'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date',
  'dc.date.issued', 'dc.date', 'dcterms.issued', 'dcterms.date', 'dcterms.created', 'sailthru.date',
  'parsely-pub-date', 'article.published', 'citation_publication_date', 'originalpublicationdate',
];

/** article:published_time, JSON-LD datePublished, microdata datePublished, <time datetime>, then other common meta names. */
export function publishedFromMetadata(document: Document): PublishedTime | null {
  const candidates: (string | null)[] = [
    meta(document, 'article:published_time'),
    ...jsonLdDates(document),
    ...[...document.querySelectorAll('[itemprop="datePublished"]')].map((e) => e.getAttribute('datetime') ?? e.getAttribute('content')),
    // A <time> in the article before one elsewhere: site headers often show today's date.
    ...['article time[datetime]', 'main time[datetime]', 'time[datetime]']
      .flatMap((selector) => [...document.querySelectorAll(selector)])
      .map((t) => t.getAttribute('datetime')),
    ...OTHER_DATE_META.map((name) => meta(document, name)),
  ];
  for (const raw of candidates) {
    const parsed = raw ? parsePublished(raw.trim()) : null;
    if (parsed) return parsed;
  }
  return null;
}

/** "KUALA LUMPUR, Oct 30 —" or "PUTRAJAYA, 30 Okt (Bernama) --" opening one of the first paragraphs. */
const DATELINE = /^([\p{Lu}][\p{Lu} .'’-]*[\p{Lu}.]\s*,\s*[^—–(]{3,30}?)\s*(?:\(|[—–]|--|\s-\s)/u;

export function publishedFromDateline(paragraphs: readonly string[], reference: PublishedTime | null): PublishedTime | null {
  const options = reference ? { reference: endOfDay(reference.iso) } : {};
  for (const paragraph of paragraphs.slice(0, 3)) {
    const match = DATELINE.exec(paragraph);
    const parsed = match ? parsePublished(match[1]!, options) : null;
    if (parsed) return parsed;
  }
  return null;
}

/** A moment safely after the day of an ISO time in every zone, so a dateline on that day is not pushed a year back. */
function endOfDay(iso: string): Date {
  return new Date(Date.parse(iso.slice(0, 10) + 'T00:00:00Z') + 48 * 3600_000);
}

/** The day in an address such as /news/2024/10/30/slug (year, month, day as path segments). */
export function dateFromUrl(url: string): PublishedTime | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/.exec(path);
  if (!match) return null;
  const [, y, m, d] = match;
  return parsePublished(`${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`);
}
