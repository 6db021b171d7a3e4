import { describe, expect, it } from 'vitest';
import { FeedError, MAX_FEED_CHARS, parseFeed } from '../../scrapers/parse/feed.ts';

const rss = (items: string, attributes = ' version="2.0"', channel = '<title>Kementerian Komunikasi (fiction)</title><link>https://kkd.example/</link>') =>
  `<?xml version="1.0" encoding="utf-8"?>
<rss${attributes} xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>${channel}${items}</channel></rss>`;

async function failure(xml: string): Promise<FeedError> {
  const error = await parseFeed(xml).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FeedError);
  expect((error as FeedError).message).not.toMatch(/\n/);
  return error as FeedError;
}

describe('parseFeed', () => {
  it('reads an RSS 2.0 item: full body from content:encoded, summary as plain text, raw date', async () => {
    const feed = await parseFeed(
      rss(`<item><title>Lesen media sosial &amp;amp; platform</title><link>https://kkd.example/kenyataan/1</link>
        <guid isPermaLink="false">kkd-1</guid><pubDate>Rabu, 30 Okt 2024 10:15:00 +0800</pubDate>
        <description>&lt;p&gt;Kenyataan &lt;b&gt;media&lt;/b&gt;&lt;/p&gt;&lt;p&gt;kedua&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description>
        <content:encoded><![CDATA[<p>Teks penuh kenyataan.</p>]]></content:encoded></item>`),
    );
    expect(feed.title).toBe('Kementerian Komunikasi (fiction)');
    expect(feed.link).toBe('https://kkd.example/');
    expect(feed.items).toEqual([
      {
        title: 'Lesen media sosial & platform',
        link: 'https://kkd.example/kenyataan/1',
        guid: 'kkd-1',
        published: 'Rabu, 30 Okt 2024 10:15:00 +0800',
        summary: 'Kenyataan media kedua',
        contentHtml: '<p>Teks penuh kenyataan.</p>',
      },
    ]);
  });

  it('reads RSS without a version, RSS 1.0 with dc:date, and Atom', async () => {
    const unversioned = await parseFeed(rss('<item><title>One</title></item>', ''));
    expect(unversioned.items.map((i) => i.title)).toEqual(['One']);

    const rdf = await parseFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
      xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://a.example/"><title>RDF</title><link>https://a.example/</link></channel>
      <item rdf:about="https://a.example/1"><title>Item</title><link>https://a.example/1</link><dc:date>2024-10-30T10:00:00+08:00</dc:date></item></rdf:RDF>`);
    expect(rdf.items[0]).toMatchObject({ guid: 'https://a.example/1', published: '2024-10-30T10:00:00+08:00' });

    const atom = await parseFeed(`<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Platform &lt;i&gt;newsroom&lt;/i&gt;</title>
      <link rel="alternate" href="https://news.example/"/><entry><title>Policy update</title><id>tag:news.example,2024:1</id>
      <link rel="alternate" href="/posts/1"/><published>not a date</published><updated>2024-10-30T02:00:00Z</updated>
      <summary>Short.</summary><content type="html">&lt;p&gt;Long body.&lt;/p&gt;</content></entry></feed>`);
    expect(atom.title).toBe('Platform newsroom');
    // A date rss-parser cannot read stays raw instead of failing the feed; relative links resolve against the feed's.
    expect(atom.items[0]).toEqual({
      title: 'Policy update', link: 'https://news.example/posts/1', guid: 'tag:news.example,2024:1',
      published: 'not a date', summary: 'Short.', contentHtml: '<p>Long body.</p>',
    });
  });

  it('keeps only http(s) links, resolving relative ones against the feed address when given', async () => {
    const xml = rss(`<item><title>a</title><link>javascript:alert(1)</link></item><item><title>b</title><link>/b?x=1&y=2</link></item>
      <item><title>c</title><guid>https://kkd.example/c</guid></item>`, ' version="2.0"', '<title>t</title>');
    const feed = await parseFeed(xml, { url: 'https://feeds.example/rss.xml' });
    expect(feed.items.map((i) => i.link)).toEqual([null, 'https://feeds.example/b?x=1&y=2', 'https://kkd.example/c']);
  });

  it('reads HTML entities and recovers a truncated feed', async () => {
    const feed = await parseFeed(rss('<item><title>Menteri&nbsp;berkata &hellip; &ldquo;ya&rdquo; &bogus;</title></item>'));
    expect(feed.items[0]!.title).toBe('Menteri\u00a0berkata … “ya” &bogus;');
    const truncated = await parseFeed('<rss version="2.0"><channel><title>Cut</title><item><title>First</title></item><item><title>Sec');
    expect(truncated.items[0]!.title).toBe('First');
  });

  it('turns every failure into one FeedError with a one-line cause', async () => {
    expect((await failure('')).message).toBe('empty document');
    expect((await failure('<rss version="2.0"></rss>')).message).toMatch(/no <channel>/);
    expect((await failure('<html><body><p>Just a moment...</p></body></html>')).message).toMatch(/not an RSS or Atom feed: root element <html>/);
    expect((await failure('{"version": "https://jsonfeed.org/version/1"}')).message).toMatch(/not well-formed XML/);
    expect((await failure('<\u0000r\u0000s\u0000s\u0000>')).message).toMatch(/wrong charset/);
    expect((await failure('<rss>' + ' '.repeat(MAX_FEED_CHARS))).message).toMatch(/too large/);
  });
});
