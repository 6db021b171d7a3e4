// Every page exists in each language: English at its unprefixed URL (locale undefined), Malay below /ms/.
import { LOCALES, localeSegment } from './locales.ts';

interface Route<P, R> {
  params: P;
  props?: R;
}

/** A page's static paths, once per language. */
export function inEveryLocale<P extends object, R>(routes: readonly Route<P, R>[]) {
  return LOCALES.flatMap((locale) =>
    routes.map((route) => ({ ...route, params: { ...route.params, locale: localeSegment(locale) } })),
  );
}

/** The static paths of a page with no parameters of its own. */
export const everyLocale = () => inEveryLocale([{ params: {} }]);
