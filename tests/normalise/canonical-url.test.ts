import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalUrl, CanonicalUrlError, registrableDomain } from '../../scrapers/normalise/canonical-url.ts';

const page = 'https://www.news.example/news/malaysia/2024/10/30/fahmi-meets-meta/155334';

describe('canonicalUrl', () => {
  it('strips tracking parameters and the fragment, keeping the query that picks the page, sorted', () => {
    expect(
      canonicalUrl(`${page}?utm_source=twitter&utm_medium=social&fbclid=AbC&gclid=1&mc_cid=x&mc_eid=y&igshid=z&ref=home&cmp=rss#comments`),
    ).toBe(page);
    expect(canonicalUrl('https://news.example/list?page=2&id=7&utm_campaign=x')).toBe('https://news.example/list?id=7&page=2');
  });

  it('lower-cases scheme and host, drops default ports and the trailing slash, keeps the path case', () => {
    expect(canonicalUrl('HTTPS://WWW.News.Example:443/News/Story/')).toBe('https://www.news.example/News/Story');
    expect(canonicalUrl('http://news.example:80/')).toBe('http://news.example/');
    expect(canonicalUrl('http://news.example:8080/a/')).toBe('http://news.example:8080/a');
  });

  it('folds AMP renderings onto the page', () => {
    const canonical = 'https://news.example/2024/10/30/story';
    for (const variant of [
      'https://news.example/2024/10/30/story/amp/',
      'https://news.example/amp/2024/10/30/story',
      'https://news.example/2024/10/30/story?amp',
      'https://news.example/2024/10/30/story?amp=1',
      'https://news.example/2024/10/30/story.amp',
      'https://amp.news.example/2024/10/30/story',
      'https://news.example/2024/10/30/story?outputType=amp',
    ])
      expect(canonicalUrl(variant), variant).toBe(canonical);
    expect(canonicalUrl('https://news.example/story.amp.html')).toBe('https://news.example/story.html');
  });

  it('folds mobile hosts, but never down to a bare public suffix', () => {
    expect(canonicalUrl('https://m.news.example/a')).toBe('https://news.example/a');
    expect(canonicalUrl('https://mobile.news.example/a')).toBe('https://news.example/a');
    expect(canonicalUrl('https://m.gov.my/a')).toBe('https://m.gov.my/a');
    expect(canonicalUrl('https://m.example/a')).toBe('https://m.example/a');
  });

  it('honours a declared canonical on the same site, relative or absolute', () => {
    expect(canonicalUrl('https://m.news.example/s?id=1', 'https://www.news.example/story-1')).toBe('https://www.news.example/story-1');
    expect(canonicalUrl('https://news.example/print/1', '/story-1/')).toBe('https://news.example/story-1');
    expect(canonicalUrl('https://www.mcmc.gov.my/en/a', 'https://mcmc.gov.my/en/b')).toBe('https://mcmc.gov.my/en/b');
  });

  it('ignores a declared canonical on another site, or that is not http(s)', () => {
    expect(canonicalUrl(page, 'https://wire.example/original')).toBe(page);
    expect(canonicalUrl('https://a.gov.my/x', 'https://b.gov.my/x')).toBe('https://a.gov.my/x');
    expect(canonicalUrl(page, 'javascript:alert(1)')).toBe(page);
    expect(canonicalUrl(page, '')).toBe(page);
  });

  it('refuses what is not an http(s) address with a clear error', () => {
    expect(() => canonicalUrl('javascript:alert(1)')).toThrow(CanonicalUrlError);
    expect(() => canonicalUrl('ftp://news.example/a')).toThrow(/not an http\(s\) address/);
    expect(() => canonicalUrl('')).toThrow(CanonicalUrlError);
  });

  it('knows registrable domains under country second levels', () => {
    expect(registrableDomain('www.mcmc.gov.my')).toBe('mcmc.gov.my');
    expect(registrableDomain('www.malaymail.com')).toBe('malaymail.com');
    expect(registrableDomain('www.ofcom.org.uk')).toBe('ofcom.org.uk');
    expect(registrableDomain('ec.europa.eu')).toBe('europa.eu');
  });

  it('is idempotent, and throws nothing but CanonicalUrlError, on arbitrary input', () => {
    const check = (input: string, declared?: string) => {
      let once: string;
      try {
        once = canonicalUrl(input, declared);
      } catch (error) {
        expect(error).toBeInstanceOf(CanonicalUrlError);
        return;
      }
      expect(canonicalUrl(once)).toBe(once);
    };
    const segment = fc.constantFrom('amp', 'm', 'a', 'Story', '', '.amp', 'x.amp.html', '%41', 'é', '..');
    const host = fc.constantFrom('news.example', 'm.news.example', 'amp.m.news.example', 'M.Gov.My', 'mobile.m.x.example', '127.0.0.1', '[::1]');
    const param = fc.tuple(fc.constantFrom('utm_source', 'id', 'amp', 'page', 'Ref', 'q', 'outputType'), fc.string({ maxLength: 4 }));
    const crafted = fc
      .tuple(fc.constantFrom('http', 'https', 'HTTP', 'ftp'), host, fc.array(segment, { maxLength: 5 }), fc.array(param, { maxLength: 4 }), fc.boolean())
      .map(([scheme, h, segs, params, slash]) => {
        const query = params.length ? `?${params.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
        return `${scheme}://${h}/${segs.join('/')}${slash ? '/' : ''}${query}#frag`;
      });
    fc.assert(fc.property(fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), crafted, fc.string()), (x) => check(x)), { numRuns: 2000 });
    fc.assert(fc.property(crafted, fc.oneof(crafted, fc.string(), fc.webUrl()), check), { numRuns: 1000 });
  });
});
