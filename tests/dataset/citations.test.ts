// BibTeX and CSL-JSON for a statement and for the dataset, read back by citation-js (the parser Zotero's BibTeX
// import agrees with on these fields) and rendered by citeproc: what a reference manager would import.
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { bibtex, datasetCsl, statementCsl } from '../../src/lib/citation.ts';

const statement = {
  id: '0123456789abcdef',
  title: 'Minister: 50% of {scam} ads & #fraud_posts must go ~ by "June" \\ now',
  titleBy: 'source' as const,
  outlet: 'Kementerian Komunikasi',
  kind: 'ministry' as const,
  url: 'https://www.kkd.example/press/2025/01?id=5&lang=ms#top',
  published: '2025-01-15T23:30:00+08:00',
  firstSeen: '2025-01-15T16:00:00Z',
  origin: 'scraped' as const,
  language: 'ms',
  speakers: ['Fahmi Fadzil'],
};
const permalink = 'https://pantau.example/statements/0123456789abcdef/';
const read = (input: unknown) => new Cite(input).data[0] as Record<string, unknown>;

describe('statement citations', () => {
  it('survive BibTeX\'s special characters: the title, address and date read back as written', () => {
    const item = read(bibtex(statementCsl(statement, permalink, '2025-06-01')));
    expect(item.title).toBe(statement.title);
    expect(item.URL).toBe(statement.url);
    // The day in the source's own offset, not shifted to UTC (where it is still the 15th, 15:30).
    expect(item.issued).toEqual({ 'date-parts': [[2025, 1, 15]] });
    expect(item.accessed).toEqual({ 'date-parts': [[2025, 6, 1]] });
    // A body as author, double-braced: one name, never split into "Komunikasi, K.".
    expect(item.author).toEqual([{ family: 'Kementerian Komunikasi' }]);
    expect(String(item.note)).toContain(permalink);
  });

  it('name a news report\'s outlet as its newspaper, not its author, and a curated record as Pantau\'s summary', () => {
    const news = statementCsl({ ...statement, kind: 'news', outlet: 'Malay Mail' }, permalink, '2025-06-01');
    expect(news).toMatchObject({ type: 'article-newspaper', 'container-title': 'Malay Mail' });
    expect(news.author).toBeUndefined();
    const curated = statementCsl({ ...statement, origin: 'curated', titleBy: 'pantau', published: null }, permalink, '2025-06-01');
    expect(curated.note).toMatch(/Summary by Pantau of the source; title supplied by Pantau/);
    expect(curated.issued).toBeUndefined();
    expect(new Cite(curated).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' })).toMatch(/n\.d\./);
  });
});

describe('the dataset citation', () => {
  it('names the snapshot date and the database\'s hash, and reads back from BibTeX', () => {
    const hash = 'ab'.repeat(32);
    const csl = datasetCsl({ date: '2026-12-04', sha256: hash }, 'https://pantau.example/data/', '2026-12-05');
    const item = read(bibtex(csl));
    expect(item.issued).toEqual({ 'date-parts': [[2026, 12, 4]] });
    expect(String(item.note)).toContain(hash);
    const apa = new Cite(csl).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
    expect(apa).toMatch(/^Pantau\. \(2026\)\./);
    expect(apa).toContain('https://pantau.example/data/');
  });
});
