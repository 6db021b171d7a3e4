import { describe, expect, it } from 'vitest';
import { statementSchema } from '../../src/lib/schema.ts';

const scraped = {
  id: '0123456789abcdef',
  origin: 'scraped',
  url: 'https://news.example/a?utm_source=x',
  canonicalUrl: 'https://news.example/a',
  sourceId: 'news-example',
  outlet: 'News Example',
  kind: 'news',
  jurisdiction: 'MY',
  language: 'en',
  title: 'A title',
  published: '2024-10-30T12:00:00+08:00',
  publishedPrecision: 'time',
  firstSeen: '2024-10-30T13:00:00Z',
  lastSeen: '2024-10-30T13:00:00Z',
  speakers: [],
  text: 'The text as published.',
  contentHash: 'a'.repeat(64),
  snapshotHash: null,
  history: [],
  removedAt: null,
  summary: null,
  tags: null,
};

describe('statement schema', () => {
  it('accepts a scraped statement', () => {
    expect(statementSchema.safeParse(scraped).success).toBe(true);
  });

  it('refuses a time without an offset, which could not be cited', () => {
    expect(statementSchema.safeParse({ ...scraped, published: '2024-10-30T12:00:00' }).success).toBe(false);
  });

  it('refuses a javascript: address', () => {
    expect(statementSchema.safeParse({ ...scraped, url: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('keeps curated summaries apart from source text', () => {
    const curated = { ...scraped, origin: 'curated', text: '', contentHash: null };
    expect(statementSchema.safeParse(curated).success).toBe(false);
    expect(statementSchema.safeParse({ ...curated, summary: { author: 'Pantau', text: 'Our words.' } }).success).toBe(true);
    expect(
      statementSchema.safeParse({ ...curated, text: 'copied', summary: { author: 'Pantau', text: 'Our words.' } }).success,
    ).toBe(false);
  });

  it('refuses unknown fields, so a typo cannot slip into the store', () => {
    expect(statementSchema.safeParse({ ...scraped, titel: 'x' }).success).toBe(false);
  });
});
