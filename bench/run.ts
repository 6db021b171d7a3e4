// `npm run bench [-- --sizes 1000,10000,100000] [--skip-build] [--heap 6144] [--keep]`
// Generates synthetic statements at each size and prints one table: tagging, store, search and build figures.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readStatements, writeStatement } from '../scrapers/store/statements.ts';
import type { Statement } from '../src/lib/schema.ts';
import { loadArticles, syntheticStatements } from './synthetic.ts';
import { measureSearch } from './search.ts';
import { astroBuild } from './build.ts';
import { pageWeight } from './page-weight.ts';
import { measureDataset } from './dataset.ts';

interface Options {
  sizes: number[];
  build: boolean;
  heapMB: number | null;
  keep: boolean;
}

function parseArgs(args: string[]): Options {
  const options: Options = { sizes: [1000, 10_000], build: true, heapMB: null, keep: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--sizes') options.sizes = (args[++i] ?? '').split(',').map((s) => Number.parseInt(s.replace(/_/g, ''), 10));
    else if (arg === '--skip-build') options.build = false;
    else if (arg === '--heap') options.heapMB = Number.parseInt(args[++i] ?? '', 10);
    else if (arg === '--keep') options.keep = true;
    else throw new Error(`bench: unknown argument ${arg}`);
  }
  if (options.sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('bench: --sizes takes whole numbers, e.g. 1000,10000');
  return options;
}

type Row = [string, ...string[]];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const perSecond = (count: number, ms: number) => `${Math.round((count / ms) * 1000).toLocaleString('en')}/s`;

interface Tagger {
  loadTaxonomy(dir?: string): Promise<unknown>;
  tagStatement(input: { title: string; text: string; lang?: string; date?: string }, taxonomy: unknown): unknown;
}

async function tagging(statements: readonly Statement[]): Promise<string> {
  // A path in a variable: the tagger is written by another helper and may not exist yet.
  const path = '../scrapers/tag/index.ts';
  const module = (await import(path).catch(() => null)) as Tagger | null;
  if (!module) return 'skipped: scrapers/tag/index.ts not there yet';
  const taxonomy = await module.loadTaxonomy();
  const sample = statements.slice(0, 5000);
  const t = performance.now();
  for (const s of sample) module.tagStatement({ title: s.title, text: s.text, lang: s.language, date: s.published ?? undefined }, taxonomy);
  return perSecond(sample.length, performance.now() - t);
}

async function measureSize(size: number, articles: string[][], options: Options): Promise<Record<string, string>> {
  const work = await mkdtemp(join(tmpdir(), `pantau-bench-${size}-`));
  const figures: Record<string, string> = {};
  try {
    const statements = syntheticStatements(size, articles);
    figures.tagging = await tagging(statements);

    const dataDir = join(work, 'data');
    let t = performance.now();
    for (const s of statements) await writeStatement(join(dataDir, s.origin === 'curated' ? 'curated' : 'statements'), s);
    figures.write = perSecond(size, performance.now() - t);
    t = performance.now();
    const read = [...(await readStatements(join(dataDir, 'statements'))), ...(await readStatements(join(dataDir, 'curated')))];
    figures.read = perSecond(read.length, performance.now() - t);
    if (read.length !== size) throw new Error(`bench: wrote ${size} statements but read ${read.length}`);

    const search = await measureSearch(read);
    figures.indexBuild = `${(search.buildMs / 1000).toFixed(1)} s, ${search.files.toLocaleString('en')} files`;
    figures.manifest = kb(search.manifestGzip);
    figures.firstQuery = `${kb(search.firstQueryMedian)} / ${kb(search.firstQueryMax)}`;
    figures.snippets = `${kb(search.snippetMedian)} / ${kb(search.snippetMax)}`;
    figures.facets = kb(search.facetGzip);
    figures.latency = `${search.latencyMedianMs.toFixed(1)} / ${search.latencyP95Ms.toFixed(1)} ms`;
    figures.hits = search.hits.join(' ');

    const dataset = await measureDataset(read);
    figures.dataset = `${(dataset.ms / 1000).toFixed(1)} s, ${(dataset.bytes / 1_048_576).toFixed(1)} MB`;

    if (options.build) {
      const outDir = join(work, 'site');
      const build = await astroBuild(dataDir, outDir, options.heapMB);
      figures.build = build.ok ? `${(build.wallMs / 1000).toFixed(0)} s` : `failed after ${(build.wallMs / 1000).toFixed(0)} s`;
      figures.buildMemory = `${build.peakRssMB.toLocaleString('en')} MB`;
      if (build.ok) {
        const searchPage = await pageWeight(outDir, 'search/index.html');
        figures.searchPage = `${kb(searchPage.totalGzip)} (JS ${kb(searchPage.scriptGzip)})`;
        const first = read.sort((a, b) => (a.id < b.id ? -1 : 1))[0]!;
        const statementPage = join('statements', first.id, 'index.html');
        const exists = await stat(join(outDir, statementPage)).then(() => true, () => false);
        const weight = exists ? await pageWeight(outDir, statementPage) : null;
        figures.statementPage = weight ? `${kb(weight.totalGzip)} (JS ${kb(weight.scriptGzip)})` : 'no page';
      } else {
        process.stderr.write(`bench: astro build at ${size} failed:\n${build.error}\n`);
      }
    }
  } finally {
    if (options.keep) process.stderr.write(`bench: kept ${work}\n`);
    else await rm(work, { recursive: true, force: true });
  }
  return figures;
}

const ROWS: [string, string][] = [
  ['tagging', 'Tagging (statements per second, one core)'],
  ['write', 'Store write (writeStatement, atomic + fsync)'],
  ['read', 'Store read (readStatements, validated)'],
  ['indexBuild', 'Search index build (in-process)'],
  ['manifest', 'Search manifest (gzip)'],
  ['firstQuery', 'Search bytes before the first 10 results show, median / worst query (gzip)'],
  ['snippets', 'Snippet texts for the first 10 results, fetched next, median / worst (gzip)'],
  ['facets', 'Facet files (all nine), fetched after the first results (gzip)'],
  ['latency', 'Query latency once loaded, median / p95'],
  ['hits', 'Results per bench query'],
  ['dataset', 'pantau.sqlite written in-process (time, file size)'],
  ['build', 'astro build wall time (pantau.sqlite included)'],
  ['buildMemory', 'astro build peak memory (process tree RSS)'],
  ['searchPage', '/search/ page weight before its index (gzip)'],
  ['statementPage', 'A statement page (gzip)'],
];

export async function main(args: string[]): Promise<number> {
  const options = parseArgs(args);
  const articles = await loadArticles();
  const results: Record<string, string>[] = [];
  for (const size of options.sizes) {
    process.stderr.write(`bench: ${size.toLocaleString('en')} statements…\n`);
    results.push(await measureSize(size, articles, options));
  }
  const header: Row = ['Measure', ...options.sizes.map((n) => n.toLocaleString('en'))];
  const rows: Row[] = ROWS.filter(([key]) => results.some((r) => r[key] !== undefined)).map(([key, label]) => [
    label,
    ...results.map((r) => r[key] ?? '–'),
  ]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  console.log([line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n'));
  return 0;
}

if (resolve(process.argv[1] ?? '') === resolve(new URL(import.meta.url).pathname)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
