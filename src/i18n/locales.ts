// The languages of the site's interface. English is the default and keeps the unprefixed URLs; Malay lives under /ms/.
export const LOCALES = ['en', 'ms'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The locale of a page from Astro.currentLocale (undefined or anything unknown is the default). */
export function asLocale(value: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/** The URL segment a locale's pages live under: none for the default. */
export function localeSegment(locale: Locale): string | undefined {
  return locale === DEFAULT_LOCALE ? undefined : locale;
}
