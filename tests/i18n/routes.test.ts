// Each page's URL in both languages, as the sitemap names them (hreflang alternates).
import { describe, expect, it } from 'vitest';
import { inEveryLocale, localeAlternates } from '../../src/i18n/routes.ts';

describe('localeAlternates', () => {
  it('pairs an English page with its Malay page below /ms/, and back', () => {
    const both = [
      { url: 'https://pantau.example/statements/abc/', lang: 'en' },
      { url: 'https://pantau.example/ms/statements/abc/', lang: 'ms' },
    ];
    expect(localeAlternates('https://pantau.example/statements/abc/', '/')).toEqual(both);
    expect(localeAlternates('https://pantau.example/ms/statements/abc/', '/')).toEqual(both);
  });

  it('keeps the base path of a site served below one, with or without its closing slash', () => {
    const both = [
      { url: 'https://pantau.example/pantau/', lang: 'en' },
      { url: 'https://pantau.example/pantau/ms/', lang: 'ms' },
    ];
    expect(localeAlternates('https://pantau.example/pantau/', '/pantau/')).toEqual(both);
    expect(localeAlternates('https://pantau.example/pantau/ms/', '/pantau')).toEqual(both);
  });

  it('does not take a page whose name starts with the letters of a locale for a Malay page', () => {
    expect(localeAlternates('https://pantau.example/msia/', '/').map((a) => a.url)).toEqual([
      'https://pantau.example/msia/',
      'https://pantau.example/ms/msia/',
    ]);
  });
});

describe('inEveryLocale', () => {
  it("lists every page in English and in Malay, each page's two languages one after the other", () => {
    const paths = inEveryLocale([{ params: { id: 'a' } }, { params: { id: 'b' } }]);
    expect(paths.map((p) => `${p.params.locale ?? 'en'} ${p.params.id}`)).toEqual(['en a', 'ms a', 'en b', 'ms b']);
  });
});
