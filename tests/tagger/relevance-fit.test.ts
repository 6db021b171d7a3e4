// The relevance score's weights are fitted on the claims sets' development halves, for statements as long as those;
// shorter ones keep the weights set by hand. A scam victim's story that names WhatsApp only as where it happened is
// off-topic, as the issue asks, however long.
import { describe, expect, it } from 'vitest';
import { readDevelopmentHalves } from '../../scrapers/tag/evaluate-claims.ts';
import { fitRelevance, relevanceExamples, type RelevanceExample } from '../../scrapers/tag/fit-relevance.ts';
import { RELEVANCE_FEATURES, relevanceFeatures, type RelevanceFeatures } from '../../scrapers/tag/relevance.ts';
import { RELEVANCE_WEIGHTS } from '../../scrapers/tag/relevance-weights.ts';
import { tag, taxonomy } from './helpers.ts';

const VICTIM_STORY = `A retired teacher from the fictional town of Ostrel lost most of her savings to an investment scam after joining a WhatsApp group that promised quick returns on cryptocurrency trading, her son said on Tuesday.

The woman, 61, was added to the group by a stranger who claimed to be a financial adviser. Over six weeks she transferred money to several bank accounts after being shown screenshots of profits made by other members, who her family now believe were part of the same syndicate.

When she asked to withdraw her money, she was told to pay a release fee. After she paid it, WhatsApp removed the group following reports from other users, and the numbers stopped answering.

Her son said the family hoped her story would make others think twice before sending money to strangers they meet in chat groups.`;

const example = (over: Partial<RelevanceFeatures>, relevant: boolean): RelevanceExample => ({
  features: { ...(Object.fromEntries(RELEVANCE_FEATURES.map((f) => [f, 0])) as RelevanceFeatures), ...over },
  relevant,
});
const score = (w: ReturnType<typeof fitRelevance>, e: RelevanceExample) =>
  RELEVANCE_FEATURES.reduce((z, f) => z + w[f] * e.features[f], w.intercept);

describe('relevance weights', () => {
  it('reads a long scam victim\'s story that names WhatsApp only as where it happened as off-topic', async () => {
    const t = await tag(VICTIM_STORY, 'Pensioner loses savings to fake trading group on WhatsApp');
    expect(t.relevant, t.reason).toBe(false);
  });

  it('counts Malay regulatory words as it counts their English twins', () => {
    const signals = { issues: [], platforms: [], actors: [], police: [], governed: false };
    const english = relevanceFeatures('The authority issued an order, a ban and a licence code.', signals);
    const malay = relevanceFeatures('Pihak berkuasa mengeluarkan perintah, larangan dan kod lesen.', signals);
    expect(malay.regulatoryWords).toBe(english.regulatoryWords);
    expect(malay.regulatoryWords).toBe(4);
  });

  it('fits weights that tell the examples apart, and rejects more when an off-topic statement counts more', () => {
    const examples = [
      ...Array.from({ length: 20 }, () => example({ governed: 1, issues: 1 }, true)),
      ...Array.from({ length: 5 }, () => example({ governed: 0, issues: 1 }, true)),
      ...Array.from({ length: 10 }, () => example({ governed: 0, issues: 1 }, false)),
      ...Array.from({ length: 10 }, () => example({ offTopicWords: 3 }, false)),
    ];
    const even = fitRelevance(examples, { offTopicWeight: 1, penalty: 0.1 });
    expect(even.governed).toBeGreaterThan(0);
    expect(even.offTopicWords).toBeLessThan(0);
    expect(score(even, example({ governed: 1, issues: 1 }, true))).toBeGreaterThan(0);
    expect(score(even, example({ offTopicWords: 3 }, false))).toBeLessThan(0);
    // Ungoverned statements with an issue are relevant 5 times in 15: off-topic unless off-topic ones count less.
    const ungoverned = example({ governed: 0, issues: 1 }, false);
    const lenient = fitRelevance(examples, { offTopicWeight: 0.25, penalty: 0.1 });
    expect(score(lenient, ungoverned)).toBeGreaterThan(score(even, ungoverned));
  });

  // Like the confidence table: a rule change that changes what the tagger finds must refit (`npm run fit:relevance --
  // --write`), or the score weighs features as they no longer are.
  it('holds the weights fitted on the development halves as the tagger finds its features today', async () => {
    const fitted = fitRelevance(relevanceExamples(await readDevelopmentHalves(), await taxonomy()));
    for (const f of ['intercept', ...RELEVANCE_FEATURES] as const) expect(RELEVANCE_WEIGHTS[f], f).toBeCloseTo(fitted[f], 3);
  });
});
