import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../scrapers/extract/article.ts';
import { detectLanguage } from '../../scrapers/extract/language.ts';

/** HTML-ish input: real tags and attributes mixed with broken ones, entities, scripts, stray brackets and text. */
const tag = fc.constantFrom('p', 'div', 'article', 'main', 'h1', 'h2', 'a', 'span', 'br', 'figure', 'figcaption', 'nav',
  'aside', 'script', 'style', 'time', 'table', 'td', 'li', 'ul', 'meta', 'link', 'title', 'head', 'body', 'html', 'svg', 'template');
const attribute = fc.oneof(
  fc.constantFrom('class="caption"', 'class="share"', 'rel="canonical" href="/x"', 'property="og:title" content="T | S"',
    'property="article:published_time" content="2024-10-30T10:00:00+08:00"', 'datetime="30 Okt 2024"', 'href="javascript:x"',
    'itemprop="headline"', 'hidden', 'type="application/ld+json"', 'href="%%%"'),
  fc.string({ maxLength: 12 }),
);
const piece = fc.oneof(
  fc.tuple(tag, attribute).map(([t, a]) => `<${t} ${a}>`),
  tag.map((t) => `</${t}>`),
  fc.constantFrom('Advertising', 'KUALA LUMPUR, Oct 30 — ', '&amp;', '&#x1F600;', '&bogus;', '<!--', '-->', '<![CDATA[', '<', '>', '"',
    '{"datePublished": ', 'Kerajaan akan terus memastikan bahawa ', 'The ministry said that the platforms will ', '\u0000', '\ud800'),
  fc.string({ maxLength: 30 }),
);
const htmlish = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const selectors = fc.option(
  fc.record({
    body: fc.option(fc.constantFrom('p', 'article', 'div > p', '[[', '#main', 'body'), { nil: undefined }),
    title: fc.option(fc.constantFrom('h1', 'title', '::x'), { nil: undefined }),
    date: fc.option(fc.constantFrom('time', '.date', ''), { nil: undefined }),
    remove: fc.array(fc.constantFrom('script', 'nav', '.share', '>>'), { maxLength: 3 }),
  }),
  { nil: undefined },
);

describe('extractArticle on arbitrary input', () => {
  it('never throws and always returns the Article shape', () => {
    fc.assert(
      fc.property(htmlish, fc.constantFrom('https://news.example/2024/10/30/a', 'not a url', ''), selectors, (html, url, sel) => {
        const article = extractArticle(html, url, sel);
        expect(typeof article.text).toBe('string');
        expect(article.title === null || typeof article.title === 'string').toBe(true);
        expect(['en', 'ms', 'id', 'und']).toContain(article.language);
        if (article.canonicalUrl !== null) expect(article.canonicalUrl).toMatch(/^https?:\/\//);
        if (article.published !== null) expect(['time', 'day']).toContain(article.published.precision);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any string at all', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (html) => {
        expect(typeof extractArticle(html, 'https://news.example/').text).toBe('string');
        expect(typeof detectLanguage(html)).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('extractArticle on pathological trees', () => {
  it('reads a paragraph buried under 20,000 nested elements without overflowing the stack', () => {
    const depth = 20_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>The ministry said that the platforms will comply.</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(extractArticle(html, 'https://news.example/').text).toBe('The ministry said that the platforms will comply.');
  });
});
