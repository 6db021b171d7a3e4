// Listing pages (a ministry's press-release index, a newsroom's archive) read with the selectors a source declares.
import { load, type CheerioAPI } from 'cheerio';
import type { Source } from '../../src/lib/sources.ts';
import { collapseWhitespace, normaliseText } from './text.ts';

export interface ListingItem {
  title: string;
  /** Absolute http(s), without a #fragment. */
  link: string;
  /** The date as the page writes it (a `datetime` attribute when there is one); dates.ts reads it. */
  published: string | null;
}

export interface Listing {
  items: ListingItem[];
  /** The next page's absolute http(s) address, if the page links one other than itself. */
  next: string | null;
}

type ListingSelectors = NonNullable<Source['listing']>;
type Selection = ReturnType<CheerioAPI>;

/**
 * Items in page order, one per link (the first occurrence wins, fragments ignored); items without an http(s) link or a title are left
 * out. Selectors are the declaration's, so a selector cheerio cannot read throws: that is a broken declaration.
 */
export function parseListing(html: string, pageUrl: string, selectors: ListingSelectors): Listing {
  const $ = load(html);
  // A <base href> changes what relative links mean, as it does in a browser.
  const base = absoluteHttp($('base[href]').first().attr('href') ?? '', pageUrl) ?? pageUrl;
  const items: ListingItem[] = [];
  const seen = new Set<string>();
  $(selectors.item).each((_, element) => {
    const item = $(element);
    const anchor = item.is(selectors.link) ? item : item.find(selectors.link).first();
    // "#comments" or "#top" on a link never makes it a different item.
    const href = absoluteHttp(anchor.attr('href') ?? '', base);
    const link = href && stripHash(href);
    if (!link || seen.has(link)) return;
    const titleElement = selectors.title ? item.find(selectors.title).first() : anchor;
    const title = textOf(titleElement) || (selectors.title ? textOf(anchor) : '') || normaliseText(anchor.attr('title') ?? '');
    if (!title) return;
    seen.add(link);
    items.push({ title, link, published: selectors.date ? dateOf(item.find(selectors.date).first()) : null });
  });
  let next: string | null = null;
  if (selectors.next) {
    const candidate = absoluteHttp($(selectors.next).first().attr('href') ?? '', base);
    // A "next" link back to this very page would make a crawler loop.
    if (candidate && stripHash(candidate) !== stripHash(absoluteHttp(pageUrl, pageUrl) ?? pageUrl)) next = candidate;
  }
  return { items, next };
}

function textOf(element: Selection): string {
  if (element.length === 0) return '';
  const clone = element.clone();
  clone.find('script, style, noscript, template').remove();
  return normaliseText(clone.text());
}

/** A machine-readable `datetime` (on the element or a <time> inside it) beats the text shown. */
function dateOf(element: Selection): string | null {
  if (element.length === 0) return null;
  const datetime = element.attr('datetime') ?? element.find('time[datetime]').first().attr('datetime');
  const raw = collapseWhitespace(datetime ?? '') || textOf(element);
  return raw || null;
}

function absoluteHttp(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function stripHash(url: string): string {
  return url.replace(/#.*$/, '');
}
