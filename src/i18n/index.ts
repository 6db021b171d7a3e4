// The site's interface in English and Malay: every string a page shows, looked up by key, and what a page needs to
// speak its reader's language (dates, links, subject names). A page or component takes its copy with
// `copyFor(Astro.currentLocale)`; how to add a string is in docs/site.md.
import { asLocale, type Locale } from './locales.ts';
import { translate, translateCount, type Vars } from './translate.ts';
import { localSubjectName } from './subject-names.ts';
import { LAYOUT_STRINGS } from './strings/layout.ts';
import { CLAIM_STRINGS } from './strings/claims.ts';
import { HOME_STRINGS } from './strings/home.ts';
import { STATEMENT_STRINGS } from './strings/statement.ts';
import { LIST_STRINGS } from './strings/lists.ts';
import { SUBJECT_STRINGS } from './strings/subjects.ts';
import { PEOPLE_STRINGS } from './strings/people.ts';
import { SOURCE_STRINGS } from './strings/sources.ts';
import { DATA_STRINGS } from './strings/data.ts';
import { FIELD_STRINGS } from './strings/fields.ts';
import { ABOUT_STRINGS } from './strings/about.ts';
import { SEARCH_STRINGS } from './strings/search.ts';
import { formatDate, formatPartialDate } from '../lib/dates.ts';
import { sitePath } from '../lib/site-url.ts';
import { displayName, type TaxonomyNames } from '../lib/taxonomy-names.ts';

export const SITE_STRINGS = {
  ...LAYOUT_STRINGS,
  ...CLAIM_STRINGS,
  ...HOME_STRINGS,
  ...STATEMENT_STRINGS,
  ...LIST_STRINGS,
  ...SUBJECT_STRINGS,
  ...PEOPLE_STRINGS,
  ...SOURCE_STRINGS,
  ...DATA_STRINGS,
  ...FIELD_STRINGS,
  ...ABOUT_STRINGS,
  ...SEARCH_STRINGS,
};
export type SiteKey = keyof typeof SITE_STRINGS;
/** Keys of strings that come as `<key>.one` and `<key>.other`. */
export type CountKey = SiteKey extends infer K ? (K extends `${infer Stem}.one` ? Stem : never) : never;

export function t(locale: Locale, key: SiteKey, vars?: Vars): string {
  return translate(SITE_STRINGS, locale, key, vars);
}

/** What a page needs to speak one language, bound to it. */
export function copyFor(currentLocale: string | undefined) {
  const locale = asLocale(currentLocale);
  return {
    locale,
    t: (key: SiteKey, vars?: Vars) => t(locale, key, vars),
    count: (key: CountKey, n: number, vars?: Vars) => translateCount(SITE_STRINGS, locale, key, n, vars),
    date: (iso: string, precision: 'time' | 'day' = 'day') => formatDate(iso, precision, locale),
    partialDate: (date: string) => formatPartialDate(date, locale),
    /** A page of the site in this language. */
    path: (path: string) => sitePath(path, locale),
    /** A platform's, actor's or issue's display name in this language. */
    name: (names: TaxonomyNames, id: string) => localSubjectName(locale, id, displayName(names, id)),
  };
}
export type Copy = ReturnType<typeof copyFor>;
export type { Locale } from './locales.ts';
