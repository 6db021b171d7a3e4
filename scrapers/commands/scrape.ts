// `npm run scrape [-- --source <id>] [--sources <dir>] [--data <dir>]`: every enabled source (or one) into the store.
// Progress goes to stderr, one summary line per source to stdout, the run report to <data>/runs/latest.json.
import { join, resolve } from 'node:path';
import { DATA_DIR, SOURCES_DIR } from '../../src/lib/paths.ts';
import type { RunReport, SourceRun } from '../../src/lib/records.ts';
import { createFetcher, type FetchOptions } from '../fetch/index.ts';
import { loadTaxonomy, tagStatement } from '../tag/index.ts';
import { removeStaleTempFiles, stableJson, writeFileAtomic } from '../store/files.ts';
import { recordHealth } from '../store/health.ts';
import { acquireLock } from '../store/lock.ts';
import { loadSources } from '../pipeline/registry.ts';
import { runScrape } from '../pipeline/index.ts';
import { reextractFromSnapshots } from '../pipeline/reextract.ts';
import { describeError } from '../pipeline/run-source.ts';
import { command, numberArgument } from './options.ts';

const USAGE = `usage: npm run scrape -- [--source <id>] [--sources <dir>] [--data <dir>] [--deadline <seconds>]
                        [--delay <ms>] [--timeout <ms>] [--reextract]
  --source <id>      run one source, enabled or not
  --sources <dir>    the registry of source declarations (default ${SOURCES_DIR})
  --data <dir>       the store (default ${DATA_DIR})
  --deadline <s>     give up on whatever is still running after this long (default 1200)
  --delay <ms>       pause between two requests to one host (default 1000; lower only for local fixture sites)
  --timeout <ms>     total time allowed for one request (default 30000)
  --reextract        fetch nothing: re-read the kept page snapshots with today's extractor (after fixing it)`;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function summaryLine(run: SourceRun, width: number): string {
  const counts = `new ${run.new}, updated ${run.updated}, unchanged ${run.unchanged}, removed ${run.removed}`;
  const detail = run.status === 'ok' ? `${counts}${run.failed ? `, failed ${run.failed}: ${run.error}` : ''}` : `${run.status}: ${run.error ?? 'no detail'}`;
  return `${run.id.padEnd(width)}  ${(run.status === 'ok' ? 'ok' : run.status.toUpperCase()).padEnd(7)}  ${detail}`;
}

/** Non-zero only when every source failed: one broken source must not fail the nightly run. */
export function exitCodeOf(report: RunReport): number {
  const failed = report.sources.filter((s) => s.status === 'failed' || s.status === 'blocked').length;
  return report.sources.length > 0 && failed === report.sources.length ? 1 : 0;
}

export const run = command({
  name: 'pantau scrape',
  usage: USAGE,
  options: {
    source: { type: 'string' },
    sources: { type: 'string', default: SOURCES_DIR },
    data: { type: 'string', default: DATA_DIR },
    deadline: { type: 'string' },
    delay: { type: 'string' },
    timeout: { type: 'string' },
    reextract: { type: 'boolean', default: false },
  },
  run: async ({ values }) => {
    const deadline = numberArgument('--deadline', values.deadline, 'seconds', (n) => n > 0);
    return scrape({
      source: values.source ?? null,
      sourcesDir: resolve(values.sources),
      dataDir: resolve(values.data),
      deadlineMs: deadline === undefined ? undefined : deadline * 1000,
      fetch: {
        delayMs: numberArgument('--delay', values.delay, 'milliseconds', (n) => n >= 0),
        timeoutMs: numberArgument('--timeout', values.timeout, 'milliseconds', (n) => n > 0),
      },
      reextract: values.reextract,
    });
  },
});

interface Args {
  source: string | null;
  sourcesDir: string;
  dataDir: string;
  deadlineMs?: number;
  fetch: Partial<FetchOptions>;
  reextract: boolean;
}

async function scrape(parsed: Args): Promise<number> {
  const all = await loadSources(parsed.sourcesDir);
  // Re-extraction reads only what is kept, so it covers disabled sources too.
  const sources = parsed.source !== null ? all.filter((s) => s.id === parsed.source) : parsed.reextract ? all : all.filter((s) => s.enabled);
  if (sources.length === 0) {
    console.error(parsed.source === null ? `pantau scrape: no enabled source in ${parsed.sourcesDir}` : `pantau scrape: no source "${parsed.source}" in ${parsed.sourcesDir}`);
    return 2;
  }

  const lock = await acquireLock(parsed.dataDir).catch((error: Error) => error);
  if (lock instanceof Error) {
    console.error(`pantau scrape: ${lock.message}`);
    return 1;
  }
  const stop = () => {
    void lock.release().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    if (lock.recovered) console.error('pantau scrape: took over the lock of a run that had died');
    const leftovers = await removeStaleTempFiles(parsed.dataDir);
    if (leftovers) console.error(`pantau scrape: removed ${leftovers} temporary file(s) a killed run left behind`);

    if (parsed.reextract) {
      const results = await reextractFromSnapshots({ dataDir: parsed.dataDir, sources, at: new Date().toISOString() }).catch(
        (error: unknown) => describeError(error),
      );
      if (typeof results === 'string') {
        console.error(`pantau scrape: re-extraction stopped: ${results}`);
        return 1;
      }
      const width = Math.max(...results.map((r) => r.id.length));
      for (const r of results) console.log(`${r.id.padEnd(width)}  re-extracted ${r.reextracted}, unchanged ${r.unchanged}, no snapshot ${r.skipped}`);
      return 0;
    }
    const taxonomy = await loadTaxonomy(join(parsed.dataDir, 'taxonomy')).catch((error: Error) => {
      console.error(`pantau scrape: no taxonomy (${describeError(error)}); the keyword filters alone decide relevance`);
      return null;
    });
    const width = Math.max(...sources.map((s) => s.id.length));
    let report: RunReport;
    try {
      report = await runScrape({
        sources,
        dataDir: parsed.dataDir,
        fetcher: createFetcher(parsed.fetch),
        tag: taxonomy ? (input) => tagStatement(input, taxonomy) : null,
        deadlineMs: parsed.deadlineMs,
        onProgress: (event) => {
          const n = `[${event.index + 1}/${event.total}]`;
          if (event.type === 'start') console.error(`${n} ${event.source.id} …`);
          else console.error(`${n} ${event.source.id} ${event.run.status} in ${seconds(event.run.durationMs)}`);
        },
      });
    } catch (error) {
      console.error(`pantau scrape: the store is invalid, nothing was written: ${describeError(error)}`);
      return 1;
    }
    for (const source of report.sources) console.log(summaryLine(source, width));
    try {
      await writeFileAtomic(join(parsed.dataDir, 'runs', 'latest.json'), stableJson(report));
      await recordHealth(parsed.dataDir, report);
    } catch (error) {
      console.error(`pantau scrape: could not write the run report: ${describeError(error)}`);
      return 1;
    }
    return exitCodeOf(report);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await lock.release();
  }
}
