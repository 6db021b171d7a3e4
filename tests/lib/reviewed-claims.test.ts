import { describe, expect, it } from 'vitest';
import { CONFIDENCE_THRESHOLD, inScope, matchingClaims, reviewedClaims } from '../../src/lib/reviewed-claims.ts';
import { correctionSchema, type Correction } from '../../src/lib/records.ts';
import type { Tags } from '../../src/lib/schema.ts';

const speaker = { name: 'Aminah Contoh', person: 'aminah-contoh', org: 'regulator-example' };
const tags: Tags = {
  relevant: true, relevance: 0.9, reason: '', platforms: ['chirper'], actors: ['regulator-example'], issues: ['licensing'], people: [],
  quotes: [{ text: 'We expect every platform to comply.', speaker, confidence: 0.9 }],
  commitments: [
    { by: 'chirper', what: 'apply for a licence by January', due: null, evidence: 'Chirper will apply for a licence by January.', speaker, confidence: 0.5 },
    { by: 'chirper', what: 'remove scam ads within 24 hours', due: null, evidence: 'It will remove scam ads within 24 hours.', speaker, confidence: 0.9 },
  ],
  disputes: [
    { from: 'regulator-example', against: 'chirper', over: 'licensing', evidence: 'The regulator warned Chirper.', speaker: null, confidence: 0.8 },
    { from: 'chirper', against: 'photogram', over: null, evidence: 'Chirper and Photogram both answered.', speaker: null, confidence: 0.75 },
  ],
  demands: [],
};
const correction = (claims: unknown[]): Correction =>
  correctionSchema.parse({ statementId: '0123456789abcdef', claims, note: 'Claims checked.', reviewedOn: '2026-12-01T10:00:00Z' });

describe('reviewedClaims', () => {
  it('marks every claim machine-found and unreviewed when no editor has looked at it', () => {
    const claims = reviewedClaims(tags, undefined);
    expect(claims.commitments.map((c) => c.state)).toEqual(['unreviewed', 'unreviewed']);
    expect(claims.quotes[0]).toMatchObject({ kind: 'quote', index: 0, state: 'unreviewed', note: null });
  });

  it('confirms, rejects and fixes the claim a review names by kind and key fields, and adds claims the tagger missed', () => {
    const claims = reviewedClaims(
      tags,
      correction([
        { kind: 'commitment', review: 'confirm', match: { by: 'chirper', what: 'apply for a licence' } },
        { kind: 'commitment', review: 'fix', match: { what: 'remove scam ads' }, set: { what: 'remove scam ads within 24 hours of a report', due: '2025-01-01' } },
        { kind: 'dispute', review: 'reject', match: { from: 'chirper', against: 'photogram' }, note: 'Both answered the regulator; they are not at odds.' },
        { kind: 'demand', review: 'add', claim: { by: 'regulator-example', on: 'chirper', what: 'verify advertisers', evidence: 'The regulator told Chirper to verify advertisers.', speaker: null } },
      ]),
    );
    expect(claims.commitments.map((c) => [c.state, c.claim.what, c.claim.due])).toEqual([
      ['confirmed', 'apply for a licence by January', null],
      ['corrected', 'remove scam ads within 24 hours of a report', '2025-01-01'],
    ]);
    expect(claims.disputes.map((d) => [d.state, d.note])).toEqual([
      ['unreviewed', null],
      ['rejected', 'Both answered the regulator; they are not at odds.'],
    ]);
    expect(claims.demands).toEqual([
      expect.objectContaining({ state: 'added', index: 0, claim: expect.objectContaining({ what: 'verify advertisers', confidence: 1 }) }),
    ]);
    // The tagger's output is left as it was.
    expect(tags.commitments[1]!.what).toBe('remove scam ads within 24 hours');
  });

  it('leaves a claim unreviewed when a review names none of them, or more than one', () => {
    const claims = reviewedClaims(
      tags,
      correction([
        { kind: 'commitment', review: 'confirm', match: { by: 'chirper' } },
        { kind: 'dispute', review: 'confirm', match: { from: 'nobody' } },
      ]),
    );
    expect([...claims.commitments, ...claims.disputes].map((c) => c.state)).toEqual(['unreviewed', 'unreviewed', 'unreviewed', 'unreviewed']);
  });
});

