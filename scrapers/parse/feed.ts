// Feeds (RSS 0.9x/1.0/2.0, Atom 0.3/1.0) through rss-parser's parseString. Whatever goes wrong inside, the caller
// sees one FeedError whose message is the cause on one line.
import Parser from 'rss-parser';
import { load } from 'cheerio';
import { collapseWhitespace, htmlEntityChars, htmlToText, normaliseText } from './text.ts';
import { escapeMarkup } from '../../src/lib/escape.ts';

export class FeedError extends Error {
  override name = 'FeedError';
}

export interface FeedItem {
  title: string;
  link: string | null;
  guid: string | null;
  /** The date as the feed writes it; scrapers/extract/dates.ts reads it. */
  published: string | null;
  /** Plain text. */
  summary: string;
  /** The full body when the feed carries it (content:encoded, Atom content). Untrusted HTML. */
  contentHtml: string | null;
}

export interface Feed {
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

/**
 * Time is bounded by size: xml2js reads synchronously in one linear pass and each item costs one HTML parse at most,
 * so a cap on the input is a cap on the time (a few seconds at the cap for a feed of tiny items; typical feeds take
 * milliseconds). Larger documents are refused rather than read.
 */
export const MAX_FEED_CHARS = 5_000_000;

/**
 * rss-parser turns an Atom <published>/<updated> into an ISO string and throws on one it cannot read, failing the
 * whole feed for one bad date. Renaming the elements while parsing keeps the date raw for us to read.
 */
const RAW_DATE_TAGS: Record<string, string> = { published: 'pantau-published', updated: 'pantau-updated' };

/** Where an item's date may be, best first: publication before modification. */
const DATE_FIELDS = ['pubDate', 'pantau-published', 'issued', 'created', 'dc:date', 'dcterms:issued', 'dcterms:created',
  'pantau-updated', 'modified', 'dcterms:modified'] as const;

type RawItem = Record<string, unknown>;

export interface ParseFeedOptions {
  /** The feed's own address: relative links are resolved against it (else against the feed's <link>). */
  url?: string;
}

export async function parseFeed(xml: string, options: ParseFeedOptions = {}): Promise<Feed> {
  if (typeof xml !== 'string') throw new FeedError('feed is not text');
  if (xml.length > MAX_FEED_CHARS) throw new FeedError(`feed too large: ${xml.length} characters (limit ${MAX_FEED_CHARS})`);
  if (xml.trim() === '') throw new FeedError('empty document');
  if (xml.includes('\u0000')) throw new FeedError('NUL characters in the text: the bytes were decoded with the wrong charset (UTF-16 or UTF-32?)');
  const repaired = decodeBase64Elements(repairEntities(xml));
  let parsed: Parsed;
  try {
    parsed = await readWithRssParser(repaired);
  } catch (strictError) {
    // Truncated and carelessly written feeds are common: a forgiving XML reader (htmlparser2 through cheerio) closes
    // what was left open, and rss-parser gets a second chance. If that fails too, the first cause is the one reported.
    // Deeply nested input is not retried: the forgiving reader slows down and overflows the stack on it.
    if (maxElementDepth(repaired) > MAX_RECOVERY_DEPTH) throw strictError;
    try {
      parsed = await readWithRssParser(load(repaired, { xml: true }).xml());
    } catch {
      throw strictError;
    }
  }
  const { raw, atom } = parsed;
  const documentUrl = httpLink(options.url ?? '', null);
  const feedLink = httpLink(text(raw.link), documentUrl);
  const base = documentUrl ?? feedLink;
  return {
    title: plainText(raw.title) || null,
    link: feedLink,
    items: (raw.items ?? []).map((item) => toItem(item, atom, base)),
  };
}

/** Real feeds nest a dozen elements deep; content:encoded HTML is escaped or in CDATA, not nested elements. */
const MAX_RECOVERY_DEPTH = 200;

/** How deep start tags nest, by counting tags (a guard, not a parser: CDATA and comments are not set apart). */
function maxElementDepth(xml: string): number {
  let depth = 0;
  let max = 0;
  for (const tag of xml.matchAll(/<(\/?)[A-Za-z][^<>]*?(\/?)>/g)) {
    if (tag[1]) depth = Math.max(0, depth - 1);
    else if (!tag[2]) max = Math.max(max, ++depth);
  }
  return max;
}

interface Parsed {
  raw: RawItem & { items?: RawItem[] };
  atom: boolean;
}

async function readWithRssParser(xml: string): Promise<Parsed> {
  const seen: { root: string | null } = { root: null };
  const parser = new Parser<RawItem, RawItem>({
    defaultRSS: 2.0,
    customFields: { item: ['pantau-published', 'pantau-updated', 'issued', 'created', 'modified', 'dcterms:issued', 'dcterms:created', 'dcterms:modified'] as never[] },
    xml2js: {
      tagNameProcessors: [
        (name: string) => {
          seen.root ??= name;
          return RAW_DATE_TAGS[name] ?? name;
        },
      ],
    },
  });
  try {
    const raw = (await parser.parseString(xml)) as Parsed['raw'];
    return { raw, atom: seen.root === 'feed' || seen.root?.endsWith(':feed') === true };
  } catch (error) {
    throw new FeedError(describeFailure(error, seen.root));
  }
}

function toItem(item: RawItem, atom: boolean, base: string | null): FeedItem {
  // RSS 1.0 items are identified by rdf:about.
  const guid = text(atom ? item.id : item.guid ?? item['rdf:about']) || null;
  const contentHtml = (atom ? text(item.content) : text(item['content:encoded'])) || null;
  // For RSS, rss-parser puts <description> in `content`; for Atom, <summary> is in `summary`.
  const summaryHtml = (atom ? text(item.summary) : text(item.content)) || contentHtml || '';
  const published = DATE_FIELDS.map((f) => collapseWhitespace(text(item[f]))).find(Boolean) ?? null;
  // An RSS guid that is a URL is the item's permalink when no <link> is given.
  const link = httpLink(text(item.link), base) ?? (atom ? null : httpLink(guid ?? '', null));
  return { title: plainText(item.title), link, guid, published, summary: htmlToText(summaryHtml), contentHtml };
}

/** rss-parser yields a string, an xml2js node ({ _: text, $: attributes }) or, for odd feeds, an array or object. */
function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object' && typeof (value as { _?: unknown })._ === 'string') return (value as { _: string })._;
  return '';
}

