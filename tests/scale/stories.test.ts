// Syndicated stories found a few weeks at a time must be exactly those found over all statements at once.
import { describe, expect, it } from 'vitest';
import { findStories, type SyndicationDoc } from '../../scrapers/normalise/syndication.ts';
import { findStoriesInWindows as findInWindows } from '../../src/lib/stories.ts';
import { syndicationFixtureSet } from '../syndication/fixture-set.ts';
import { loadArticles, syntheticStatements } from '../../bench/synthetic.ts';

/** The windowed search over documents held in memory: texts are looked up as the windows ask for them. */
function findStoriesInWindows(docs: readonly SyndicationDoc[], windowDays?: number) {
  const textOf = new Map(docs.map((d) => [d.id, d.text]));
  return findInWindows(docs, async (some) => some.map((d) => textOf.get(d.id)!), windowDays);
}

const at = (days: number) => new Date(Date.parse('2025-03-01T00:00:00Z') + days * 86_400_000).toISOString();

describe('syndicated stories in windows', () => {
  it('finds the stories of the fixture set, whatever the window', async () => {
    const docs = syndicationFixtureSet();
    const whole = findStories(docs);
    expect(whole.length).toBeGreaterThan(40);
    for (const days of [1, 2, 28]) expect(await findStoriesInWindows(docs, days), `${days}-day windows`).toEqual(whole);
  });

  it('follows a story whose copies chain across window edges', async () => {
    const text = syndicationFixtureSet()[0]!.text;
    // Each copy is 2.5 days after the last: every neighbour is close enough, the ends are not.
    const docs: SyndicationDoc[] = [0, 2.5, 5, 7.5].map((d, i) => ({ id: `copy-${i}`, text, published: at(d), firstSeen: at(d) }));
    const whole = findStories(docs);
    expect(whole).toEqual([{ originId: 'copy-0', copyIds: ['copy-1', 'copy-2', 'copy-3'] }]);
    expect(await findStoriesInWindows(docs, 1)).toEqual(whole);
    expect(await findStoriesInWindows([...docs].reverse(), 3)).toEqual(whole);
  });

  it('finds the same stories as one pass over 2,000 synthetic statements spread over ten years', async () => {
    const docs = syntheticStatements(2000, await loadArticles()).filter((s) => s.origin === 'scraped');
    const whole = findStories(docs);
    expect(whole.length).toBeGreaterThan(0);
    expect(await findStoriesInWindows(docs)).toEqual(whole);
  });
});
