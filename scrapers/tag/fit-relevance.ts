// Fitting the relevance score: tag the claims sets' development halves, take each statement's features and its label
// (relevant or not), and fit a logistic model to them by Newton's method, L2-regularised; `renderRelevanceWeights`
// writes the weights as relevance-weights.ts, which the score reads.
import { tagLabelled, type ClaimsLabelled } from './evaluate-claims.ts';
import { score } from './evaluate.ts';
import type { Taxonomy } from './index.ts';
import { renderGeneratedModule } from './generated-module.ts';
import {
  RELEVANCE_FEATURES, RELEVANT_FROM, relevanceChance, withRelevanceProbe, type RelevanceFeature, type RelevanceFeatures,
} from './relevance.ts';

export type RelevanceWeights = Record<'intercept' | RelevanceFeature, number>;
export interface RelevanceExample {
  features: RelevanceFeatures;
  relevant: boolean;
}

/**
 * How the fit is made, chosen by `npm run fit:relevance -- --cross-validate` (each development half left out in turn,
 * fitted on the others and scored: relevance F1 plus the share of off-topic statements rejected) over sixteen halves:
 * an off-topic statement counts three times (a writer labels about one in five statements off-topic, and rejecting
 * them is a goal of its own), and the penalty keeps the weights of features that are rarely on from growing without
 * bound. With the seventeenth half a penalty of 1 ranked first by 0.004 (about one statement): kept as chosen; with
 * the eighteenth these settings rank first again (1.933 against 1.924 for a penalty of 1), with the nineteenth
 * (1.936 against 1.922), with the twentieth (1.934 against 1.932), with the twenty-first (1.942 against 1.935),
 * with the twenty-second (1.941 against 1.933) and with the twenty-third (1.938 against 1.936). With the twenty-fourth a
 * penalty of 5 ranks first by 0.008 (1.939 against 1.931, about two statements); tried, it moved held-out off-topic
 * 0.943 → 0.950 and development 0.963 → 0.966, but put one of the nineteenth development half's twelve off-topic
 * statements below that half's floor: kept as chosen, as the penalty of 1 was. With the twenty-fifth a penalty of 5
 * ranks first by 0.003 (1.932 against 1.929, about one statement): kept as chosen. With the twenty-sixth a penalty of
 * 5 ranks first by 0.006 (1.934 against 1.928, about two statements): kept as chosen.
 */
export const FIT: FitSettings = { offTopicWeight: 3, penalty: 20 };
export interface FitSettings {
  offTopicWeight: number;
  penalty: number;
}

/** Each statement's relevance features, as the tagger computes them, with its label: those long enough to be scored
 *  with the fitted weights (`FITTED_FROM_WORDS`), the only ones the fit may learn from. */
export function relevanceExamples(set: readonly ClaimsLabelled[], taxonomy: Taxonomy): RelevanceExample[] {
  const examples: RelevanceExample[] = [];
  for (const item of set) {
    withRelevanceProbe(
      (features, longEnough) => longEnough && examples.push({ features, relevant: item.expected.relevant }),
      () => tagLabelled(item, taxonomy),
    );
  }
  return examples;
}

/** The weights that best tell the examples apart, the intercept unpenalised. */
export function fitRelevance(examples: readonly RelevanceExample[], fit: FitSettings = FIT): RelevanceWeights {
  const size = RELEVANCE_FEATURES.length + 1;
  const rows = examples.map((e) => [1, ...RELEVANCE_FEATURES.map((f) => e.features[f])]);
  const w = new Array<number>(size).fill(0);
  for (let step = 0; step < 100; step++) {
    const gradient = w.map((wi, j) => (j === 0 ? 0 : fit.penalty * wi));
    const hessian = w.map((_, j) => w.map((__, k) => (j === k && j > 0 ? fit.penalty : 0)));
    rows.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-x.reduce((z, xj, j) => z + xj * w[j]!, 0)));
      const relevant = examples[i]!.relevant;
      const weight = relevant ? 1 : fit.offTopicWeight;
      for (let j = 0; j < size; j++) {
        gradient[j]! += weight * (p - (relevant ? 1 : 0)) * x[j]!;
        for (let k = 0; k < size; k++) hessian[j]![k]! += weight * p * (1 - p) * x[j]! * x[k]!;
      }
    });
    const move = solve(hessian, gradient);
    for (let j = 0; j < size; j++) w[j]! -= move[j]!;
    if (Math.max(...move.map(Math.abs)) < 1e-12) break;
  }
  return Object.fromEntries([['intercept', w[0]!], ...RELEVANCE_FEATURES.map((f, j) => [f, w[j + 1]!])]) as RelevanceWeights;
}

/** x with a·x = b, by Gaussian elimination with partial pivoting (a is small, symmetric and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    for (let r = col + 1; r < n; r++) {
      const factor = m[r]![col]! / m[col]![col]!;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r]![n]!;
    for (let c = r + 1; c < n; c++) sum -= m[r]![c]! * x[c]!;
    x[r] = sum / m[r]![r]!;
  }
  return x;
}

/** The weights as the TypeScript module relevance.ts reads, rounded to three places so that reruns diff cleanly. */
export function renderRelevanceWeights(weights: RelevanceWeights, sources: readonly string[]): string {
  const round = (x: number) => Math.round(x * 1000) / 1000 || 0;
  return renderGeneratedModule({
    header: [
      '// Written by `npm run fit:relevance -- --write`; do not edit by hand. The relevance score\'s weights, fitted on the',
      "// claims sets' development halves (fit-relevance.ts says how):",
    ],
    sources,
    importLine: "import type { RelevanceFeature } from './relevance.ts';",
    declaration: "export const RELEVANCE_WEIGHTS: Record<'intercept' | RelevanceFeature, number> = {",
    body: (['intercept', ...RELEVANCE_FEATURES] as const).map((f) => `  ${f}: ${round(weights[f])},`),
  });
}

/** Relevance F1 and the share of off-topic statements rejected when each half is scored by weights fitted on the
 *  others: how the settings in `FIT` were chosen. */
export function crossValidate(halves: readonly RelevanceExample[][], fit: FitSettings): { f1: number; offTopic: number } {
  let tp = 0, fp = 0, fn = 0, rejected = 0, offTopic = 0;
  halves.forEach((half, i) => {
    const w = fitRelevance(halves.filter((_, j) => j !== i).flat(), fit);
    for (const e of half) {
      const relevant = relevanceChance(e.features, w) >= RELEVANT_FROM;
      if (e.relevant) relevant ? tp++ : fn++;
      else {
        offTopic++;
        if (relevant) fp++;
        else rejected++;
      }
    }
  });
  return { f1: score(tp, fp, fn).f1, offTopic: rejected / offTopic };
}