/** Element names whose content is not reading text, as in text.ts. */
const NOT_TEXT_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math']);

/**
 * Plain text of a title: a string is HTML (feeds escape markup into titles); a tree of xml2js nodes is inline XHTML
 * (an Atom title of type "xhtml"), whose text is already text. xml2js keeps no order between text and children.
 */
function plainText(value: unknown): string {
  if (typeof value === 'string') return htmlToText(value);
  const gather = (node: unknown, depth: number): string => {
    if (typeof node === 'string') return node;
    if (depth > 32 || !node || typeof node !== 'object') return '';
    if (Array.isArray(node)) return node.map((n) => gather(n, depth + 1)).join(' ');
    return Object.entries(node)
      .filter(([key]) => key !== '$' && !NOT_TEXT_ELEMENTS.has(key.replace(/^.*:/, '')))
      .sort(([a], [b]) => (a === '_' ? -1 : b === '_' ? 1 : 0))
      .map(([, child]) => gather(child, depth + 1))
      .join(' ');
  };
  return normaliseText(gather(value, 0));
}

/** Absolute http(s) links only; a relative one is resolved against the feed's own link when it has one. */
function httpLink(href: string, base: string | null): string | null {
  const trimmed = href.trim();
  if (!trimmed) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

/**
 * Feeds are often XML in name only: HTML entities (&hellip;) and bare ampersands ("?a=1&b=2") are everywhere. Outside
 * CDATA sections and comments, HTML entities become numeric references and a stray "&" becomes "&amp;", as a
 * browser would read them; an unknown entity is kept as literal text.
 */
export function repairEntities(xml: string): string {
  if (!xml.includes('&')) return xml;
  const parts = splitProtected(xml);
  const markup = parts.filter((_, i) => i % 2 === 0);
  const names = new Set(markup.flatMap((part) => [...part.matchAll(/&([A-Za-z][A-Za-z0-9]{0,31});/g)].map((m) => m[1]!)));
  for (const name of XML_ENTITIES) names.delete(name);
  const entities = htmlEntityChars(names);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/&(#x[0-9a-fA-F]{1,6};|#[0-9]{1,7};|[A-Za-z][A-Za-z0-9]{0,31};)?/g, (match, ref?: string) => {
            if (!ref) return '&amp;';
            if (ref.startsWith('#')) return validCodePoint(ref) ? match : `&amp;${ref}`;
            const name = ref.slice(0, -1);
            if (XML_ENTITIES.has(name)) return match;
            const chars = entities.get(name);
            return chars ? [...chars].map((c) => `&#${c.codePointAt(0)};`).join('') : `&amp;${ref}`;
          }),
    )
    .join('');
}

