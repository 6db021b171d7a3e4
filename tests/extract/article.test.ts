import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../scrapers/extract/article.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const NEWS_URL = 'https://www.kldaily.example/news/malaysia/2024/11/05/example-ministry-code-deadline/9001?utm_source=feed';
const MINISTRY_URL = 'https://www.kementerian.example/index.php/ms/media/kenyataan-media/100';

describe('a Malaysian news page (generic extraction)', () => {
  const article = extractArticle(fixture('news-page.html'), NEWS_URL);
  const paragraphs = article.text.split('\n\n');

  it('gives the headline without the site name', () => {
    expect(article.title).toBe('Ministry of Example Affairs gives platforms until March to sign code');
  });

  it('gives the six paragraphs of the story, in order, and nothing else', () => {
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^KUALA LUMPUR, Nov 5 — The Ministry of Example Affairs today gave/);
    expect(paragraphs[2]).toMatch(/^"We have listened to every platform/);
    expect(paragraphs[5]).toMatch(/reporting rules\. — Bernama$/);
  });

  it('leaves out ads, captions, bylines, share bars, related links, navigation and footer', () => {
    for (const furniture of [
      'Advertising', 'Advertisement', 'Picture by', 'Bernama pic', 'By Aminah Contoh', 'WhatsApp', 'Share this article',
      'Related Articles', 'Platforms ask for more time', 'Most Popular', 'Showbiz', 'All rights reserved', 'Read also',
    ])
      expect(article.text).not.toContain(furniture);
  });

  it('reads the publication time, the canonical address (made absolute) and the language', () => {
    expect(article.published).toEqual({ iso: '2024-11-05T14:32:00+08:00', precision: 'time' });
    expect(article.canonicalUrl).toBe('https://www.kldaily.example/news/malaysia/2024/11/05/example-ministry-code-deadline/9001');
    expect(article.language).toBe('en');
  });
});

describe('a ministry press page in Malay (generic extraction)', () => {
  const article = extractArticle(fixture('ministry-press.html'), MINISTRY_URL);

  it('takes the marked headline over the generic <title>', () => {
    expect(article.title).toBe('Kenyataan Media: Kementerian Contoh Lanjutkan Tempoh Rundingan Kod Platform');
  });

  it('gives the statement and not the menu, view counter, pager or footer', () => {
    expect(article.text).toMatch(/^PUTRAJAYA, 5 November – Kementerian Contoh Malaysia ingin memaklumkan/);
    expect(article.text).toContain('sebelum tarikh tutup.');
    for (const furniture of ['Hubungi Kami', 'Dilihat', 'Seterusnya', 'Hak Cipta', 'Jumlah pelawat', 'Kongsi'])
      expect(article.text).not.toContain(furniture);
  });

  it('reads the <time datetime>, detects Malay, and has no canonical address when the page declares none', () => {
    expect(article.published).toEqual({ iso: '2024-11-05T09:00:00+08:00', precision: 'time' });
    expect(article.language).toBe('ms');
    expect(article.canonicalUrl).toBeNull();
  });
});

describe('extraction with the declaration’s selectors', () => {
  const selectors = { body: '.kenyataan', title: '.tajuk', date: '.tarikh', remove: ['strong'] };
  const article = extractArticle(fixture('ministry-press.html'), MINISTRY_URL, selectors);

  it('takes exactly the selected body, minus the removed elements, paragraph by paragraph', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(5);
    expect(paragraphs[0]).toMatch(/^– Kementerian Contoh Malaysia ingin memaklumkan/); // the <strong> dateline was removed
    expect(paragraphs[4]).toBe('Kementerian Contoh Malaysia\n5 November 2024');
  });

  it('takes the title and the date from their selectors', () => {
    expect(article.title).toBe('Kenyataan Media: Kementerian Contoh Lanjutkan Tempoh Rundingan Kod Platform');
    expect(article.published).toEqual({ iso: '2024-11-05T00:00:00+08:00', precision: 'day' });
  });

  it('falls back to the generic extractor when the body selector matches nothing', () => {
    const fallback = extractArticle(fixture('ministry-press.html'), MINISTRY_URL, { body: '.no-such-body', remove: [] });
    expect(fallback.text).toMatch(/^PUTRAJAYA, 5 November/);
  });

  it('treats an invalid selector as matching nothing instead of failing', () => {
    const article = extractArticle(fixture('ministry-press.html'), MINISTRY_URL, { body: '[[[', remove: ['::nope('] });
    expect(article.text).toMatch(/^PUTRAJAYA/);
  });
});

