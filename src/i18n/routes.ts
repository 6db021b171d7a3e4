// Every page exists in each language: English at its unprefixed URL (locale undefined), Malay below /ms/.
import { LOCALES, localeSegment, type Locale } from './locales.ts';

interface Route<P, R> {
  params: P;
  props?: R;
}

/** A page's static paths, once per language, each page's languages one after the other (Astro makes them in this
 *  order, so work a page's languages share, such as its diffs, is still fresh for the second). */
export function inEveryLocale<P extends object, R>(routes: readonly Route<P, R>[]) {
  return routes.flatMap((route) =>
    LOCALES.map((locale) => ({ ...route, params: { ...route.params, locale: localeSegment(locale) } })),
  );
}

/** The static paths of a page with no parameters of its own. */
export const everyLocale = () => inEveryLocale([{ params: {} }]);

/** A page's URL in every language, for the sitemap's hreflang links. Every page exists in each language
 *  (inEveryLocale), so they follow from the URL alone: @astrojs/sitemap's own i18n option pairs them by scanning every
 *  URL for each page, which at 200,000 pages took longer than the rest of the build. `base`: the site's base path. */
export function localeAlternates(url: string, base: string): { url: string; lang: Locale }[] {
  const page = new URL(url);
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = page.pathname.startsWith(root) ? page.pathname.slice(root.length) : page.pathname.replace(/^\//, '');
  const [first = '', ...rest] = path.split('/');
  const unprefixed = LOCALES.some((locale) => localeSegment(locale) === first) ? rest.join('/') : path;
  return LOCALES.map((locale) => {
    const segment = localeSegment(locale);
    return { url: new URL(`${root}${segment ? `${segment}/` : ''}${unprefixed}`, page.origin).href, lang: locale };
  });
}