/**
 * The text cut into markup (even indexes) and CDATA sections or comments (odd indexes), in one linear pass: a
 * regular expression with a lazy match would rescan to the end for every unclosed "<![CDATA[" in hostile input.
 */
function splitProtected(xml: string): string[] {
  const parts: string[] = [];
  let position = 0;
  while (position < xml.length) {
    const cdata = xml.indexOf('<![CDATA[', position);
    const comment = xml.indexOf('<!--', position);
    const start = cdata === -1 ? comment : comment === -1 ? cdata : Math.min(cdata, comment);
    if (start === -1) break;
    const close = start === cdata ? ']]>' : '-->';
    const end = xml.indexOf(close, start + 4);
    parts.push(xml.slice(position, start));
    if (end === -1) {
      parts.push(xml.slice(start));
      return parts;
    }
    parts.push(xml.slice(start, end + close.length));
    position = end + close.length;
  }
  parts.push(xml.slice(position));
  return parts;
}

/**
 * Atom can carry a title or summary as base64: Atom 0.3 with mode="base64", Atom 1.0 when the type is a media type
 * that is neither text nor XML. rss-parser drops the attributes, so such elements are decoded before it reads them.
 */
function decodeBase64Elements(xml: string): string {
  return xml.replace(
    /<([A-Za-z][\w.:-]*)(\s[^<>]*)>([A-Za-z0-9+/=\s]*)<\/\1>/g,
    (element: string, name: string, attributes: string, data: string) => {
      const mode = /\smode=["']([^"']*)["']/.exec(attributes)?.[1];
      const type = /\stype=["']([^"']*)["']/.exec(attributes)?.[1] ?? '';
      const base64 = mode === 'base64' || (mode === undefined && /^[a-z]+\/[^\s]+$/i.test(type) && !/^text\/|xml$/i.test(type));
      if (!base64 || !data.trim()) return element;
      const decoded = Buffer.from(data.replace(/\s+/g, ''), 'base64').toString('utf8');
      const kept = attributes.replace(/\s(?:mode|type)=["'][^"']*["']/g, '');
      return `<${name}${kept}>${escapeMarkup(decoded)}</${name}>`;
    },
  );
}

function validCodePoint(ref: string): boolean {
  const code = ref[1] === 'x' ? parseInt(ref.slice(2, -1), 16) : parseInt(ref.slice(1, -1), 10);
  return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
}

function describeFailure(error: unknown, root: string | null): string {
  const message = collapseWhitespace(error instanceof Error ? error.message.replace(/\n/g, ', ') : String(error));
  if (error instanceof TypeError || error instanceof RangeError)
    return `malformed ${root ? `<${root}> ` : ''}feed: no <channel>, or an element rss-parser needs is unreadable (${message})`;
  if (/Feed not recognized/i.test(message)) return `not an RSS or Atom feed: root element <${root ?? '?'}>`;
  if (/Unable to parse XML/i.test(message)) return 'no XML document found';
  return `not well-formed XML: ${message}`;
}
