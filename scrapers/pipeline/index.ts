// The scrape pipeline's face: every source through fetch → parse → extract → normalise → tag → store, a few at a
// time, each isolated, under one deadline. Returns the run report; the command writes it.
import { join } from 'node:path';
import type { Source } from '../../src/lib/sources.ts';
import type { Tags } from '../../src/lib/schema.ts';
import { runReportSchema, type RunReport, type SourceRun } from '../../src/lib/records.ts';
import { FetchError, type Fetcher } from '../fetch/index.ts';
import { Catalogue } from '../store/catalogue.ts';
import type { WriteFile } from '../store/files.ts';
import { readSourceState } from '../store/state.ts';
import { runSource } from './run-source.ts';

export const DEFAULT_DEADLINE_MS = 20 * 60_000;
/** With no answer from any host by then, the machine is offline: give up rather than wait out every timeout. */
export const DEFAULT_OFFLINE_AFTER_MS = 45_000;
/** Sources read at once. Politeness is per host (the fetcher's queue), so sources on different hosts need not wait
 *  for each other: a quiet night of 30 sources is bound by the slowest host's revisits, not by their sum. */
export const DEFAULT_CONCURRENCY = 16;

export type ProgressEvent =
  | { type: 'start'; source: Source; index: number; total: number }
  | { type: 'done'; source: Source; index: number; total: number; run: SourceRun };

export interface ScrapeOptions {
  sources: Source[];
  dataDir: string;
  fetcher: Fetcher;
  tag: ((input: { title: string; text: string; lang?: string; date?: string }) => Tags) | null;
  now?: () => Date;
  write?: WriteFile;
  deadlineMs?: number;
  offlineAfterMs?: number;
  concurrency?: number;
  onProgress?: (event: ProgressEvent) => void;
}

/** Read and validate everything a run may write into; throws (naming the file) when the store is invalid. */
export async function openStore(dataDir: string, sources: Source[]): Promise<Catalogue> {
  const catalogue = await Catalogue.open(join(dataDir, 'statements'));
  for (const source of sources) await readSourceState(dataDir, source.id);
  return catalogue;
}

/** Kinds of failure that prove a host answered (so the network is up). */
const ANSWERED_KINDS = new Set(['http', 'too-large', 'too-many-redirects', 'robots']);

export async function runScrape(options: ScrapeOptions): Promise<RunReport> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const at = startedAt.toISOString();
  const started = Date.now();
  const catalogue = await openStore(options.dataDir, options.sources);

  let cancelReason: string | null = null;
  let onCancel: () => void = () => undefined;
  const cancelled = new Promise<void>((resolve) => (onCancel = resolve));
  const cancel = (reason: string) => {
    if (cancelReason !== null) return;
    cancelReason = reason;
    onCancel();
  };

  let answered = false;
  const fetcher: Fetcher = {
    async fetch(url, validators) {
      try {
        const result = await options.fetcher.fetch(url, validators);
        answered = true;
        return result;
      } catch (error) {
        if (error instanceof FetchError && ANSWERED_KINDS.has(error.kind)) answered = true;
        throw error;
      }
    },
  };
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const offlineAfterMs = options.offlineAfterMs ?? DEFAULT_OFFLINE_AFTER_MS;
  const timers = [
    setTimeout(() => cancel(`gave up: the run's deadline (${Math.round(deadlineMs / 1000)} s) passed`), deadlineMs),
    setTimeout(() => {
      if (!answered) cancel(`gave up: no host answered within ${Math.round(offlineAfterMs / 1000)} s (offline?)`);
    }, offlineAfterMs),
  ];
  for (const timer of timers) timer.unref();

  const total = options.sources.length;
  const runs: SourceRun[] = new Array(total);
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const index = next++;
      const source = options.sources[index]!;
      options.onProgress?.({ type: 'start', source, index, total });
      const t0 = Date.now();
      const gaveUp = (): SourceRun => ({
        id: source.id, status: 'failed', new: 0, updated: 0, unchanged: 0, removed: 0, failed: 0,
        durationMs: Date.now() - t0, error: cancelReason,
      });
      const run: SourceRun =
        cancelReason !== null
          ? gaveUp()
          : await Promise.race([
              runSource({
                source, dataDir: options.dataDir, catalogue, fetcher, at, tag: options.tag, write: options.write,
                cancelled: () => cancelReason !== null,
              }).catch((error: unknown): SourceRun => ({ ...gaveUp(), error: String((error as Error)?.message ?? error) })),
              cancelled.then(gaveUp),
            ]);
      runs[index] = run;
      options.onProgress?.({ type: 'done', source, index, total, run });
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? DEFAULT_CONCURRENCY, total) }, worker));
  for (const timer of timers) clearTimeout(timer);

  const finishedAt = new Date(startedAt.getTime() + (Date.now() - started));
  return runReportSchema.parse({
    startedAt: at,
    finishedAt: finishedAt.toISOString(),
    durationMs: Date.now() - started,
    sources: runs,
  });
}
