// Source health: the state of each source after every run, with a bounded history of changes of state.
// Only changes of state are appended, so a quiet night leaves the history as it was.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { healthSchema, type Health, type RunReport, type SourceRun } from '../../src/lib/records.ts';
import { stableJson, writeFileAtomic } from './files.ts';

export const HEALTH_HISTORY_LIMIT = 60;
const NEW_ITEM_DAYS_LIMIT = 12;
const DAY_MS = 86_400_000;
/** A source is stale when its silence is this many times longer than its usual gap between new statements. */
const STALE_FACTOR = 3;
const STALE_MIN_DAYS = 14;

type SourceHealth = Health[string];
type HealthState = SourceHealth['state'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Silent for much longer than the source usually goes between new statements. */
export function isStale(newItemDays: string[], now: Date): boolean {
  if (newItemDays.length < 3) return false;
  const times = newItemDays.map((d) => Date.parse(`${d}T00:00:00Z`));
  const gaps = times.slice(1).map((t, i) => (t - times[i]!) / DAY_MS);
  const silence = (now.getTime() - times[times.length - 1]!) / DAY_MS;
  return silence > Math.max(STALE_MIN_DAYS, STALE_FACTOR * median(gaps));
}

function stateOf(run: SourceRun, newItemDays: string[], now: Date): HealthState | null {
  switch (run.status) {
    case 'ok':
      return isStale(newItemDays, now) ? 'stale' : 'ok';
    case 'failed':
      return 'failing';
    case 'blocked':
      return 'blocked';
    case 'empty':
      return 'empty';
    case 'skipped':
      return null;
  }
}

function reasonOf(run: SourceRun, state: HealthState): string | null {
  if (run.error) return run.error;
  if (state === 'stale') return 'no new statement for much longer than this source usually goes';
  if (state === 'empty') return 'the listing yielded no items: its selectors probably broke';
  return null;
}

/** The next health of one source after a run; pure. */
export function nextSourceHealth(previous: SourceHealth | undefined, run: SourceRun, now: Date): SourceHealth | undefined {
  const at = now.toISOString();
  const today = at.slice(0, 10);
  const days = previous?.newItemDays ?? [];
  const newItemDays =
    run.new > 0 && days[days.length - 1] !== today ? [...days, today].slice(-NEW_ITEM_DAYS_LIMIT) : days;
  const state = stateOf(run, newItemDays, now);
  if (state === null) return previous;
  const reason = reasonOf(run, state);
  const changed = previous?.state !== state;
  const healthy = state === 'ok' || state === 'stale';
  return {
    state,
    since: changed ? at : previous.since,
    lastSuccess: healthy ? at : (previous?.lastSuccess ?? null),
    lastError: healthy ? (previous?.lastError ?? null) : reason,
    consecutiveFailures: healthy ? 0 : (previous?.consecutiveFailures ?? 0) + 1,
    newItemDays,
    history: changed
      ? [...(previous?.history ?? []), { state, at, reason }].slice(-HEALTH_HISTORY_LIMIT)
      : (previous?.history ?? []),
  };
}

export function nextHealth(previous: Health, report: RunReport): Health {
  const now = new Date(report.finishedAt);
  const next: Health = { ...previous };
  for (const run of report.sources) {
    const health = nextSourceHealth(previous[run.id], run, now);
    if (health) next[run.id] = health;
  }
  return next;
}

export function healthPath(dataDir: string): string {
  return join(dataDir, 'health.json');
}

export async function readHealth(dataDir: string): Promise<Health> {
  const path = healthPath(dataDir);
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  if (text === null) return {};
  const parsed = healthSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path}: invalid source health: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  return parsed.data;
}

/** Fold a run report into data/health.json (validated, atomic). */
export async function recordHealth(dataDir: string, report: RunReport): Promise<void> {
  const next = healthSchema.parse(nextHealth(await readHealth(dataDir), report));
  await writeFileAtomic(healthPath(dataDir), stableJson(next));
}
