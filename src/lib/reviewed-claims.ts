// The claims the site shows: the tagger's commitments, disputes, demands and quotes with an editor's review applied
// (data/corrections/<id>.json, `claims`), each with its review state, so that a machine-found claim nobody checked
// can never pass for a checked one. Pure: the tagger's output stays as stored and measurable.
import type { Commitment, Demand, Dispute, Quote, Tags } from './schema.ts';
import type { ClaimMatch, ClaimReview, Correction } from './records.ts';

/** Claims below this confidence that no editor confirmed are left out of the tracker, the threads, the timelines and
 *  the counts unless the reader asks for all claims. */
export const CONFIDENCE_THRESHOLD = 0.7;

export type ClaimKind = 'commitment' | 'dispute' | 'demand' | 'quote';
export interface ClaimOf {
  commitment: Commitment;
  dispute: Dispute;
  demand: Demand;
  quote: Quote;
}
export const CLAIM_FIELDS = { commitment: 'commitments', dispute: 'disputes', demand: 'demands', quote: 'quotes' } as const;

/** confirmed, corrected (fixed) and added claims were checked by an editor; rejected ones are kept only to say so. */
export type ReviewState = 'confirmed' | 'corrected' | 'added' | 'rejected' | 'unreviewed';
export type ClaimScope = 'default' | 'all';


export interface ReviewedClaim<K extends ClaimKind = ClaimKind> {
  kind: K;
  /** As the site shows it: the tagger's claim, with an editor's fix applied. */
  claim: ClaimOf[K];
  /** Position on the statement's page (from 0): the tagger's claims first, in its order, then those editors added. */
  index: number;
  state: ReviewState;
  /** The editor's note, when the review gave one. */
  note: string | null;
}

export interface StatementClaims {
  commitments: ReviewedClaim<'commitment'>[];
  disputes: ReviewedClaim<'dispute'>[];
  demands: ReviewedClaim<'demand'>[];
  quotes: ReviewedClaim<'quote'>[];
}

export const NO_CLAIMS: StatementClaims = { commitments: [], disputes: [], demands: [], quotes: [] };

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
const startsWith = (text: string, start: string) => norm(text).startsWith(norm(start));

const BY_START = new Set(['what', 'text', 'evidence']);

/** Whether a claim has every field a review names: ids equal, `what`, `evidence` and a quote's `text` by their start. */
export function claimMatches<K extends ClaimKind>(claim: ClaimOf[K], match: ClaimMatch<K>): boolean {
  const fields = claim as unknown as Record<string, unknown>;
  return Object.entries(match).every(([field, value]) => {
    if (BY_START.has(field)) return startsWith(String(fields[field] ?? ''), String(value));
    if (field === 'person') return (claim as Quote).speaker?.person === value;
    return fields[field] === value;
  });
}

/** Positions of the tagger's claims of a kind that a review's `match` names. */
export function matchingClaims<K extends ClaimKind>(tags: Tags | null, kind: K, match: ClaimMatch<K>): number[] {
  const claims = (tags?.[CLAIM_FIELDS[kind]] ?? []) as ClaimOf[K][];
  return claims.flatMap((c, i) => (claimMatches(c, match) ? [i] : []));
}

const STATE_OF = { confirm: 'confirmed', reject: 'rejected', fix: 'corrected' } as const;

function reviewKind<K extends ClaimKind>(tags: Tags | null, reviews: readonly ClaimReview[], kind: K): ReviewedClaim<K>[] {
  const tagged = (tags?.[CLAIM_FIELDS[kind]] ?? []) as ClaimOf[K][];
  const shown: ReviewedClaim<K>[] = tagged.map((claim, index) => ({ kind, claim, index, state: 'unreviewed', note: null }));
  const added: ReviewedClaim<K>[] = [];
  for (const review of reviews) {
    if (review.kind !== kind) continue;
    const note = review.note ?? null;
    if (review.review === 'add') {
      // Editors' own claims are as sure as an editor's check: confidence 1.
      const claim = { ...review.claim!, confidence: 1 } as unknown as ClaimOf[K];
      added.push({ kind, claim, index: tagged.length + added.length, state: 'added', note });
      continue;
    }
    // A review that names no claim, or several, changes nothing here; `npm run validate` reports it.
    const [only, ...more] = matchingClaims(tags, kind, review.match as ClaimMatch<K>);
    if (only === undefined || more.length > 0) continue;
    const target = shown[only]!;
    const claim = review.review === 'fix' ? ({ ...target.claim, ...review.set } as ClaimOf[K]) : target.claim;
    shown[only] = { ...target, claim, state: STATE_OF[review.review], note };
  }
  return [...shown, ...added];
}

/** Every claim of a statement with its review state; rejected claims stay in the lists, marked, for its own page. */
export function reviewedClaims(tags: Tags | null, correction: Correction | undefined): StatementClaims {
  const reviews = correction?.claims ?? [];
  if (!tags && reviews.length === 0) return NO_CLAIMS;
  return {
    commitments: reviewKind(tags, reviews, 'commitment'),
    disputes: reviewKind(tags, reviews, 'dispute'),
    demands: reviewKind(tags, reviews, 'demand'),
    quotes: reviewKind(tags, reviews, 'quote'),
  };
}

export const isChecked = (state: ReviewState) => state === 'confirmed' || state === 'corrected' || state === 'added';

/** What lists and counts show: by default checked claims and unchecked ones at or above the threshold; with `all`,
 *  every claim but those an editor rejected. */
export function inScope(c: Pick<ReviewedClaim, 'claim' | 'state'>, scope: ClaimScope): boolean {
  if (c.state === 'rejected') return false;
  return scope === 'all' || isChecked(c.state) || c.claim.confidence >= CONFIDENCE_THRESHOLD;
}
