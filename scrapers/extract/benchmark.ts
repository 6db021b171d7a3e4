// The article-extraction benchmark on disk (scrapinghub/article-extraction-benchmark, copied to
// ../shared/corpora/article-extraction-benchmark): gzipped pages and their true bodies, scored the benchmark's way.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { aggregateScores, scorePage, type BenchmarkScore, type PageScore } from './shingle-score.ts';

export const BENCHMARK_DIR = resolve(process.env.PANTAU_EXTRACTION_BENCHMARK ?? '../shared/corpora/article-extraction-benchmark');

export interface BenchmarkPage {
  id: string;
  url: string;
  expected: string;
}

export function loadBenchmarkPages(dir: string = BENCHMARK_DIR): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.entries(truth).map(([id, { articleBody, url }]) => ({ id, url, expected: articleBody }));
}

/** The pages are UTF-8 (PROVENANCE.md). */
export function readBenchmarkHtml(page: BenchmarkPage, dir: string = BENCHMARK_DIR): string {
  return gunzipSync(readFileSync(join(dir, 'html', `${page.id}.html.gz`))).toString('utf8');
}

/** Run an extractor over pages and score each page's text against its true body. */
export function scorePages(pages: readonly BenchmarkPage[], extract: (html: string, url: string) => string, dir = BENCHMARK_DIR): PageScore[] {
  return pages.map((page) => scorePage(page.expected, extract(readBenchmarkHtml(page, dir), page.url)));
}

/** Run an extractor over pages and score its texts against the true bodies. */
export function scoreExtractor(pages: readonly BenchmarkPage[], extract: (html: string, url: string) => string, dir = BENCHMARK_DIR): BenchmarkScore {
  return aggregateScores(scorePages(pages, extract, dir));
}

/** A stored output of another extractor ({id: {articleBody}} or wrapped in {output: …}), scored the same way. */
export function scoreStoredOutput(pages: readonly BenchmarkPage[], file: string): BenchmarkScore {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const output = (parsed.output ?? parsed) as Record<string, { articleBody?: string } | undefined>;
  return aggregateScores(pages.map((page) => scorePage(page.expected, output[page.id]?.articleBody ?? '')));
}
