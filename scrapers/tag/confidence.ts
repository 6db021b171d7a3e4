// How sure the tagger is of a claim: the share of claims of the same shape (the cue, whether the sentence names one
// party or several, whether the other side was named earlier, how a quote's speaker was found) that were right on
// the claims sets' development halves (the held-out halves only report). A shape found fewer than MIN_CLAIMS times
// there takes its kind's overall share. `npm run measure:confidence` measures the table (confidence-table.ts);
// docs/tagging.md ("Confidence") says how well it holds on the held-out halves.
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';
import { MEASURED } from './confidence-table.ts';
import { Probe } from './probe.ts';

export { MEASURED };

export const MIN_CLAIMS = 6;
// A machine's claim stays below an editor's check (confidence 1), however often its shape was right.
const CEILING = 0.95;

/** The confidence of a shape found `found` times, `right` of them right: their share, rounded, below the ceiling. */
export const shareRight = ([found, right]: readonly [number, number]) =>
  Math.min(CEILING, Math.round((100 * right) / found) / 100);

// While the table is measured, each claim's confidence is a mark that tells its shape (`withConfidenceProbe`).
const probe = new Probe<(kind: ClaimKind, shape: string) => number>();

/** Runs `run` with every claim's confidence given by `mark(kind, shape)` instead of the table. */
export const withConfidenceProbe = <T>(mark: (kind: ClaimKind, shape: string) => number, run: () => T): T => probe.with(mark, run);

export function claimConfidence(kind: ClaimKind, shape: string): number {
  const mark = probe.get();
  if (mark) return mark(kind, shape);
  const measured = MEASURED[kind][shape];
  return shareRight(measured && measured[0] >= MIN_CLAIMS ? measured : MEASURED[kind].all!);
}