describe('which claims lists and counts show', () => {
  it('by default checked claims and unchecked ones at the threshold or above; with all, every claim not rejected', () => {
    const claims = reviewedClaims(
      tags,
      correction([{ kind: 'dispute', review: 'reject', match: { against: 'photogram' }, note: 'Not at odds.' }]),
    );
    const low = claims.commitments[0]!;
    expect(low.claim.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
    expect([low, claims.commitments[1]!, claims.disputes[0]!, claims.disputes[1]!].map((c) => inScope(c, 'default'))).toEqual([false, true, true, false]);
    expect([low, claims.disputes[1]!].map((c) => inScope(c, 'all'))).toEqual([true, false]);
    const confirmed = reviewedClaims(tags, correction([{ kind: 'commitment', review: 'confirm', match: { what: 'apply' } }]));
    expect(inScope(confirmed.commitments[0]!, 'default')).toBe(true);
  });

  it('tells apart two claims alike but for their sentence by the start of the sentence', () => {
    const headline = { ...tags.commitments[0]!, evidence: 'Chirper to apply for a licence' };
    const twice = { ...tags, commitments: [headline, tags.commitments[0]!] };
    const same = { by: 'chirper', what: 'apply for a licence' };
    expect(matchingClaims(twice, 'commitment', same)).toEqual([0, 1]);
    expect(matchingClaims(twice, 'commitment', { ...same, evidence: 'Chirper will apply' })).toEqual([1]);
    const claims = reviewedClaims(twice, correction([{ kind: 'commitment', review: 'reject', match: { ...same, evidence: 'Chirper to apply' }, note: 'The headline of the same promise.' }]));
    expect(claims.commitments.map((c) => c.state)).toEqual(['rejected', 'unreviewed']);
  });
});

describe('claim review records', () => {
  const parse = (claim: unknown) => correctionSchema.safeParse({ statementId: '0123456789abcdef', claims: [claim], note: 'n', reviewedOn: '2026-12-01T10:00:00Z' });
  const firstProblem = (claim: unknown) => {
    const result = parse(claim);
    return result.success ? null : `${result.error.issues[0]!.path.join('.')}: ${result.error.issues[0]!.message}`;
  };

  it('need a match for confirm, reject and fix, a reason for a rejection, the fields for a fix, the whole claim for an addition', () => {
    expect(firstProblem({ kind: 'commitment', review: 'confirm' })).toBe('claims.0.match: say which commitment is reviewed in `match`');
    expect(firstProblem({ kind: 'commitment', review: 'confirm', match: {} })).toBe('claims.0.match: name the claim by at least one field');
    expect(firstProblem({ kind: 'dispute', review: 'reject', match: { from: 'chirper' } })).toBe('claims.0.note: say in `note` why the claim is rejected');
    expect(firstProblem({ kind: 'commitment', review: 'fix', match: { by: 'chirper' } })).toBe('claims.0.set: a fix says in `set` what the claim should read');
    expect(firstProblem({ kind: 'commitment', review: 'add', claim: { by: 'chirper', what: 'comply' } })).toMatch(/^claims\.0\.claim\.(due|evidence|speaker): Required/);
    expect(firstProblem({ kind: 'dispute', review: 'add', claim: { from: 'chirper', against: 'chirper', over: null, evidence: 'x', speaker: null } })).toBe(
      'claims.0.claim: a dispute needs two different parties',
    );
    expect(firstProblem({ kind: 'promise', review: 'confirm', match: { by: 'chirper' } })).toMatch(/^claims\.0\.kind: Invalid discriminator value/);
    expect(firstProblem({ kind: 'commitment', review: 'confirm', match: { by: 'chirper', colour: 'red' } })).toMatch(/Unrecognized key/);
    expect(firstProblem({ kind: 'commitment', review: 'confirm', match: { by: 'chirper' } })).toBeNull();
  });
});
