// The interface dictionary: every string in both languages with the same placeholders, dates in Malay as Intl's ms-MY
// writes them, and a Malay name for every subject of the taxonomy that has a name of its own.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { SITE_STRINGS, copyFor, t } from '../../src/i18n/index.ts';
import { placeholders } from '../../src/i18n/translate.ts';
import { MALAY_SUBJECT_NAMES } from '../../src/i18n/subject-names.ts';
import { MONTHS, formatDate } from '../../src/lib/dates.ts';
import { samePageIn, sitePath } from '../../src/lib/site-url.ts';
import { taxonomyEntries } from '../../src/lib/taxonomy-names.ts';
import { EXAMPLE_QUERIES } from '../../src/lib/dataset/examples.ts';
import { COMMITMENT_COLUMNS } from '../../src/lib/export.ts';
import { STATEMENT_KEYS } from '../../src/lib/schema.ts';

const entries = Object.entries(SITE_STRINGS) as [string, { en: string; ms?: string }][];

describe('the dictionary', () => {
  it('has every string in English and in Malay', () => {
    const missing = entries.filter(([, e]) => !e.en.trim() || !e.ms?.trim()).map(([key]) => key);
    expect(missing).toEqual([]);
  });

  it('gives the Malay the same placeholders as the English', () => {
    const mismatched = entries
      .filter(([, e]) => e.ms !== undefined && placeholders(e.en).join() !== placeholders(e.ms).join())
      .map(([key, e]) => `${key}: ${placeholders(e.en).join()} ≠ ${placeholders(e.ms!).join()}`);
    expect(mismatched).toEqual([]);
  });

  it('gives counted strings both forms', () => {
    const stems = entries.map(([key]) => key).filter((key) => key.endsWith('.one')).map((key) => key.slice(0, -4));
    expect(stems.filter((stem) => !(`${stem}.other` in SITE_STRINGS))).toEqual([]);
  });

  it('fills placeholders and counts', () => {
    expect(t('ms', 'pager.page', { n: 3 })).toBe('Halaman 3');
    expect(copyFor('en').count('people.quotes', 1)).toBe('1 quote');
    expect(copyFor('en').count('people.quotes', 2)).toBe('2 quotes');
    expect(copyFor('ms').count('people.quotes', 2)).toBe('2 petikan');
  });

  it('reads an unknown or missing locale as English', () => {
    expect(copyFor(undefined).locale).toBe('en');
    expect(copyFor('fr').t('nav.search')).toBe('Search');
    expect(copyFor('ms').t('nav.search')).toBe('Carian');
  });
});

describe("the data page's dictionary", () => {
  it('explains every field of the record and every column of commitments.csv', () => {
    const keys = [...STATEMENT_KEYS.map((k) => `field.${k}`), ...COMMITMENT_COLUMNS.map((c) => `column.${c}`)];
    expect(keys.filter((key) => !(key in SITE_STRINGS))).toEqual([]);
  });

  it('asks each example query as src/lib/dataset/examples.ts does', () => {
    const strings = SITE_STRINGS as Record<string, { en: string }>;
    expect(EXAMPLE_QUERIES.map((e) => strings[`example.${e.id}`]?.en)).toEqual(EXAMPLE_QUERIES.map((e) => e.question));
  });
});

describe('dates in Malay', () => {
  it('writes "30 Oktober 2024"', () => {
    expect(formatDate('2024-10-30', 'day', 'ms')).toBe('30 Oktober 2024');
    expect(formatDate('2024-10-30T14:05:00+08:00', 'time', 'ms')).toBe('30 Oktober 2024, 14:05 UTC+08:00');
    expect(copyFor('ms').partialDate('2023-06')).toBe('Jun 2023');
  });

  it('names the months as Intl ms-MY does', () => {
    const intl = new Intl.DateTimeFormat('ms-MY', { month: 'long', timeZone: 'UTC' });
    const expected = Array.from({ length: 12 }, (_, m) => intl.format(new Date(Date.UTC(2024, m, 15))));
    expect(MONTHS.ms).toEqual(expected);
  });

  it('keeps the English dates as they were', () => {
    expect(formatDate('2024-10-30')).toBe('30 October 2024');
  });
});

describe('links in each language', () => {
  it('puts Malay pages below /ms/ and leaves English ones where they were', () => {
    expect(sitePath('/people/', 'ms')).toBe('/ms/people/');
    expect(sitePath('/people/')).toBe('/people/');
  });

  it('switches a page to the same page in the other language', () => {
    expect(samePageIn('/statements/abc/', 'en', 'ms')).toBe('/ms/statements/abc/');
    expect(samePageIn('/ms/statements/abc/', 'ms', 'en')).toBe('/statements/abc/');
    expect(samePageIn('/ms/', 'ms', 'en')).toBe('/');
    expect(samePageIn('/', 'en', 'ms')).toBe('/ms/');
  });
});

describe('Malay subject names', () => {
  it('covers every actor and issue of the taxonomy, and names only ids that exist', async () => {
    const ids = async (kind: string) =>
      taxonomyEntries(JSON.parse(await readFile(`data/taxonomy/${kind}.json`, 'utf8'))).map((e) => e.id);
    const [platforms, actors, issues] = await Promise.all(['platforms', 'actors', 'issues'].map(ids));
    expect([...actors!, ...issues!].filter((id) => !(id in MALAY_SUBJECT_NAMES))).toEqual([]);
    const known = new Set([...platforms!, ...actors!, ...issues!]);
    expect(Object.keys(MALAY_SUBJECT_NAMES).filter((id) => !known.has(id))).toEqual([]);
  });
});
