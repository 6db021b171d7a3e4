// How sure the tagger is of a claim: the share of claims of the same shape (the cue, whether the sentence names one
// party or several, whether the other side was named earlier, how a quote's speaker was found) that were right on
// the development half of the claims set (tests/tagger/claims/dev.jsonl; the held-out half only reports). A shape
// found fewer than MIN_CLAIMS times there takes its kind's overall share. docs/tagging.md ("Confidence") says how it
// was measured and how well it holds on the held-out half.
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

/** [claims found, claims right] per shape on the development half; `all` is the kind as a whole. */
export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [184, 175],
    'agreed one': [9, 9],
    'agreed several': [17, 17],
    'will one': [75, 71],
    'will several': [33, 31],
    'akan one': [29, 28],
    'akan several': [21, 19],
  },
  dispute: {
    all: [76, 70],
    'sanction both-named': [20, 19],
    'sanction side-before': [5, 5],
    'opposition both-named': [21, 20],
    'opposition side-before': [14, 12],
    'authority-act both-named': [13, 11],
    'warning both-named': [2, 2],
    'opposition legislature': [1, 1],
  },
  demand: { all: [44, 35], order: [9, 1], request: [35, 34] },
  quote: { all: [88, 85], 'named-after': [76, 76], 'subject-before': [8, 5], continues: [3, 3], 'last-speaker': [1, 1] },
};
export const MIN_CLAIMS = 6;
// A machine's claim stays below an editor's check (confidence 1), however often its shape was right.
const CEILING = 0.95;

const share = ([found, right]: readonly [number, number]) => Math.min(CEILING, Math.round((100 * right) / found) / 100);

export function claimConfidence(kind: ClaimKind, shape: string): number {
  const measured = MEASURED[kind][shape];
  return share(measured && measured[0] >= MIN_CLAIMS ? measured : MEASURED[kind].all!);
}
