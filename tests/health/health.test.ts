import { describe, expect, it } from 'vitest';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isStale, nextHealth, recordHealth, HEALTH_HISTORY_LIMIT } from '../../scrapers/store/health.ts';
import type { RunReport, SourceRun } from '../../src/lib/records.ts';

const run = (over: Partial<SourceRun> = {}): SourceRun => ({
  id: 'news-example',
  status: 'ok',
  new: 0,
  updated: 0,
  unchanged: 3,
  removed: 0,
  failed: 0,
  durationMs: 10,
  error: null,
  ...over,
});
const report = (at: string, ...sources: SourceRun[]): RunReport => ({
  startedAt: at,
  finishedAt: at,
  durationMs: 0,
  sources,
});

describe('source health', () => {
  it('records a change of state once, not every night', () => {
    let health = nextHealth({}, report('2026-01-01T18:00:00.000Z', run({ new: 2 })));
    health = nextHealth(health, report('2026-01-02T18:00:00.000Z', run()));
    expect(health['news-example']!.history.map((h) => h.state)).toEqual(['ok']);
    expect(health['news-example']!.lastSuccess).toBe('2026-01-02T18:00:00.000Z');
  });

  it('counts consecutive failures with the reason, and resets when the source recovers', () => {
    let health = nextHealth({}, report('2026-01-01T18:00:00.000Z', run()));
    for (const day of ['02', '03', '04'])
      health = nextHealth(health, report(`2026-01-${day}T18:00:00.000Z`, run({ status: 'failed', error: 'HTTP 500' })));
    const failing = health['news-example']!;
    expect(failing).toMatchObject({ state: 'failing', consecutiveFailures: 3, lastError: 'HTTP 500' });
    expect(failing.since).toBe('2026-01-02T18:00:00.000Z');
    expect(failing.lastSuccess).toBe('2026-01-01T18:00:00.000Z');
    health = nextHealth(health, report('2026-01-05T18:00:00.000Z', run()));
    expect(health['news-example']).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
    expect(health['news-example']!.history.map((h) => h.state)).toEqual(['ok', 'failing', 'ok']);
  });

  it('calls a source stale when it is silent far longer than usual', () => {
    const days = ['2026-01-01', '2026-01-03', '2026-01-05', '2026-01-07'];
    expect(isStale(days, new Date('2026-01-10T00:00:00Z'))).toBe(false);
    expect(isStale(days, new Date('2026-02-10T00:00:00Z'))).toBe(true);
    expect(isStale(days.slice(0, 2), new Date('2026-12-01T00:00:00Z'))).toBe(false);
  });

  it('marks blocked and empty sources as such', () => {
    const health = nextHealth(
      {},
      report(
        '2026-01-01T18:00:00.000Z',
        run({ id: 'a', status: 'blocked', error: 'challenge page' }),
        run({ id: 'b', status: 'empty' }),
      ),
    );
    expect(health.a!.state).toBe('blocked');
    expect(health.b).toMatchObject({ state: 'empty', lastError: expect.stringContaining('selectors') });
  });

  it('keeps the history bounded', () => {
    let health = {};
    for (let i = 0; i < HEALTH_HISTORY_LIMIT + 10; i++) {
      const at = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString();
      health = nextHealth(health, report(at, run({ status: i % 2 ? 'failed' : 'ok', error: i % 2 ? 'x' : null })));
    }
    expect((health as Record<string, { history: unknown[] }>)['news-example']!.history).toHaveLength(HEALTH_HISTORY_LIMIT);
  });

  it('writes a valid health file and leaves sources that did not run alone', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pantau-health-'));
    await recordHealth(dir, report('2026-01-01T18:00:00.000Z', run({ id: 'a' }), run({ id: 'b' })));
    await recordHealth(dir, report('2026-01-02T18:00:00.000Z', run({ id: 'a', status: 'skipped' })));
    const saved = JSON.parse(await readFile(join(dir, 'health.json'), 'utf8'));
    expect(Object.keys(saved)).toEqual(['a', 'b']);
    expect(saved.a.lastSuccess).toBe('2026-01-01T18:00:00.000Z');
  });
});
