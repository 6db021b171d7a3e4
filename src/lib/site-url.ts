// Links inside the site, always below the deploy base path (import.meta.env.BASE_URL), and for a page in Malay below
// /ms/. Files that exist once (feeds, downloads, the search index) take no locale.
import type { SubjectKind } from './data.ts';
import { DEFAULT_LOCALE, localeSegment, type Locale } from '../i18n/locales.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

/** `path` starts with "/"; the result keeps it below the base, and below the locale's segment. */
export function sitePath(path: string, locale: Locale = DEFAULT_LOCALE): string {
  const segment = localeSegment(locale);
  return `${base}${segment ? `/${segment}` : ''}${path}`;
}

/** The same page in another language: `pathname` is a page's own path, base included. */
export function samePageIn(pathname: string, from: Locale, to: Locale): string {
  const segment = localeSegment(from);
  let rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  if (segment && (rest === `/${segment}` || rest.startsWith(`/${segment}/`))) rest = rest.slice(segment.length + 1);
  return sitePath(rest || '/', to);
}

export const statementPath = (id: string, locale?: Locale) => sitePath(`/statements/${id}/`, locale);
export const subjectPath = (kind: SubjectKind, id: string, locale?: Locale) => sitePath(`/${kind}/${id}/`, locale);
export const personPath = (id: string, locale?: Locale) => sitePath(`/people/${id}/`, locale);
