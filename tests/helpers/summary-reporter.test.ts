// The closing line of `npm test` on files that fail in each way a file can: it must never read "0 failed" then.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function runFixtures(files: string[]): { line: string; status: number | null } {
  const run = spawnSync(
    resolve('node_modules/.bin/vitest'),
    ['run', '--config', 'tests/fixtures/reporter/vitest.config.ts', ...files],
    { encoding: 'utf8', env: { ...process.env, VITEST: undefined, VITEST_POOL_ID: undefined, VITEST_WORKER_ID: undefined } },
  );
  const line = run.stdout.split('\n').find((l) => l.startsWith('tests: ')) ?? `no closing line in:\n${run.stdout}${run.stderr}`;
  return { line, status: run.status };
}

describe('the closing line of a test run', () => {
  it('counts a file that could not load and tests whose set-up failed as failures', () => {
    const { line, status } = runFixtures(['cannot-load', 'hook-fails']);
    expect(line).toBe('tests: 0 passed, 3 failed (1 file could not run, 2 tests not run after a failed set-up), 0 skipped');
    expect(status).not.toBe(0);
  });

  it('keeps tests skipped on purpose as skipped and counts real failures', () => {
    expect(runFixtures(['mixed']).line).toBe('tests: 1 passed, 1 failed, 1 skipped');
  });
});
