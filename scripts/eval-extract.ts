// `npm run eval:extract`: score the article extractor on the article-extraction benchmark (181 real pages) the
// benchmark's way, beside the published figures of other extractors, then check titles, dates and bodies against
// Readability's own test pages. Reads ../shared/corpora (PANTAU_CORPORA to point elsewhere).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../scrapers/extract/article.ts';
import { textBlocks } from '../scrapers/extract/blocks.ts';
import { parsePublished } from '../scrapers/extract/dates.ts';
import { loadBenchmarkPages, scoreExtractor, scorePages, scoreStoredOutput } from '../scrapers/extract/benchmark.ts';
import { aggregateScores, bootstrapSpread, scorePage, type BenchmarkScore } from '../scrapers/extract/shingle-score.ts';
import { command } from '../scrapers/commands/options.ts';

const CORPORA = resolve(process.env.PANTAU_CORPORA ?? '../shared/corpora');
const BENCHMARK = join(CORPORA, 'article-extraction-benchmark');
const TEST_PAGES = join(CORPORA, 'readability-test-pages', 'test', 'test-pages');

interface Row {
  name: string;
  f1: string;
  precision: string;
  recall: string;
  accuracy: string;
  source: string;
}

const fixed = (x: number) => x.toFixed(3);
const measuredRow = (name: string, s: BenchmarkScore, source: string, spread?: Omit<BenchmarkScore, 'pages'>): Row => {
  const cell = (key: keyof Omit<BenchmarkScore, 'pages'>) => fixed(s[key]) + (spread ? ` ± ${fixed(spread[key])}` : '');
  return { name, f1: cell('f1'), precision: cell('precision'), recall: cell('recall'), accuracy: cell('accuracy'), source };
};

/** The published table in PROVENANCE.md: | extractor | version | F1 | precision | recall | accuracy |. */
function publishedRows(): Row[] {
  const text = readFileSync(join(BENCHMARK, 'PROVENANCE.md'), 'utf8');
  const rows: Row[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (cells.length !== 6 || !/^\d\.\d{3} ±/.test(cells[2]!)) continue;
    const [name, version, f1, precision, recall, accuracy] = cells as [string, string, string, string, string, string];
    rows.push({ name: `${name} ${version}`, f1, precision, recall, accuracy, source: 'published' });
  }
  return rows;
}

function printTable(rows: Row[]): void {
  const header: Row = { name: 'extractor', f1: 'F1', precision: 'precision', recall: 'recall', accuracy: 'accuracy', source: '' };
  const keys = ['name', 'f1', 'precision', 'recall', 'accuracy', 'source'] as const;
  const width = Object.fromEntries(keys.map((k) => [k, Math.max(...[header, ...rows].map((r) => r[k].length))]));
  for (const row of [header, ...rows]) console.log(keys.map((k) => row[k].padEnd(width[k]!)).join('  ').trimEnd());
}

function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document as unknown as Document).parse()?.textContent ?? '';
}

function benchmark(): void {
  const pages = loadBenchmarkPages(BENCHMARK);
  const started = performance.now();
  const pantauPages = scorePages(pages, (html, url) => extractArticle(html, url).text, BENCHMARK);
  const seconds = (performance.now() - started) / 1000;
  const pantau = aggregateScores(pantauPages);
  const plain = scoreExtractor(pages, readabilityText, BENCHMARK);
  const stored = readdirSync(join(BENCHMARK, 'output'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => measuredRow(`${f.replace(/\.json$/, '')} (stored output)`, scoreStoredOutput(pages, join(BENCHMARK, 'output', f)), 'rescored here'));
  console.log(`Article-extraction benchmark: ${pages.length} pages, 4-gram shingle scoring (PROVENANCE.md);`);
  console.log('± is the standard deviation over 1,000 bootstrap resamples of the pages, as in the published table.\n');
  const rows = [
    measuredRow('Pantau (Readability + block cleaning)', pantau, 'measured here', bootstrapSpread(pantauPages)),
    measuredRow('@mozilla/readability 0.6.0 over linkedom', plain, 'measured here'),
    ...stored,
    ...publishedRows(),
  ];
  printTable(rows.sort((a, b) => parseFloat(b.f1) - parseFloat(a.f1)));
  console.log(`\nPantau: ${(seconds * 1000 / pages.length).toFixed(1)} ms per page on this machine.`);
}

/** Readability's test pages: our title and date against its expected metadata, our body against its expected text. */
function readabilityTestPages(): void {
  if (!existsSync(TEST_PAGES)) return console.log(`\n(${TEST_PAGES} not found: test-page check skipped)`);
  const url = 'http://fakehost/test/page.html';
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  let titles = 0;
  let titlesAgree = 0;
  let dates = 0;
  let datesAgree = 0;
  const bodies = [];
  for (const name of readdirSync(TEST_PAGES).sort()) {
    const dir = join(TEST_PAGES, name);
    if (!existsSync(join(dir, 'expected-metadata.json'))) continue;
    const expected = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { title?: string; publishedTime?: string | null; readerable?: boolean };
    const article = extractArticle(readFileSync(join(dir, 'source.html'), 'utf8'), url);
    if (expected.title) {
      titles++;
      if (norm(article.title) === norm(expected.title)) titlesAgree++;
    }
    const expectedDate = expected.publishedTime ? parsePublished(expected.publishedTime) : null;
    if (expectedDate) {
      dates++;
      if (article.published?.iso === expectedDate.iso) datesAgree++;
    }
    if (expected.readerable !== false && existsSync(join(dir, 'expected.html'))) {
      const { document } = parseHTML(`<html><body>${readFileSync(join(dir, 'expected.html'), 'utf8')}</body></html>`);
      const truth = textBlocks(document.body as unknown as Element).map((b) => b.text).join('\n\n');
      bodies.push(scorePage(truth, article.text));
    }
  }
  const body = aggregateScores(bodies);
  console.log(`\nReadability test pages (${TEST_PAGES}):`);
  console.log(`  title equal to expected-metadata.json: ${titlesAgree}/${titles}`);
  console.log(`  published time equal (where the expected date parses): ${datesAgree}/${dates}`);
  console.log(`  body vs expected.html text, ${body.pages} readerable pages: F1 ${fixed(body.f1)} (P ${fixed(body.precision)}, R ${fixed(body.recall)})`);
}

const run = command({
  name: 'npm run eval:extract',
  usage: 'usage: npm run eval:extract\n  scores the extractor on ../shared/corpora (PANTAU_CORPORA points elsewhere); takes no options',
  options: {},
  run: async () => {
    benchmark();
    readabilityTestPages();
    return 0;
  },
});
process.exitCode = await run(process.argv.slice(2));
