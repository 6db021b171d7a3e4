// feed-rs's fixtures (corpora/feed-rs-fixtures): real feeds cut to a few items, with feed-rs's parsed model as a
// regression baseline. Titles, links and dates Pantau keeps are compared; the figures are reported and held.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../scrapers/fetch/index.ts';
import { FeedError, parseFeed, type Feed } from '../../scrapers/parse/feed.ts';
import { htmlToText } from '../../scrapers/parse/text.ts';
import { parsePublished } from '../../scrapers/extract/dates.ts';

const dir = new URL('../../../shared/corpora/feed-rs-fixtures/feed-rs/fixture/', import.meta.url);
// xml/ holds inputs to feed-rs's XML layer and jsonfeed/ JSON Feed, which Pantau does not read.
const inputs = ['atom', 'rss0', 'rss1', 'rss2'].flatMap((folder) =>
  readdirSync(new URL(`${folder}/`, dir)).filter((n) => n.endsWith('.xml')).map((n) => `${folder}/${n}`),
);

interface Text { content: string }
interface Link { href: string; rel: string | null }
interface Entry { title: Text | null; links: Link[]; published: string | null; updated: string | null }
interface Model { title: Text | null; entries: Entry[] }

function httpUrl(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

describe('feed-rs fixtures', () => {
  it('reads every feed (to items or one FeedError) and agrees on titles, links and dates', async () => {
    expect(inputs.length).toBeGreaterThan(50);
    const tally = { read: 0, failed: [] as string[], titles: [0, 0], links: [0, 0], dates: [0, 0] };
    const disagreements: string[] = [];
    const count = (kind: 'titles' | 'links' | 'dates', ok: boolean, what: string) => {
      tally[kind][1]!++;
      if (ok) tally[kind][0]!++;
      else disagreements.push(what);
    };
    for (const name of inputs) {
      let feed: Feed;
      try {
        feed = await parseFeed(decodeBody(readFileSync(new URL(name, dir)), null).text);
        tally.read++;
      } catch (error) {
        expect(error, name).toBeInstanceOf(FeedError);
        tally.failed.push(name);
        continue;
      }
      const expectedPath = new URL(name.replace(/\.xml$/, '.serde.json'), dir);
      if (!existsSync(expectedPath)) continue;
      const model = JSON.parse(readFileSync(expectedPath, 'utf8')) as Model;
      if (feed.items.length !== model.entries.length) {
        disagreements.push(`${name}: ${feed.items.length} items, feed-rs ${model.entries.length}`);
        continue;
      }
      model.entries.forEach((entry, i) => {
        const got = feed.items[i]!;
        if (entry.title) count('titles', got.title === htmlToText(entry.title.content), `${name}#${i} title ${got.title}`);
        const href = entry.links.find((l) => l.rel === null || l.rel === 'alternate')?.href;
        const want = href ? httpUrl(href) : null;
        if (want) count('links', got.link === want, `${name}#${i} link ${got.link} vs ${want}`);
        const date = entry.published ?? entry.updated;
        if (date) {
          const ours = got.published ? parsePublished(got.published, { timeZone: 'UTC' }) : null;
          count('dates', ours !== null && seconds(ours.iso) === seconds(date), `${name}#${i} date ${got.published} vs ${date}`);
        }
      });
    }
    console.log(
      `feed-rs fixtures: ${tally.read}/${inputs.length} read (FeedError: ${tally.failed.join(', ') || 'none'}); ` +
        `titles ${tally.titles.join('/')}, links ${tally.links.join('/')}, dates ${tally.dates.join('/')}; ` +
        `disagreeing: ${disagreements.join('; ') || 'none'}`,
    );
    expect(tally.read).toBeGreaterThanOrEqual(inputs.length - 1);
    const agreed = tally.titles[0]! + tally.links[0]! + tally.dates[0]!;
    const compared = tally.titles[1]! + tally.links[1]! + tally.dates[1]!;
    expect(compared).toBeGreaterThan(240);
    expect(agreed / compared).toBeGreaterThanOrEqual(0.99);
  });
});
