import { describe, expect, it } from 'vitest';
import { statementSchema, type Statement } from '../../src/lib/schema.ts';
import { mergeObservation } from '../../scrapers/store/history.ts';
import { contentHash, serialiseStatement } from '../../scrapers/store/statements.ts';

const DAY = 24 * 3600 * 1000;
const t0 = '2026-03-03T01:00:00.000Z';
const later = (days: number) => new Date(Date.parse(t0) + days * DAY).toISOString();

function observed(text: string, at: string, snapshot = 'a'.repeat(64), title = 'MCMC statement on platform licensing'): Statement {
  return statementSchema.parse({
    id: '0123456789abcdef',
    origin: 'scraped',
    url: 'https://regulator.example/en/media/press-releases/licensing',
    canonicalUrl: 'https://regulator.example/en/media/press-releases/licensing',
    sourceId: 'regulator-example',
    outlet: 'Regulator Example',
    kind: 'regulator',
    jurisdiction: 'MY',
    language: 'en',
    title,
    published: '2026-03-03T00:00:00+08:00',
    publishedPrecision: 'day',
    firstSeen: at,
    lastSeen: at,
    speakers: [],
    text,
    contentHash: contentHash(text),
    snapshotHash: snapshot,
    history: [],
    removedAt: null,
    summary: null,
    tags: null,
  });
}

describe('mergeObservation', () => {
  const first = observed('The first text.', t0);

  it('stores a new page as it was observed', () => {
    expect(mergeObservation(null, { status: 'found', statement: first, at: t0 })).toEqual({ statement: first, change: 'new' });
    expect(mergeObservation(null, { status: 'gone', at: t0 })).toBeNull();
  });

  it('changes no byte when the same text is seen again within a week', () => {
    const merged = mergeObservation(first, { status: 'found', statement: observed('The first text.', later(3), 'b'.repeat(64)), at: later(3) });
    expect(merged!.change).toBe('unchanged');
    expect(serialiseStatement(merged!.statement)).toBe(serialiseStatement(first));
    expect(mergeObservation(first, { status: 'not-modified', at: later(6) })!.statement).toBe(first);
  });

  it('moves lastSeen only once a week has passed', () => {
    const merged = mergeObservation(first, { status: 'not-modified', at: later(8) });
    expect(merged!.statement.lastSeen).toBe(later(8));
    expect(merged!.change).toBe('unchanged');
  });

  it('keeps the earlier text as a version when the source edits it', () => {
    const edited = observed('The corrected text.', later(2), 'c'.repeat(64), 'MCMC statement (corrected)');
    const merged = mergeObservation(first, { status: 'found', statement: edited, at: later(2) })!;
    expect(merged.change).toBe('updated');
    expect(merged.statement.text).toBe('The corrected text.');
    expect(merged.statement.title).toBe('MCMC statement (corrected)');
    expect(merged.statement.firstSeen).toBe(t0);
    expect(merged.statement.lastSeen).toBe(later(2));
    expect(merged.statement.history).toEqual([
      { title: first.title, text: 'The first text.', contentHash: first.contentHash, firstSeen: t0, lastSeen: t0 },
    ]);
    // A second edit: the version in between starts when it was first seen, kept in the source state.
    const again = mergeObservation(merged.statement, { status: 'found', statement: observed('Third.', later(9), 'd'.repeat(64)), at: later(9) }, { versionSince: later(2) })!;
    expect(again.statement.history.map((v) => [v.text, v.firstSeen, v.lastSeen])).toEqual([
      ['The first text.', t0, t0],
      ['The corrected text.', later(2), later(2)],
    ]);
    expect(statementSchema.safeParse(again.statement).success).toBe(true);
  });

  it('treats new text from the same page bytes as a re-extraction, not an edit', () => {
    const merged = mergeObservation(first, { status: 'found', statement: observed('Better extracted text.', later(1)), at: later(1) })!;
    expect(merged.change).toBe('re-extracted');
    expect(merged.statement.history).toEqual([]);
    expect(merged.statement.text).toBe('Better extracted text.');
  });

  it('treats new text as a re-extraction when the kept snapshot gives the same text today', () => {
    const next = observed('Better extracted text.', later(1), 'e'.repeat(64));
    const merged = mergeObservation(first, { status: 'found', statement: next, at: later(1) }, { reextractedStoredHash: next.contentHash })!;
    expect(merged.change).toBe('re-extracted');
    expect(merged.statement.snapshotHash).toBe('e'.repeat(64));
  });

  it('marks a page that answers 404 as removed and keeps everything', () => {
    const merged = mergeObservation(first, { status: 'gone', at: later(1) })!;
    expect(merged.change).toBe('removed');
    expect(merged.statement).toEqual({ ...first, removedAt: later(1) });
    expect(mergeObservation(merged.statement, { status: 'gone', at: later(2) })!.change).toBe('unchanged');
    const back = mergeObservation(merged.statement, { status: 'found', statement: observed('The first text.', later(3)), at: later(3) })!;
    expect(back.change).toBe('restored');
    expect(back.statement.removedAt).toBeNull();
  });
});