describe('the seed article (Malay Mail / Bernama, text wrapped in simple HTML)', () => {
  const seedUrl =
    'https://www.malaymail.com/news/malaysia/2024/10/30/fahmi-tells-meta-to-step-up-on-online-child-grooming-and-sexual-crime-as-social-media-giant-reluctant-to-be-regulated-by-social-media-licence/155334';
  const lines = readFileSync(new URL('../../../shared/seed/000_4a96a8d324d51c2b.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const [section, headline, ...rest] = lines as [string, string, ...string[]];
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!DOCTYPE html><html><head><title>${escape(headline)} | Malay Mail</title></head><body>
    <p>${escape(section)}</p><h1>${escape(headline)}</h1>
    ${rest.map((line) => `<p>${escape(line)}</p>`).join('\n')}</body></html>`;
  const article = extractArticle(html, seedUrl);

  it('gives the headline and the body from the dateline to the wire credit', () => {
    expect(article.title).toBe(headline);
    expect(article.text).toMatch(/^KUALA LUMPUR, Oct 30 — The Madani government will continue/);
    expect(article.text).toMatch(/collaborating on this licensing issue,” he added\. — Bernama$/);
    expect(article.text.split('\n\n')).toHaveLength(11);
  });

  it('drops the "Advertising" lines, the photo caption and the related-links headings', () => {
    expect(article.text).not.toMatch(/Advertising|Picture by|Related Articles|You May Also Like/);
  });

  it('dates it from the dateline, the year coming from the address', () => {
    expect(article.published).toEqual({ iso: '2024-10-30T00:00:00+08:00', precision: 'day' });
    expect(article.language).toBe('en');
  });
});

describe('canonical address', () => {
  const page = (head: string) => `<html><head>${head}</head><body><p>Text.</p></body></html>`;
  const at = 'https://news.example/a/b?x=1';

  it('resolves a relative rel=canonical against the page (and its <base>)', () => {
    expect(extractArticle(page('<link rel="canonical" href="../c">'), at).canonicalUrl).toBe('https://news.example/c');
    expect(extractArticle(page('<base href="https://cdn.example/d/"><link rel="canonical" href="e">'), at).canonicalUrl).toBe(
      'https://cdn.example/d/e',
    );
  });

  it('falls back to og:url, and refuses addresses that are not http(s)', () => {
    expect(extractArticle(page('<meta property="og:url" content="https://news.example/og">'), at).canonicalUrl).toBe('https://news.example/og');
    expect(extractArticle(page('<link rel="canonical" href="javascript:alert(1)">'), at).canonicalUrl).toBeNull();
    expect(extractArticle(page('<link rel="canonical" href="ftp://news.example/x">'), at).canonicalUrl).toBeNull();
  });
});

describe('publication time sources, in order', () => {
  const story = '<p>The ministry said the new rules will apply to every platform from next year, and that talks continue.</p>';
  const page = (head: string, body = story) => `<html><head>${head}</head><body><article>${body}</article></body></html>`;
  const at = 'https://news.example/story';

  it('prefers article:published_time, then JSON-LD, then <time datetime>, then other meta', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-02-02T10:00:00+08:00"}]}</script>';
    const time = '<time datetime="2024-03-03T10:00:00+08:00">3 March</time>';
    const other = '<meta name="pubdate" content="2024-04-04">';
    expect(extractArticle(page(`<meta property="article:published_time" content="2024-01-01T10:00:00+08:00">${ld}${other}`, time + story), at).published?.iso).toBe('2024-01-01T10:00:00+08:00');
    expect(extractArticle(page(ld + other, time + story), at).published?.iso).toBe('2024-02-02T10:00:00+08:00');
    expect(extractArticle(page(other, time + story), at).published?.iso).toBe('2024-03-03T10:00:00+08:00');
    expect(extractArticle(page(other), at).published).toEqual({ iso: '2024-04-04T00:00:00+08:00', precision: 'day' });
  });

  it('reads JSON-LD wrapped in CDATA markers, and skips malformed JSON-LD', () => {
    const cdata = '<script type="application/ld+json">//<![CDATA[\n{"@type":"Article","datePublished":"2024-05-05T08:00:00Z"}\n//]]></script>';
    const broken = '<script type="application/ld+json">{"datePublished": </script>';
    expect(extractArticle(page(broken + cdata), at).published?.iso).toBe('2024-05-05T08:00:00+00:00');
  });

  it('reads a Malay dateline, and gives null when the page says nothing', () => {
    const malay = '<p>PUTRAJAYA, 30 Okt — Kerajaan akan terus memastikan platform media sosial mengambil tindakan tegas.</p>';
    expect(extractArticle(page('', malay), 'https://berita.example/2024/10/30/x').published?.iso).toBe('2024-10-30T00:00:00+08:00');
    expect(extractArticle(page(''), at).published).toBeNull();
  });
});

describe('a <time> in the article wins over one in the site header', () => {
  it("does not take the header's date of today for the article's", () => {
    const html = `<html><body><header><time datetime="2026-11-29">Sunday</time></header>
      <article><time datetime="2024-10-30T09:15:00+08:00">30 Oct</time>
      <p>The ministry said the new rules will apply to every platform from next year, and that talks continue.</p></article></body></html>`;
    expect(extractArticle(html, 'https://news.example/x').published?.iso).toBe('2024-10-30T09:15:00+08:00');
  });
});

describe('paragraphs', () => {
  it('splits text laid out with <br><br> into paragraphs and keeps a single <br> as a line break', () => {
    const html = `<html><body><div class="isi">PUTRAJAYA, 5 November – Perenggan pertama.<br><br>Perenggan kedua,<br>baris kedua.<br> <br>Perenggan ketiga.</div></body></html>`;
    expect(extractArticle(html, 'https://kementerian.example/k/1', { body: '.isi', remove: [] }).text).toBe(
      'PUTRAJAYA, 5 November – Perenggan pertama.\n\nPerenggan kedua,\nbaris kedua.\n\nPerenggan ketiga.',
    );
  });
});

describe('title', () => {
  it('passes over an og:title that is only the site name', () => {
    const html = `<html><head><meta property="og:site_name" content="Kementerian Contoh"><meta property="og:title" content="Kementerian Contoh">
      <title>Kementerian Contoh</title></head><body><main><h1>Kenyataan media mengenai kod platform</h1><p>Teks.</p></main></body></html>`;
    expect(extractArticle(html, 'https://kementerian.example/k/2').title).toBe('Kenyataan media mengenai kod platform');
  });

  it('trims the declared site name before the headline, a short suffix after it, and nothing else', () => {
    const page = (title: string, head = '') => `<html><head>${head}<title>${title}</title></head><body><p>Text.</p></body></html>`;
    const site = '<meta property="og:site_name" content="KL Daily Example">';
    expect(extractArticle(page('KL Daily Example | Fahmi meets platform representatives', site), 'https://x.example/').title).toBe(
      'Fahmi meets platform representatives',
    );
    // Without a declared site name a short first part may be the topic, not the site: kept.
    expect(extractArticle(page('Online safety - what the new code asks of platforms'), 'https://x.example/').title).toBe(
      'Online safety - what the new code asks of platforms',
    );
    expect(extractArticle(page('Fahmi meets platform representatives - KL Daily Example'), 'https://x.example/').title).toBe(
      'Fahmi meets platform representatives',
    );
    expect(extractArticle(page('Minister: platforms must act on scams'), 'https://x.example/').title).toBe('Minister: platforms must act on scams');
  });
});
