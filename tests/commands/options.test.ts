// One way to read a command line: what a command does with options it knows, with what it cannot read, and with
// --help; then every command of the README refusing an option it does not know before doing anything.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { command, numberArgument } from '../../scrapers/commands/options.ts';
import { ROOT } from '../pipeline/fixture-sites.ts';

const exec = promisify(execFile);

function captureOutput() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void err.push(line));
  return { out, err };
}
afterEach(() => vi.restoreAllMocks());

const example = command({
  name: 'pantau example',
  usage: 'usage: pantau example [--data <dir>] [--deadline <s>] [--dry-run] <file>...',
  options: { data: { type: 'string', default: 'data' }, deadline: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
  positionals: { min: 1, max: 2, what: 'file' },
  run: async ({ values, positionals }) => {
    const deadline = numberArgument('--deadline', values.deadline, 'seconds', (n) => n > 0);
    console.log(JSON.stringify({ data: values.data, deadline, dryRun: values['dry-run'], files: positionals }));
    return 0;
  },
});

describe('a command line', () => {
  it.each([
    [['a.html'], { data: 'data', dryRun: false, files: ['a.html'] }],
    [['--data', 'elsewhere', 'a.html', '--dry-run'], { data: 'elsewhere', dryRun: true, files: ['a.html'] }],
    [['--data=elsewhere', '--deadline=30', 'a.html', 'b.html'], { data: 'elsewhere', deadline: 30, dryRun: false, files: ['a.html', 'b.html'] }],
  ])('%j is read', async (args, expected) => {
    const { out, err } = captureOutput();
    expect(await example(args)).toBe(0);
    expect(err).toEqual([]);
    expect(JSON.parse(out[0]!)).toEqual(expected);
  });

  it.each([
    [['--frobnicate', 'a.html'], 'unknown option --frobnicate'],
    [['a.html', '--data'], '--data needs a value'],
    [['--data', '--dry-run', 'a.html'], '--data needs a value'],
    [['--dry-run=yes', 'a.html'], '--dry-run takes no value'],
    [['--deadline', 'soon', 'a.html'], '--deadline takes seconds, not "soon"'],
    [['--deadline=-5', 'a.html'], '--deadline takes seconds, not "-5"'],
    [[], 'no file given'],
    [['a.html', 'b.html', 'c.html'], 'at most 2 file, got 3'],
  ])('%j is refused with one line and exit code 2, before the command runs', async (args, cause) => {
    const { out, err } = captureOutput();
    expect(await example(args)).toBe(2);
    expect(out).toEqual([]);
    expect(err).toEqual([`pantau example: ${cause} (--help lists the options)`]);
  });

  it('prints the usage for --help and runs nothing', async () => {
    const { out, err } = captureOutput();
    expect(await example(['--help'])).toBe(0);
    expect(out).toEqual(['usage: pantau example [--data <dir>] [--deadline <s>] [--dry-run] <file>...']);
    expect(err).toEqual([]);
  });

  it('turns a failure of the command into one line and exit code 1', async () => {
    const failing = command({ name: 'pantau failing', usage: '', options: {}, run: async () => {
      throw new Error('data/health.json: invalid source health\n  at somewhere');
    } });
    const { err } = captureOutput();
    expect(await failing([])).toBe(1);
    expect(err).toEqual(['pantau failing: data/health.json: invalid source health']);
  });
});

describe('every command', () => {
  it('refuses an unknown option with one line and exit code 2, before doing anything', async () => {
    const { stdout } = await exec(process.execPath, ['--import', 'tsx', 'tests/commands/each-command.ts', '--frobnicate'], { cwd: ROOT });
    const runs = stdout.trim().split('\n').map((line) => JSON.parse(line) as { name: string; code: number; printed: string[] });
    expect(runs.map((r) => r.name).sort()).toEqual([
      'bench', 'bench:quiet-night', 'eval:extract', 'eval:tagger', 'extract', 'fit:relevance', 'measure:confidence', 'nightly', 'retag', 'scrape',
      'source-issues', 'start', 'tag', 'validate',
    ]);
    for (const run of runs)
      expect(run, run.name).toEqual({
        name: run.name,
        code: 2,
        printed: [expect.stringMatching(/^(pantau [a-z]+|npm (start|run [a-z:-]+)): unknown option --frobnicate \(--help lists the options\)$/)],
      });
  }, 120_000);
});
