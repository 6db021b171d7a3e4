// Looking up interface strings. Kept apart from the dictionaries so that the search island can bundle its own few
// strings without the whole site's.
import type { Locale } from './locales.ts';

/** One interface string in every language, side by side so that a translator sees the English beside the Malay. A
 *  missing Malay string falls back to the English (tests/i18n/dictionary.test.ts fails on it). */
export interface Entry {
  en: string;
  ms?: string;
}
export type Strings = Readonly<Record<string, Entry>>;
export type Vars = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The {name} placeholders of a string, sorted: a translation must have the same ones. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

/** Fills {name} placeholders; one without a value stays as written, for <Fill> to put markup in. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translate<S extends Strings>(strings: S, locale: Locale, key: keyof S & string, vars?: Vars): string {
  const entry = strings[key]!;
  return fill(entry[locale] ?? entry.en, vars);
}

/** The string for a count: `<key>.one` for 1, `<key>.other` otherwise, with the count as {n}. */
export function translateCount<S extends Strings>(strings: S, locale: Locale, key: string, n: number, vars: Vars = {}): string {
  const form = `${key}.${n === 1 ? 'one' : 'other'}` as keyof S & string;
  return translate(strings, locale, form, { n: n.toLocaleString('en'), ...vars });
}
