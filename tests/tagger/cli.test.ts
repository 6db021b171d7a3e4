// The command line other checks read: `npm run --silent tag -- <file.jsonl>` prints exactly one object per line.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const runTag = (file: string) =>
  spawnSync(TSX, ['scrapers/cli.ts', 'tag', file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, PANTAU_DATA: join(ROOT, 'data') } });

async function jsonl(lines: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pantau-tag-'));
  const file = join(dir, 'statements.jsonl');
  await writeFile(file, lines.join('\n') + '\n');
  return file;
}

describe('pantau tag <file.jsonl>', () => {
  it('prints one object per statement, in input order, with exactly the agreed keys', async () => {
    const file = await jsonl([
      JSON.stringify({ id: 'b', title: 'Regulator and TikTok', text: 'TikTok agreed to remove scam ads by March 31, 2025, the MCMC said.', date: '2025-01-05' }),
      '',
      JSON.stringify({ id: 'a', title: 'Perlawanan', text: 'Skuad kebangsaan menang 2-0 malam tadi.', lang: 'ms' }),
    ]);
    const result = runTag(file);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((l) => JSON.parse(l));
    for (const row of [first, second])
      // The original keys keep their order (other checks read them); quotes and demands come after.
      expect(Object.keys(row)).toEqual(['id', 'relevant', 'relevance', 'platforms', 'actors', 'issues', 'people', 'commitments', 'disputes', 'quotes', 'demands']);
    expect(first.id).toBe('b');
    expect(first.relevant).toBe(true);
    expect(first.platforms).toEqual(['tiktok']);
    expect(first.commitments).toEqual([
      expect.objectContaining({
        by: 'tiktok',
        what: 'remove scam ads by March 31, 2025',
        due: '2025-03-31',
        evidence: 'TikTok agreed to remove scam ads by March 31, 2025, the MCMC said.',
      }),
    ]);
    // The first four keys are the original contract; attribution and confidence follow.
    expect(Object.keys(first.commitments[0])).toEqual(['by', 'what', 'due', 'evidence', 'speaker', 'speakerOrg', 'confidence']);
    expect(second).toEqual({ id: 'a', relevant: false, relevance: second.relevance, platforms: [], actors: [], issues: [], people: [], commitments: [], disputes: [], quotes: [], demands: [] });
    expect(second.relevance).toBeGreaterThanOrEqual(0);
    expect(second.relevance).toBeLessThan(0.5);
  });

  it('prints disputes with parties, issue and evidence, and people as names', async () => {
    const file = await jsonl([
      JSON.stringify({ id: 1, title: '', text: 'Communications Minister Datuk Aminah Contoh criticised X for failing to remove hate speech.' }),
    ]);
    const row = JSON.parse(runTag(file).stdout);
    expect(row.people).toEqual(['Aminah Contoh']);
    expect(row.disputes).toEqual([
      expect.objectContaining({
        parties: ['kkd', 'x'],
        over: 'hate-speech',
        evidence: 'Communications Minister Datuk Aminah Contoh criticised X for failing to remove hate speech.',
        from: 'kkd',
        against: 'x',
      }),
    ]);
  });

  it('stops at a bad line with one line on stderr naming it, and prints nothing on stdout', async () => {
    const file = await jsonl([JSON.stringify({ id: 'ok', title: 't', text: 'x' }), '{"id": "broken", "title": ', JSON.stringify({ id: 'z', title: 't', text: 'y' })]);
    const result = runTag(file);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/statements\.jsonl:2: not valid JSON/);
    const missing = await jsonl([JSON.stringify({ id: 'no-text', title: 't' })]);
    expect(runTag(missing).stderr).toMatch(/statements\.jsonl:1: text: Required/);
  });
});
