import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeed } from '../../scrapers/parse/feed.ts';

/** A hang detector for a single small input, not a speed goal. */
const BOUND_MS = 2000;

const feedish = fc.constantFrom('<rss>', '<rss version="2.0">', '</rss>', '<channel>', '</channel>', '<item>', '</item>',
  '<title>', '</title>', '<feed xmlns="http://www.w3.org/2005/Atom">', '<entry>', '<published>', '</published>', '<link href="x"/>',
  '<![CDATA[', ']]>', '&amp;', '&hellip;', '&#0;', '&', '<', '>', '<!--', '-->', '<rdf:RDF>', '<?xml version="1.0"?>', 'text',
  'mode="base64"', '<title type="image/png">', 'QUJD', '\u0000', '<content:encoded>', '<guid>', 'javascript:', '"');

describe('parseFeed properties', () => {
  it('answers any string with a feed or a FeedError, within a bound', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 200 }), fc.array(feedish, { maxLength: 30 }).map((p) => p.join(''))), async (input) => {
        const started = performance.now();
        const outcome = await parseFeed(input).then(
          (feed) => ({ feed, error: null }),
          (error: unknown) => ({ feed: null, error }),
        );
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
        if (outcome.feed) {
          for (const item of outcome.feed.items) if (item.link) expect(item.link).toMatch(/^https?:\/\//);
        } else {
          expect(outcome.error).toBeInstanceOf(FeedError);
          expect((outcome.error as FeedError).message).not.toMatch(/\n/);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('reads any escaped title text as a title', async () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), async (title) => {
        const feed = await parseFeed(`<rss version="2.0"><channel><item><title>${escape(title)}</title></item></channel></rss>`);
        expect(feed.items).toHaveLength(1);
        expect(typeof feed.items[0]!.title).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});
