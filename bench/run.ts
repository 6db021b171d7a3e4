// `npm run bench [-- --sizes 1000,10000,100000] [--skip-build] [--heap 6144] [--keep]`: see --help.
// Generates synthetic statements at each size and prints one table: tagging, store, search and build figures.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readStatements, writeStatement } from '../scrapers/store/statements.ts';
import { loadArticles, syntheticStatements } from './synthetic.ts';
import { measureSearch } from './search.ts';
import { astroBuild } from './build.ts';
import { pageWeight } from './page-weight.ts';
import { listPageFigures } from './list-pages.ts';
import { command, numberArgument, UsageError } from '../scrapers/commands/options.ts';
import { measureDataset } from './dataset.ts';
import { benchTagger } from '../scrapers/tag/bench.ts';

interface Options {
  sizes: number[];
  build: boolean;
  heapMB: number | null;
  keep: boolean;
}

/** `--sizes 1000,10_000,100000`: whole numbers, underscores allowed. */
function sizes(value: string): number[] {
  const list = value.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (list.some((n) => !Number.isInteger(n) || n < 1)) throw new UsageError(`--sizes takes whole numbers, e.g. 1000,10000, not ${JSON.stringify(value)}`);
  return list;
}

type Row = [string, ...string[]];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const perSecond = (count: number, ms: number) => `${Math.round((count / ms) * 1000).toLocaleString('en')}/s`;

/** Tagging on 5,000 statements of about 3 KB from the development set, each relevant and full of claims (the worst
 * case; the synthetic statements are general news, mostly off-topic, so the claim rules would not run on them). */
async function tagging(): Promise<string> {
  const result = await benchTagger(5000);
  return `${result.perSecond.toLocaleString('en')}/s (${result.perCpuSecond.toLocaleString('en')}/s of CPU time)`;
}

async function measureSize(size: number, articles: string[][], options: Options): Promise<Record<string, string>> {
  const work = await mkdtemp(join(tmpdir(), `pantau-bench-${size}-`));
  const figures: Record<string, string> = {};
  try {
    const statements = syntheticStatements(size, articles);
    figures.tagging = await tagging();

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
    figures.facets = `${kb(search.facetMedian)} / ${kb(search.facetMax)} (all: ${kb(search.facetAllGzip)})`;
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
        figures.searchPage = `${kb(searchPage.totalGzip)} (JS ${kb(searchPage.scriptGzip)}; ${kb(searchPage.onDemandGzip)} more on demand)`;
        const first = read.sort((a, b) => (a.id < b.id ? -1 : 1))[0]!;
        const statementPage = join('statements', first.id, 'index.html');
        const exists = await stat(join(outDir, statementPage)).then(() => true, () => false);
        const weight = exists ? await pageWeight(outDir, statementPage) : null;
        figures.statementPage = weight ? `${kb(weight.totalGzip)} (JS ${kb(weight.scriptGzip)})` : 'no page';
        const lists = await listPageFigures(outDir);
        figures.listPages = `${lists.commitmentPages} + ${lists.disputePages} pages; largest ${kb(lists.largest.bytes)} (${kb(lists.largest.gzip)} gzip), ${lists.largest.path}`;
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
  ['tagging', 'Tagging, statements of ~3 KB with claims (per second, one core)'],
  ['write', 'Store write (writeStatement, atomic + fsync)'],
  ['read', 'Store read (readStatements, validated)'],
  ['indexBuild', 'Search index build (in-process)'],
  ['manifest', 'Search manifest (gzip)'],
  ['firstQuery', 'Search bytes before the first 10 results show, median / worst query (gzip)'],
  ['snippets', 'Snippet texts for the first 10 results, fetched next, median / worst (gzip)'],
  ['facets', 'Facet files fetched after the first results for the counts, median / worst (all of them, gzip)'],
  ['latency', 'Query latency once loaded, median / p95'],
  ['hits', 'Results per bench query'],
  ['dataset', 'pantau.sqlite written in-process (time, file size)'],
  ['build', 'astro build wall time (pantau.sqlite included)'],
  ['buildMemory', 'astro build peak memory (process tree RSS)'],
  ['searchPage', '/search/ page weight before its index (gzip; suggestions and the CSV export load on demand)'],
  ['statementPage', 'A statement page (gzip)'],
  ['listPages', 'Commitments + dispute pages (lists, filters, long promises and threads) and the largest'],
];

async function bench(options: Options): Promise<number> {
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

const run = command({
  name: 'npm run bench',
  usage: `usage: npm run bench [-- --sizes 1000,10000,100000] [--skip-build] [--heap <MB>] [--keep]
  --sizes <n,n>   how many synthetic statements to measure at (default 1000,10000)
  --skip-build    measure tagging, store and search only
  --heap <MB>     Node's --max-old-space-size for the build
  --keep          keep the generated data folders`,
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    'skip-build': { type: 'boolean', default: false },
    heap: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
  run: async ({ values }) =>
    bench({
      sizes: sizes(values.sizes),
      build: !values['skip-build'],
      heapMB: numberArgument('--heap', values.heap, 'megabytes', (n) => Number.isInteger(n) && n > 0) ?? null,
      keep: values.keep,
    }),
});

process.exitCode = await run(process.argv.slice(2));
