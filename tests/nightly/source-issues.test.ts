import { describe, expect, it } from 'vitest';
import { planSourceIssues, issueTitle } from '../../scripts/lib/source-issues.ts';
import type { Health } from '../../src/lib/records.ts';

const health = (state: Health[string]['state'], consecutiveFailures: number): Health[string] => ({
  state,
  since: '2026-01-01T18:00:00.000Z',
  lastSuccess: '2025-12-31T18:00:00.000Z',
  lastError: state === 'ok' ? null : 'HTTP 500',
  consecutiveFailures,
  newItemDays: [],
  history: [],
});

describe('issues for failing sources', () => {
  it('opens one issue for a source failing several runs in a row, not for a single failure', () => {
    const plan = planSourceIssues({ a: health('failing', 3), b: health('failing', 1), c: health('ok', 0) }, []);
    expect(plan).toEqual([expect.objectContaining({ action: 'open', sourceId: 'a', title: issueTitle('a') })]);
  });

  it('updates the open issue instead of opening another, and closes it when the source recovers', () => {
    const open = [{ number: 7, title: issueTitle('a'), body: 'old' }, { number: 8, title: issueTitle('b'), body: 'x' }];
    const plan = planSourceIssues({ a: health('blocked', 4), b: health('ok', 0) }, open);
    expect(plan).toEqual([
      expect.objectContaining({ action: 'update', number: 7 }),
      expect.objectContaining({ action: 'close', number: 8 }),
    ]);
  });

  it('leaves an issue alone when nothing changed', () => {
    const [opened] = planSourceIssues({ a: health('failing', 3) }, []);
    const body = opened && opened.action === 'open' ? opened.body : '';
    expect(planSourceIssues({ a: health('failing', 3) }, [{ number: 1, title: issueTitle('a'), body }])).toEqual([]);
  });
});
