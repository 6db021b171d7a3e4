// The article-extraction-benchmark's scoring (scrapinghub/article-extraction-benchmark, evaluate.py), re-implemented:
// 4-token shingle multisets per page, counts normalised per page, precision and recall averaged over pages,
// F1 from the two means. Used by `npm run eval:extract` and by the regression test.

/** Python's `\w+` with Unicode: letters, digits, underscore. Plain /\w+/ is ASCII-only and scores differently. */
export function benchmarkTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingleCounts(text: string): Map<string, number> {
  const tokens = benchmarkTokens(text);
  const counts = new Map<string, number>();
  const width = Math.min(4, tokens.length);
  if (width === 0) return counts;
  for (let i = 0; i + width <= tokens.length; i++) {
    const key = tokens.slice(i, i + width).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number; // shares of tp+fp+fn, so that every page weighs the same
  fp: number;
  fn: number;
  exact: boolean;
}

export function scorePage(expected: string, predicted: string): PageScore {
  const truth = shingleCounts(expected);
  const guess = shingleCounts(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, n] of guess) {
    const m = truth.get(key) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [key, m] of truth) fn += Math.max(0, m - (guess.get(key) ?? 0));
  const total = tp + fp + fn;
  const a = benchmarkTokens(expected);
  const b = benchmarkTokens(predicted);
  const exact = a.length === b.length && a.every((t, i) => t === b[i]);
  return total === 0 ? { tp: 0, fp: 0, fn: 0, exact } : { tp: tp / total, fp: fp / total, fn: fn / total, exact };
}

export interface BenchmarkScore {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

export function aggregateScores(scores: readonly PageScore[]): BenchmarkScore {
  const ratio = (a: number, b: number, other: number) => (b === 0 && other === 0 ? 1 : a + b === 0 ? 0 : a / (a + b));
  const precisions = scores.filter((s) => s.tp + s.fp > 0).map((s) => ratio(s.tp, s.fp, s.fn));
  const recalls = scores.filter((s) => s.tp + s.fn > 0).map((s) => ratio(s.tp, s.fn, s.fp));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((x, y) => x + y, 0) / xs.length : 0);
  const precision = mean(precisions);
  const recall = mean(recalls);
  return {
    pages: scores.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    accuracy: mean(scores.map((s) => (s.exact ? 1 : 0))),
  };
}

/** The benchmark's "±": standard deviation of each figure over resamples of the pages (seeded, so repeatable). */
export function bootstrapSpread(scores: readonly PageScore[], resamples = 1000, seed = 1): Omit<BenchmarkScore, 'pages'> {
  let state = seed >>> 0;
  const random = () => {
    // mulberry32: small, seedable, good enough to pick pages
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const runs = Array.from({ length: resamples }, () =>
    aggregateScores(Array.from(scores, () => scores[Math.floor(random() * scores.length)]!)),
  );
  const spread = (key: keyof Omit<BenchmarkScore, 'pages'>) => {
    const values = runs.map((r) => r[key]);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    return Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
  };
  return { precision: spread('precision'), recall: spread('recall'), f1: spread('f1'), accuracy: spread('accuracy') };
}
