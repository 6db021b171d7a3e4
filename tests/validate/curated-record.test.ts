import { describe, expect, it } from 'vitest';
import { curatedRecord, localMidnight } from '../../scrapers/validate/curated-record.ts';
import { statementId } from '../../scrapers/store/statements.ts';

describe('localMidnight', () => {
  it('uses the offset in force on that day, daylight saving included', () => {
    expect(localMidnight('2024-10-30', 'MY')).toBe('2024-10-30T00:00:00+08:00');
    expect(localMidnight('2024-11-29', 'AU')).toBe('2024-11-29T00:00:00+11:00');
    expect(localMidnight('2025-07-30', 'AU')).toBe('2025-07-30T00:00:00+10:00');
    expect(localMidnight('2025-06-10', 'GB')).toBe('2025-06-10T00:00:00+01:00');
    expect(localMidnight('2024-12-16', 'GB')).toBe('2024-12-16T00:00:00+00:00');
  });

  it('takes the offset at midnight itself on the days clocks change', () => {
    // Brussels moves to summer time at 02:00 on 30 March 2025 and back at 03:00 on 26 October 2025.
    expect(localMidnight('2025-03-30', 'EU')).toBe('2025-03-30T00:00:00+01:00');
    expect(localMidnight('2025-10-26', 'EU')).toBe('2025-10-26T00:00:00+02:00');
  });

  it('refuses an unknown jurisdiction or a malformed day', () => {
    expect(() => localMidnight('2025-01-01', 'ZZ')).toThrow('no time zone known for jurisdiction ZZ');
    expect(() => localMidnight('1 Jan 2025', 'MY')).toThrow('not a YYYY-MM-DD day');
  });
});

describe('curatedRecord', () => {
  const input = {
    url: 'https://paper.example/amp/news/2025/01/01/rule-in-force?utm_source=feed',
    title: 'Rule in force',
    sourceId: 'paper-example',
    outlet: 'Paper Example',
    kind: 'news' as const,
    jurisdiction: 'SG',
    language: 'en',
    day: '2025-01-01',
    speakers: ['A Minister'],
    summary: 'The minister said the rule took effect. She gave no figures.',
  };

  it('keeps the address as read, derives the id from the canonical address, and carries only our summary', () => {
    const record = curatedRecord(input, '2026-11-29T02:00:00Z');
    expect(record.url).toBe(input.url);
    expect(record.canonicalUrl).toBe('https://paper.example/news/2025/01/01/rule-in-force');
    expect(record.id).toBe(statementId(record.canonicalUrl));
    expect(record).toMatchObject({
      origin: 'curated',
      text: '',
      contentHash: null,
      summary: { author: 'Pantau', text: input.summary },
      published: '2025-01-01T00:00:00+08:00',
      publishedPrecision: 'day',
      firstSeen: '2026-11-29T02:00:00Z',
      tags: null,
    });
  });

  it('records the summary\'s language only when it is not the page\'s', () => {
    expect(curatedRecord({ ...input, language: 'ms', summaryLanguage: 'en' }, '2026-11-29T02:00:00Z').summary).toEqual({ author: 'Pantau', text: input.summary, language: 'en' });
    expect(curatedRecord({ ...input, summaryLanguage: 'en' }, '2026-11-29T02:00:00Z').summary).toEqual({ author: 'Pantau', text: input.summary });
  });

  it('rejects an input the schema would reject', () => {
    expect(() => curatedRecord({ ...input, summary: '' }, '2026-11-29T02:00:00Z')).toThrow();
    expect(() => curatedRecord({ ...input, url: 'ftp://paper.example/x' }, '2026-11-29T02:00:00Z')).toThrow();
  });
});
