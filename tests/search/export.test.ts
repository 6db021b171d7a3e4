import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { searchCsvName, searchResultsCsv } from '../../src/lib/search/export.ts';
import { emptyState } from '../../src/lib/search/query.ts';

const card = { id: '0123456789abcdef', title: '=HYPERLINK("http://evil.example","click")', outlet: '@Outlet, "Ltd"', published: null, day: '2025-01-15', kind: 'news', summary: true, language: 'en' };

describe('search results as CSV', () => {
  it('quotes commas and quotes, keeps a spreadsheet from running a title, and links each result', () => {
    const [row] = parse(searchResultsCsv([card], 'https://pantau.example/base/'), { columns: true }) as Record<string, string>[];
    expect(row).toEqual({
      id: card.id, day: '2025-01-15', published: '', outlet: '\'@Outlet, "Ltd"', kind: 'news', title: `'${card.title}`, textBy: 'pantau',
      permalink: 'https://pantau.example/base/statements/0123456789abcdef/',
    });
  });

  it('names the file after the words and filters of the search', () => {
    const state = { ...emptyState(), q: 'Lesen "media sosial"', filters: { ...emptyState().filters, platform: ['meta'] }, page: 3 };
    expect(searchCsvName(state)).toBe('pantau-search-lesen-media-sosial-meta.csv');
    expect(searchCsvName(emptyState())).toBe('pantau-search.csv');
  });
});
