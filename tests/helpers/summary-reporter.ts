// One plain closing line for CI logs: "tests: N passed, N failed, N skipped". A file that could not run, and a test
// skipped because its set-up (a beforeAll hook) failed, count as failures: neither says anything passed.
import type { Reporter, TestCase, TestModule, TestSuite } from 'vitest/node';

export interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  /** Files that failed before any test in them ran (an import that threw, a syntax error). */
  filesNotRun: number;
  /** Tests that never ran because a set-up around them failed. */
  skippedBySetUp: number;
}

function setUpFailed(test: TestCase): boolean {
  for (let at: TestSuite | TestModule = test.parent; ; at = at.parent) {
    if (at.errors().length > 0) return true;
    if (at.type === 'module') return false;
  }
}

export function tally(testModules: ReadonlyArray<TestModule>, unhandledErrors = 0): Tally {
  const t: Tally = { passed: 0, failed: unhandledErrors, skipped: 0, filesNotRun: 0, skippedBySetUp: 0 };
  for (const module of testModules) {
    const tests = [...module.children.allTests()];
    if (module.errors().length > 0 && tests.length === 0) t.filesNotRun++;
    for (const test of tests) {
      const state = test.result().state;
      if (state === 'passed') t.passed++;
      else if (state === 'failed') t.failed++;
      else if (test.options.mode === 'run' && setUpFailed(test)) t.skippedBySetUp++;
      else t.skipped++;
    }
  }
  return t;
}

export function closingLine(t: Tally): string {
  const failed = t.failed + t.filesNotRun + t.skippedBySetUp;
  const why = [
    t.filesNotRun ? `${t.filesNotRun} file${t.filesNotRun === 1 ? '' : 's'} could not run` : '',
    t.skippedBySetUp ? `${t.skippedBySetUp} test${t.skippedBySetUp === 1 ? '' : 's'} not run after a failed set-up` : '',
  ].filter(Boolean);
  return `tests: ${t.passed} passed, ${failed} failed${why.length ? ` (${why.join(', ')})` : ''}, ${t.skipped} skipped`;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    console.log(`\n${closingLine(tally(testModules, unhandledErrors.length))}`);
  }
}
