// A second writer's labels are scored against the first writer's exactly as the tagger's findings are, and only on
// development statements: the ceiling `npm run eval:tagger` reports must mean what it says.
import { describe, expect, it } from 'vitest';
import { AGREEMENT_PATH, labelsAsTags, pairLabels, readSecondLabels } from '../../scrapers/tag/agreement.ts';
import {
  CLAIM_FIELDS, CLAIMS_SETS, evaluateClaims, readClaimsSet, readDevelopmentHalves, type ClaimsLabelled,
} from '../../scrapers/tag/evaluate-claims.ts';
import { taxonomy } from './helpers.ts';

const firstHeldOut = async () => (await readClaimsSet(CLAIMS_SETS.find((s) => s.frozen)!.path))[0]!;

describe('writers agreeing', () => {
  it('scores a writer against their own labels as full agreement on every field, speakers and dates included', async () => {
    const items = await readDevelopmentHalves();
    const tax = await taxonomy();
    const self = evaluateClaims(items, tax, (item) => labelsAsTags(item.expected, tax));
    for (const field of CLAIM_FIELDS) expect({ field, f1: self.overall[field].f1 }).toEqual({ field, f1: 1 });
    // Not vacuous: the labels hold people and bodies as speakers, and dated promises.
    expect(self.overall.quotes.tp).toBeGreaterThan(500);
    expect(self.overall.due.tp).toBeGreaterThan(100);
  });

  it('counts a second writer who turns a dispute round as agreeing on the pair but not on its direction', async () => {
    const tax = await taxonomy();
    const first: ClaimsLabelled = {
      id: 'Q-1', lang: 'en', date: '2025-01-01', title: 't', text: 'x', negatives: [],
      expected: {
        relevant: true, platforms: ['x'], actors: ['mcmc'], issues: ['scams'], quotes: [], commitments: [], demands: [],
        disputes: [{ from: 'mcmc', against: 'x', over: 'scams' }],
      },
    };
    const second = { ...first.expected, disputes: [{ from: 'x', against: 'mcmc', over: 'scams' }] };
    const scored = evaluateClaims([first], tax, () => labelsAsTags(second, tax)).overall;
    expect([scored.pairs.f1, scored['pair+issue'].f1, scored.direction.f1]).toEqual([1, 1, 0]);
  });

  it('relabels development statements only, each once, and refuses an id no development half holds', async () => {
    const development = await readDevelopmentHalves();
    const second = await readSecondLabels();
    expect(second.length).toBeGreaterThanOrEqual(150);
    expect(new Set(second.map((s) => s.id)).size).toBe(second.length);
    expect(pairLabels(development, second)).toHaveLength(second.length);
    const heldOut = await firstHeldOut();
    expect(() => pairLabels(development, [{ id: heldOut.id, expected: heldOut.expected }])).toThrow(
      `${AGREEMENT_PATH}: ${heldOut.id} is in no development half`,
    );
  });
});
