// One page, as this run finds it: fetched (or taken from the feed), extracted, canonicalised, dated, tagged.
// Returns what a run alone would store; history.ts decides what that does to the stored statement.
import type { Source } from '../../src/lib/sources.ts';
import type { Statement, Tags } from '../../src/lib/schema.ts';
import { decodeBody, type Fetcher, type Validators } from '../fetch/index.ts';
import { extractArticle, type Article } from '../extract/article.ts';
import { parsePublished, type PublishedTime } from '../extract/dates.ts';
import { detectLanguage } from '../extract/language.ts';
import { canonicalUrl } from '../normalise/canonical-url.ts';
import { contentHash, statementId } from '../store/statements.ts';
import { snapshotHash } from '../store/state.ts';
import { blockReason } from './blocked.ts';

/** A feed or listing entry, reduced to what the pipeline needs. */
export interface Item {
  title: string;
  link: string;
  /** The date as the feed or listing writes it. */
  published: string | null;
  summary: string;
  /** The full body when the feed carries it. */
  contentHtml: string | null;
}

/** A feed text shorter than this is a teaser: the page is fetched for the statement itself. */
export const SHORT_TEXT_CHARS = 500;

/** A page that is not the source's content: the whole source stops as blocked rather than hammering the wall. */
export class BlockedError extends Error {
  override name = 'BlockedError';
}

/** The time zone of a source's undated-offset times, from its jurisdiction (Malaysia unless said otherwise). */
const TIME_ZONES: Record<string, string> = {
  MY: 'Asia/Kuala_Lumpur', SG: 'Asia/Singapore', ID: 'Asia/Jakarta', AU: 'Australia/Sydney', GB: 'Europe/London',
  EU: 'Europe/Brussels', US: 'America/Los_Angeles',
};

export function timeZoneOf(source: Source): string {
  return TIME_ZONES[source.jurisdiction] ?? 'Asia/Kuala_Lumpur';
}

/** The feed's text of an item, paragraphs kept. */
function feedText(item: Item): string {
  if (item.contentHtml) {
    const body = extractArticle(item.contentHtml, item.link, { body: 'body', remove: [] }).text;
    if (body.trim()) return body;
  }
  return item.summary.trim();
}

export function needsPage(source: Source, item: Item): boolean {
  if (source.type === 'listing' || source.fetchArticle === 'always') return true;
  if (source.fetchArticle === 'never') return false;
  return feedText(item).length < SHORT_TEXT_CHARS;
}

function languageOf(text: string, source: Source): string {
  const detected = detectLanguage(text);
  if (detected === 'und') return source.language;
  // Malay and Indonesian share most words; an Indonesian source's text is Indonesian unless clearly otherwise.
  if (detected === 'ms' && source.language === 'id') return 'id';
  return detected;
}

export type Observed =
  | { status: 'found'; statement: Statement; linkCanonical: string; fetched: { bytes: Uint8Array; validators: Validators } | null }
  | { status: 'not-modified' }
  | { status: 'gone' };

export interface ObserveContext {
  source: Source;
  fetcher: Fetcher;
  /** This run's time, ISO. */
  at: string;
  tag: (input: { title: string; text: string; lang?: string; date?: string }) => Tags | null;
}

/**
 * Observe one item. `fromPage` says whether the page must be fetched (new page-text statements, revisits);
 * `validators` make the fetch conditional. Throws FetchError, BlockedError, or Error with a one-line cause.
 */
export async function observe(
  item: Item,
  context: ObserveContext,
  fromPage: boolean,
  validators?: Validators,
): Promise<Observed> {
  const { source, at } = context;
  const linkCanonical = canonicalUrl(item.link);
  let article: Article | null = null;
  let text: string;
  let url = item.link;
  let snapshot: Uint8Array;
  let fetched: { bytes: Uint8Array; validators: Validators } | null = null;

  if (fromPage) {
    const result = await context.fetcher.fetch(item.link, validators);
    if (result.status !== 'ok') return { status: result.status };
    const blocked = blockReason(result.text);
    if (blocked) throw new BlockedError(`${item.link}: ${blocked}`);
    article = extractArticle(result.text, result.finalUrl, source.article);
    text = article.text.trim();
    url = result.finalUrl;
    snapshot = result.body;
    fetched = { bytes: result.body, validators: result.validators };
  } else {
    text = feedText(item);
    // The "page" of a feed-text statement is the feed entry itself.
    snapshot = new TextEncoder().encode(item.contentHtml ?? item.summary);
  }
  if (!text) throw new Error(`${item.link}: no text found on the page`);

  const title = (item.title.trim() || article?.title?.trim() || '').replace(/\s+/g, ' ');
  if (!title) throw new Error(`${item.link}: no title`);
  const canonical = canonicalUrl(url, article?.canonicalUrl ?? null);
  const timeZone = timeZoneOf(source);
  const fromFeed: PublishedTime | null = item.published ? parsePublished(item.published, { timeZone, fetchedAt: new Date(at) }) : null;
  const published = fromFeed ?? article?.published ?? null;
  const language = languageOf(text, source);
  const tags = context.tag({ title, text, lang: language, date: published?.iso ?? at });

  const statement: Statement = {
    id: statementId(canonical),
    origin: 'scraped',
    url,
    canonicalUrl: canonical,
    sourceId: source.id,
    outlet: source.outlet,
    kind: source.kind,
    jurisdiction: source.jurisdiction,
    language,
    title,
    titleBy: 'source',
    published: published?.iso ?? null,
    publishedPrecision: published?.precision ?? null,
    firstSeen: at,
    lastSeen: at,
    speakers: [],
    text,
    contentHash: contentHash(text),
    snapshotHash: snapshotHash(snapshot),
    history: [],
    removedAt: null,
    summary: null,
    tags,
  };
  return { status: 'found', statement, linkCanonical, fetched };
}

/** A kept page re-read by today's extractor; null when it yields no text. */
export function reextractedText(bytes: Uint8Array, url: string, source: Source): string | null {
  const { text } = decodeBody(bytes, null);
  return extractArticle(text, url, source.article).text.trim() || null;
}

/** The hash of the text today's extractor reads from a kept page, to tell a re-extraction from an edit. */
export function reextractedHash(bytes: Uint8Array, url: string, source: Source): string | null {
  const body = reextractedText(bytes, url, source);
  return body ? contentHash(body) : null;
}
