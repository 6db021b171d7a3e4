import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../scrapers/commands/validate.ts';
import { serialiseStatement } from '../../scrapers/store/statements.ts';
import { curated, dataFolder, scraped } from './fixture-data.ts';

function captureOutput() {
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
  vi.spyOn(console, 'error').mockImplementation((line: string) => void lines.push(line));
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe('pantau validate', () => {
  it('exits 0 with a summary line on a clean folder', async () => {
    const dir = await dataFolder({ statements: [scraped('a')], curated: [curated('b')] });
    const lines = captureOutput();
    expect(await run(['--data', dir])).toBe(0);
    expect(lines.at(-1)).toMatch(/^validate: 1 statements, 1 curated events, 0 corrections, 0 outcomes checked in .*; 0 problems in 0 files$/);
  });

  it('exits 1 and prints one line per problem, naming the file and the cause', async () => {
    const good = scraped('a');
    const broken = { ...scraped('b'), text: 'changed by hand' };
    const dir = await dataFolder({
      statements: [good, broken],
      files: { [`statements/2024/11/${good.id}.json`]: serialiseStatement(good) },
    });
    const lines = captureOutput();
    expect(await run([`--data=${dir}`])).toBe(1);
    const file = relative(process.cwd(), join(dir, 'statements/2024/10', `${broken.id}.json`));
    expect(lines).toContain(`${file}: contentHash does not match the text`);
    expect(lines.some((l) => l.includes(`2024/11/${good.id}.json: same canonical address as`))).toBe(true);
    expect(lines.at(-1)).toMatch(/; 3 problems in 2 files$/);
  });

  it('prints a note when a check was skipped', async () => {
    const dir = await dataFolder({ statements: [scraped('a')], taxonomy: false });
    const lines = captureOutput();
    expect(await run(['--data', dir])).toBe(0);
    expect(lines.some((l) => l.startsWith('note: no taxonomy folder'))).toBe(true);
  });

  it('exits 2 on an unknown option', async () => {
    const lines = captureOutput();
    expect(await run(['--strict'])).toBe(2);
    expect(lines).toEqual(['pantau validate: unknown option --strict (--help lists the options)']);
  });
});
