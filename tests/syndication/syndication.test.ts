import { describe, expect, it } from 'vitest';
import { findStories, shingles, similarity } from '../../scrapers/normalise/syndication.ts';
import { pairwiseScores, syndicationFixtureSet } from './fixture-set.ts';

function storyMap(ids: string[], stories: ReturnType<typeof findStories>): Map<string, string> {
  const map = new Map(ids.map((id) => [id, id]));
  for (const s of stories) for (const id of [s.originId, ...s.copyIds]) map.set(id, s.originId);
  return map;
}

describe('syndicated copies', () => {
  const docs = syndicationFixtureSet();
  const stories = findStories(docs);
  const scores = pairwiseScores(docs, storyMap(docs.map((d) => d.id), stories));

  it('links copies with realistic edits and keeps near-misses apart (pairwise precision and recall)', () => {
    console.info(`syndication: ${docs.length} documents, ${scores.pairs} true pairs, precision ${scores.precision.toFixed(3)}, recall ${scores.recall.toFixed(3)}`);
    expect(scores.pairs).toBeGreaterThan(80);
    expect(scores.precision).toBeGreaterThanOrEqual(0.98);
    expect(scores.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('makes the earliest copy the origin', () => {
    for (const s of stories) expect(s.originId).toMatch(/-origin$/);
  });

  it('keeps apart two statements on one topic on one day', () => {
    for (const s of stories) expect([s.originId, ...s.copyIds].some((id) => id.startsWith('near-'))).toBe(false);
  });

  it('does not link copies published far apart', () => {
    const text = docs[0]!.text;
    const apart = findStories([
      { id: 'a', text, published: '2025-01-01T00:00:00Z', firstSeen: '2025-01-01T00:00:00Z' },
      { id: 'b', text, published: '2025-03-01T00:00:00Z', firstSeen: '2025-03-01T00:00:00Z' },
    ]);
    expect(apart).toEqual([]);
  });

  it('measures resemblance on words, whatever the case and punctuation', () => {
    const a = shingles('Fahmi said the platforms must apply for a licence by January.');
    const b = shingles('FAHMI SAID: the platforms must apply, for a licence by January');
    expect(similarity(a, b).resemblance).toBe(1);
  });
});
