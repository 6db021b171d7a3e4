import { describe, expect, it } from 'vitest';
import { parseListing } from '../../scrapers/parse/listing.ts';

const page = `<!doctype html><html><body>
<ul class="press">
  <li class="release"><a href="/kenyataan/2024/10/lesen">Kenyataan media: lesen platform</a><span class="date">30 Oktober 2024</span></li>
  <li class="release"><h3 class="t">Statement <script>x()</script>on licensing</h3><a href="https://mcmc.example/en/s/2?utm_source=x">Read more</a>
      <time datetime="2024-10-29T09:00:00+08:00">29 Oct</time></li>
  <li class="release"><a href="javascript:void(0)">Not a link</a></li>
  <li class="release"><a href="/kenyataan/2024/10/lesen#top">Kenyataan media: lesen platform</a></li>
  <li class="release"><a href="/kenyataan/2024/10/lesen">Duplicate</a></li>
  <li class="release"><a href="/empty"></a></li>
</ul>
<nav><a class="next" href="?page=2">Seterusnya</a></nav>
</body></html>`;

const selectors = { item: 'li.release', link: 'a', title: 'h3.t', date: '.date, time', next: 'a.next', maxPages: 5 };

describe('parseListing', () => {
  it('lists items once each, with absolute links, titles (or the link text), raw dates or datetime, and the next page', () => {
    const listing = parseListing(page, 'https://mcmc.example/ms/press?page=1', selectors);
    expect(listing.items).toEqual([
      { title: 'Kenyataan media: lesen platform', link: 'https://mcmc.example/kenyataan/2024/10/lesen', published: '30 Oktober 2024' },
      { title: 'Statement on licensing', link: 'https://mcmc.example/en/s/2?utm_source=x', published: '2024-10-29T09:00:00+08:00' },
    ]);
    expect(listing.next).toBe('https://mcmc.example/ms/press?page=2');
  });

  it('has no next page when the link is missing, not http(s), or points back at the same page', () => {
    const at = (href: string) => parseListing(`<a class="next" href="${href}">next</a>`, 'https://a.example/list?page=3', selectors).next;
    expect(at('?page=3')).toBeNull();
    expect(at('?page=3#more')).toBeNull();
    expect(at('javascript:next()')).toBeNull();
    expect(parseListing('<p>no links</p>', 'https://a.example/', selectors)).toEqual({ items: [], next: null });
  });

  it('honours <base href> and an item that is itself the link', () => {
    const html = '<base href="https://cdn.example/news/"><a class="story" href="one.html">One</a><a class="story" href="two.html" title="Two"></a>';
    const listing = parseListing(html, 'https://www.example/', { item: 'a.story', link: 'a', maxPages: 1 });
    expect(listing.items).toEqual([
      { title: 'One', link: 'https://cdn.example/news/one.html', published: null },
      { title: 'Two', link: 'https://cdn.example/news/two.html', published: null },
    ]);
  });
});
