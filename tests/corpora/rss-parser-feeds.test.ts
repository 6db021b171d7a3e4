// rss-parser's own captured feeds (corpora/rss-parser-feeds): every input parses except the one meant to fail, and
// the titles, links and dates Pantau keeps agree with the library's recorded outputs.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../scrapers/fetch/index.ts';
import { FeedError, parseFeed, type Feed } from '../../scrapers/parse/feed.ts';
import { htmlToText } from '../../scrapers/parse/text.ts';
import { parsePublished } from '../../scrapers/extract/dates.ts';

const dir = new URL('../../../shared/corpora/rss-parser-feeds/test/', import.meta.url);
const inputs = readdirSync(new URL('input/', dir));

interface RecordedItem { title?: unknown; link?: string; guid?: unknown; isoDate?: string }
interface Recorded { feed: { title?: unknown; items: RecordedItem[] } }

/** PROVENANCE: encoding.rss was served as ISO-8859-1, and its recorded output is stored in ISO-8859-1 too. */
const contentType = (name: string) => (name === 'encoding.rss' ? 'text/xml; charset=latin1' : null);

const parsed = new Map<string, Promise<Feed>>();

/** Each input is read once for both tests. */
function read(name: string): Promise<Feed> {
  let feed = parsed.get(name);
  if (!feed) {
    const bytes = readFileSync(new URL(`input/${name}`, dir));
    feed = parseFeed(decodeBody(bytes, contentType(name)).text);
    feed.catch(() => undefined); // awaited by the test; this keeps an early rejection from counting as unhandled
    parsed.set(name, feed);
  }
  return feed;
}

function recorded(name: string): Recorded | null {
  const path = new URL(`output/${name.replace(/\.[^.]+$/, '')}.json`, dir);
  try {
    return JSON.parse(readFileSync(path, name === 'encoding.rss' ? 'latin1' : 'utf8')) as Recorded;
  } catch {
    return null;
  }
}

/** The recorded link as Pantau keeps links: absolute http(s), relative ones resolved against the feed's link. */
function asHttpUrl(link: string, base: string | null): string | null {
  try {
    const url = base ? new URL(link, base) : new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
/** To the second: Pantau, like feedparser, drops fractions of a second; rss-parser keeps milliseconds. */
const instant = (iso: string | null | undefined) => (iso ? Math.floor(new Date(iso).getTime() / 1000) : null);

/**
 * uolNoticias.rss is ISO-8859-1 without a declaration: rss-parser's recording read it as UTF-8 and holds U+FFFD
 * where the accented letters were. decodeBody reads the letters; each U+FFFD then stands for one non-ASCII letter.
 */
function sameText(ours: string | null, recorded: string | null): boolean {
  if (ours === null || recorded === null || !recorded.includes('\uFFFD')) return ours === recorded;
  if (ours.includes('\uFFFD')) return false;
  const pattern = recorded.split('\uFFFD').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^\\x00-\\x7f]');
  return new RegExp(`^${pattern}$`).test(ours);
}

describe('rss-parser feeds', () => {
  it('reads every input except unrecognized.rss, which fails with one FeedError', async () => {
    expect(inputs.length).toBe(31);
    for (const name of inputs) {
      if (name === 'unrecognized.rss') {
        const error = await read(name).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(FeedError);
        expect((error as Error).message).not.toContain('\n');
      } else {
        await expect(read(name), name).resolves.toHaveProperty('items');
      }
    }
  });

  it('agrees with the recorded titles, links and dates', async () => {
    const tally = { titles: [0, 0], links: [0, 0], dates: [0, 0] };
    const disagreements: string[] = [];
    const count = (kind: keyof typeof tally, ok: boolean, what: string) => {
      tally[kind][1]!++;
      if (ok) tally[kind][0]!++;
      else disagreements.push(what);
    };
    for (const name of inputs) {
      const expected = recorded(name);
      if (!expected) continue;
      const feed = await read(name);
      expect(feed.items.length, name).toBe(expected.feed.items.length);
      if (typeof expected.feed.title === 'string')
        count('titles', sameText(feed.title, htmlToText(expected.feed.title) || null), `${name}: feed title ${feed.title}`);
      expected.feed.items.forEach((want, i) => {
        const got = feed.items[i]!;
        if (typeof want.title === 'string') count('titles', sameText(got.title, htmlToText(want.title)), `${name}#${i}: title ${got.title}`);
        // Without a <link>, Pantau falls back to a guid that is a URL (the permalink); rss-parser leaves it out.
        if (want.link) count('links', got.link === asHttpUrl(want.link, feed.link), `${name}#${i}: link ${got.link} vs ${want.link}`);
        else count('links', got.link === null || got.link === got.guid, `${name}#${i}: link ${got.link} with none recorded`);
        if (want.isoDate) {
          const ours = got.published ? parsePublished(got.published, { timeZone: 'UTC' }) : null;
          count('dates', instant(ours?.iso) === instant(want.isoDate), `${name}#${i}: date ${got.published} vs ${want.isoDate}`);
        }
      });
    }
    console.log(
      `rss-parser feeds: titles ${tally.titles.join('/')}, links ${tally.links.join('/')}, dates ${tally.dates.join('/')}` +
        (disagreements.length ? `; disagreeing: ${disagreements.join('; ')}` : ''),
    );
    expect(tally.titles[1]).toBeGreaterThan(300);
    expect(disagreements).toEqual([]);
  });
});
