// Dates as the source gave them: shown in the source's own offset, never shifted into the reader's zone.
import type { Statement } from './schema.ts';
import type { Locale } from '../i18n/locales.ts';

// Written out rather than asked of Intl: Intl would shift a date into a time zone, and these are the source's own.
// The Malay names are those of Intl's ms-MY ("30 Oktober 2024"); tests/i18n checks that they agree.
export const MONTHS: Record<Locale, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  ms: ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'],
};

const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** "30 October 2024" for a date, or "30 October 2024, 14:05 UTC+08:00" for a time with precision 'time'; in Malay
 *  "30 Oktober 2024". */
export function formatDate(iso: string, precision: 'time' | 'day' = 'day', locale: Locale = 'en'): string {
  const m = ISO_PARTS.exec(iso);
  if (!m) return iso;
  const [, y, mo, d, hh, mm, zone] = m;
  const day = `${Number(d)} ${MONTHS[locale][Number(mo) - 1]} ${y}`;
  if (precision === 'day' || hh === undefined) return day;
  return `${day}, ${hh}:${mm} ${zone === 'Z' ? 'UTC' : `UTC${zone}`}`;
}

/** A date to the precision a source gave it: "3 December 2022", "June 2023" or "2017". */
export function formatPartialDate(date: string, locale: Locale = 'en'): string {
  const [y, m, d] = date.split('-');
  if (d) return formatDate(date, 'day', locale);
  return m ? `${MONTHS[locale][Number(m) - 1]} ${y}` : y!;
}

/** When the statement was made as far as we know: its published time, else when Pantau first saw it. */
export function statementTime(s: Pick<Statement, 'published' | 'firstSeen'>): string {
  return s.published ?? s.firstSeen;
}

/** The calendar day (YYYY-MM-DD) in the statement's own offset. */
export function statementDay(s: Pick<Statement, 'published' | 'firstSeen'>): string {
  return statementTime(s).slice(0, 10);
}

/** Newest first; ties broken by id so that builds are repeatable. */
export function byNewest<T extends Pick<Statement, 'published' | 'firstSeen' | 'id'>>(a: T, b: T): number {
  return Date.parse(statementTime(b)) - Date.parse(statementTime(a)) || (a.id < b.id ? -1 : 1);
}

/** Whole days from `from` to `to` (YYYY-MM-DD each), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
