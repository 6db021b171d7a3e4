import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'pantau-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const news = join(dir, 'news.html');
const ministryGz = join(dir, 'ministry.html.gz');
writeFileSync(news, readFileSync(new URL('./fixtures/news-page.html', import.meta.url)));
const undated = join(dir, 'undated.html');
writeFileSync(ministryGz, gzipSync(readFileSync(new URL('./fixtures/ministry-press.html', import.meta.url))));
writeFileSync(undated, '<html><body><p>Nothing here says when.</p></body></html>');

/** `npm run --silent extract -- …` is `tsx scrapers/cli.ts extract …`. */
function extract(...args: string[]) {
  const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scrapers/cli.ts', 'extract', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the extract command', () => {
  it('prints exactly one JSON object per file, with exactly the agreed fields', () => {
    const { code, stdout, stderr } = extract(news, ministryGz, undated, '--url', 'https://www.kldaily.example/news/9001');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe(''); // newline-terminated, nothing after
    expect(lines).toHaveLength(3);
    const [first, second, third] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(Object.keys(first!)).toEqual(['file', 'title', 'published', 'language', 'text']);
    expect(first).toMatchObject({
      file: news,
      title: 'Ministry of Example Affairs gives platforms until March to sign code',
      published: '2024-11-05T14:32:00+08:00',
      language: 'en',
    });
    expect(first!.text).toMatch(/^KUALA LUMPUR, Nov 5 — /);
    expect(second).toMatchObject({ file: ministryGz, published: '2024-11-05T09:00:00+08:00', language: 'ms' });
    expect(second!.text).toMatch(/^PUTRAJAYA, 5 November/);
    // Undated and too short to tell the language: null and 'und', never a guess.
    expect(third).toEqual({ file: undated, title: null, published: null, language: 'und', text: 'Nothing here says when.' });
  });

  it('reports a failing file on one stderr line naming it, keeps going, and exits non-zero', () => {
    const missing = join(dir, 'missing.html');
    const broken = join(dir, 'broken.html.gz');
    writeFileSync(broken, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02]));
    const { code, stdout, stderr } = extract(missing, news, broken);
    expect(code).not.toBe(0);
    expect(stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([news]);
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain(missing);
    expect(errors[1]).toContain(broken);
  });

  it('refuses a --url that is not an http(s) address, printing nothing on stdout', () => {
    const { code, stdout, stderr } = extract(news, '--url', 'file:///etc/passwd');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--url/);
  });
});
