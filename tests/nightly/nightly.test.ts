// The nightly job end to end against a fixture site on 127.0.0.1, a temporary data folder and a temporary git repo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveLocal, type LocalServer } from '../helpers/local-server.ts';

const exec = promisify(execFile);
const TSX = join('node_modules', '.bin', 'tsx');

const item = (n: number) => `
  <item>
    <title>Fictional regulator ${n} says platforms must hold a licence</title>
    <link>{BASE}/news/${n}</link>
    <guid>{BASE}/news/${n}</guid>
    <pubDate>Tue, 0${n} Oct 2024 10:00:00 +0800</pubDate>
    <content:encoded><![CDATA[<p>KUALA LUMPUR, Oct ${n} — The Malaysian Communications and Multimedia Commission (MCMC) said social media
    platforms such as Facebook and TikTok must apply for a licence under the social media licensing framework.</p>
    <p>Communications Minister Fahmi Fadzil said the licensing regime aims to curb online scams and cyberbullying, in
    fictional test item number ${n}.</p>]]></content:encoded>
  </item>`;

let items = [1, 2];
let server: LocalServer;
let base = '';
const feed = () =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel><title>Fixture news</title><link>${base}/</link>${items.map(item).join('').replaceAll('{BASE}', base)}</channel></rss>`;

let repo = '';
const git = async (...args: string[]) => (await exec('git', ['-C', repo, ...args])).stdout.trim();
const nightly = () =>
  exec(TSX, ['scripts/nightly.ts', '--sources', join(repo, 'sources'), '--data', join(repo, 'data'), '--repo', repo, '--no-build'], {
    env: { ...process.env, GITHUB_STEP_SUMMARY: join(repo, 'summary.md') },
  });

beforeAll(async () => {
  server = await serveLocal((req, res) => {
    if (req.url === '/feed.xml') {
      const body = feed();
      const etag = `"${items.length}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(body);
    }
    const article = /^\/news\/(\d+)$/.exec(req.url ?? '');
    if (article && items.includes(Number(article[1])))
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<h1>Item ${article[1]}</h1>`);
    res.writeHead(404).end('not found');
  });
  base = server.origin;

  repo = await mkdtemp(join(tmpdir(), 'pantau-nightly-'));
  await exec('git', ['init', '--quiet', '--initial-branch=main', repo]);
  await mkdir(join(repo, 'sources'));
  await writeFile(
    join(repo, 'sources', 'fixture-news.json'),
    JSON.stringify({
      id: 'fixture-news',
      name: 'Fixture News (fictional)',
      outlet: 'Fixture News',
      kind: 'news',
      jurisdiction: 'MY',
      language: 'en',
      type: 'rss',
      url: `${base}/feed.xml`,
      enabled: true,
      fetchArticle: 'never',
      checked: { on: '2026-11-29', against: 'a fixture served by this test', status: 'fixture' },
    }),
  );
  await writeFile(join(repo, 'README'), 'fixture repository\n');
  await git('add', '.');
  await git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '-m', 'start');
});

afterAll(() => server.close());

describe('npm run nightly', () => {
  it('commits the new statements as the bot, with the counts in the message', async () => {
    await nightly();
    expect(await git('log', '-1', '--format=%an|%s')).toMatch(/^github-actions\[bot\]\|data: 2 new, 0 updated/);
    const files = (await git('show', '--name-only', '--format=', 'HEAD')).split('\n');
    expect(files.filter((f) => f.startsWith('data/statements/2024/10/'))).toHaveLength(2);
    expect(files).toContain('data/runs/latest.json');
  });

  it('makes no commit when nothing is new', async () => {
    const before = await git('rev-parse', 'HEAD');
    await nightly();
    expect(await git('rev-parse', 'HEAD')).toBe(before);
  });

  it('commits again when the source publishes something new', async () => {
    items = [1, 2, 3];
    await nightly();
    expect(await git('log', '-1', '--format=%s')).toMatch(/^data: 1 new/);
    expect(await git('rev-list', '--count', 'HEAD')).toBe('3');
    expect(await git('status', '--porcelain', '--', 'data/statements')).toBe('');
  });

  it('commits nothing when the store fails validation, and says so', async () => {
    const before = await git('rev-parse', 'HEAD');
    await mkdir(join(repo, 'data', 'statements', '2024', '11'), { recursive: true });
    await writeFile(join(repo, 'data', 'statements', '2024', '11', '0123456789abcdef.json'), '{"id": "broken"}\n');
    items = [1, 2, 3, 4];
    const failure = await nightly().then(() => null, (e: { code: number; stderr: string }) => e);
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/0123456789abcdef\.json/);
    expect(await git('rev-parse', 'HEAD')).toBe(before);
  });
});
