// A claim's confidence is how often claims of its shape were right on the claims sets' development halves: a fine
// or a suit is surer than a criticism, "agreed to" surer than "akan" in a sentence naming several parties, a quote
// whose speaker is named right after it surer than one read off the sentence's subject.
import { describe, expect, it } from 'vitest';
import { readDevelopmentHalves } from '../../scrapers/tag/evaluate-claims.ts';
import { measureShapes } from '../../scrapers/tag/measure-confidence.ts';
import { claimConfidence, MEASURED, MIN_CLAIMS, shareRight } from '../../scrapers/tag/confidence.ts';
import { CONFIDENCE_THRESHOLD } from '../../src/lib/reviewed-claims.ts';
import { tag, taxonomy } from './helpers.ts';

const shown = (c: { confidence: number }) => c.confidence >= CONFIDENCE_THRESHOLD;

describe('claim confidence in the tagger', () => {
  it('trusts a fine more than a criticism told in a later sentence than the authority', async () => {
    const fine = await tag('The MCMC fined TikTok RM50,000 for failing to remove online gambling adverts.');
    const answer = await tag('The MCMC wrote to TikTok on Monday. TikTok criticised the new rules on online gambling adverts.');
    expect(fine.disputes.map((d) => [d.from, d.against, shown(d)])).toEqual([['mcmc', 'tiktok', true]]);
    expect(answer.disputes.map((d) => [d.from, d.against])).toEqual([['tiktok', 'mcmc']]);
    expect(answer.disputes[0]!.confidence).toBeLessThan(fine.disputes[0]!.confidence);
  });

  it('gives "agreed to" with one party and "akan" with several the shares measured for their shapes', async () => {
    const agreed = await tag('The MCMC said Meta agreed to remove scam adverts within 24 hours of a report.');
    const akan = await tag('SKMM berkata TikTok dan Meta akan menurunkan iklan penipuan dalam tempoh 24 jam.');
    expect(agreed.commitments.map((c) => [c.by, c.confidence])).toEqual([['meta', claimConfidence('commitment', 'agreed several')]]);
    expect(akan.commitments.map((c) => [c.by, c.confidence])).toEqual([
      ['tiktok', claimConfidence('commitment', 'akan several')],
      ['meta', claimConfidence('commitment', 'akan several')],
    ]);
  });

  it('trusts a quote whose speaker is named after it more than one read off the subject before it', async () => {
    const after = await tag('"We will not allow scam adverts to stay up for days," said Communications Minister Ana Quill.');
    const before = await tag('Communications Minister Ana Quill told reporters platforms were "far too slow to act on scam adverts".');
    expect(after.quotes.map((q) => q.confidence)).toEqual([claimConfidence('quote', 'named-after')]);
    expect(before.quotes.map((q) => q.confidence)).toEqual([claimConfidence('quote', 'subject-before')]);
    expect(before.quotes[0]!.confidence).toBeLessThan(after.quotes[0]!.confidence);
  });
});

describe('the confidence table', () => {
  it('gives each shape its measured share, rounded, and a shape seen too rarely its kind\'s share', () => {
    const [found, right] = MEASURED.dispute['opposition both-named']!;
    expect(right / found).toBeLessThan(0.95); // below the ceiling, so the share itself shows
    expect(claimConfidence('dispute', 'opposition both-named')).toBe(Math.round((100 * right) / found) / 100);
    expect(MEASURED.dispute['opposition legislature']![0]).toBeLessThan(MIN_CLAIMS);
    expect(claimConfidence('dispute', 'opposition legislature')).toBe(claimConfidence('dispute', 'no such shape'));
    const [allFound, allRight] = MEASURED.dispute.all!;
    expect(claimConfidence('dispute', 'no such shape')).toBe(Math.round((100 * allRight) / allFound) / 100);
  });

  it('never gives a machine-found claim an editor\'s certainty', () => {
    // A shape every one of whose claims was right still stays below 1 (whether or not today's table has one).
    expect(shareRight([40, 40])).toBeLessThan(1);
    expect(shareRight([40, 30])).toBe(0.75);
    for (const [kind, table] of Object.entries(MEASURED)) {
      for (const shape of Object.keys(table)) expect(claimConfidence(kind as keyof typeof MEASURED, shape)).toBeLessThan(1);
    }
  });

  // A rule change that changes which claims are found must re-measure the table (`npm run measure:confidence --
  // --write`): otherwise the confidences shown on the site describe rules that are gone.
  it('holds the shares measured on the development halves as the tagger finds its claims today', async () => {
    expect(measureShapes(await readDevelopmentHalves(), await taxonomy())).toEqual(MEASURED);
  });

  it('counts every claim of a kind in exactly one shape', () => {
    for (const table of Object.values(MEASURED)) {
      const { all, ...shapes } = table;
      const sum = Object.values(shapes).reduce(([f, r], [a, b]) => [f + a, r + b], [0, 0]);
      expect(sum).toEqual(all);
    }
  });
});
