// `npm run bench:quiet-night`: a nightly run in which no source changed, for 30 sources on 30 hosts (ports of
// 127.0.0.1), each an RSS feed of 10 items with full text, served with ETags. A first run stores everything; the
// second, timed run must rely on conditional requests (issue 8: under a minute). The real `scrape` command runs with
// its default politeness (one second between two requests to one host).
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { command } from '../scrapers/commands/options.ts';
import { serveLocal, type LocalServer } from '../tests/helpers/local-server.ts';

const SOURCES = 30;
const ITEMS = 10;
const exec = promisify(execFile);

function feed(base: string, n: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => `<item><title>[synthetic] Regulator ${n} notice ${i} on platform licensing</title>
    <link>${base}/news/${i}</link><guid>${base}/news/${i}</guid><pubDate>Tue, 0${1 + (i % 9)} Oct 2024 10:00:00 +0800</pubDate>
    <content:encoded><![CDATA[<p>The fictional regulator ${n} said social media platforms such as Facebook and TikTok must apply for a licence, in synthetic notice ${i}, to curb online scams.</p>]]></content:encoded></item>`);
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Synthetic ${n}</title>${items.join('')}</channel></rss>`;
}

/** An item's own page, with text, so that a revisit finds it still there. */
function page(path: string, n: number): string {
  return `<html><body><article><h1>[synthetic] Regulator ${n} notice ${path}</h1><p>The fictional regulator ${n} said social
    media platforms must apply for a licence, in synthetic notice ${path}, to curb online scams.</p></article></body></html>`;
}

function startSource(n: number): Promise<LocalServer> {
  return serveLocal((req, res: ServerResponse, base) => {
    const body = req.url === '/feed.xml' ? feed(base, n) : /^\/news\/\d+$/.test(req.url ?? '') ? page(req.url!, n) : null;
    if (body === null) return void res.writeHead(404).end();
    const etag = `"${n}-${body.length}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
    res.writeHead(200, { etag, 'content-type': req.url === '/feed.xml' ? 'application/rss+xml' : 'text/html' }).end(body);
  });
}

async function quietNight(): Promise<number> {
  const sites = await Promise.all(Array.from({ length: SOURCES }, (_, n) => startSource(n)));
  const work = await mkdtemp(join(tmpdir(), 'pantau-quiet-night-'));
  const sourcesDir = join(work, 'sources');
  await mkdir(sourcesDir);
  for (const [n, { origin }] of sites.entries())
    await writeFile(
      join(sourcesDir, `synthetic-${n}.json`),
      JSON.stringify({
        id: `synthetic-${n}`, name: `Synthetic ${n}`, outlet: `Synthetic ${n}`, kind: 'regulator', jurisdiction: 'MY',
        language: 'en', type: 'rss', url: `${origin}/feed.xml`, enabled: true, fetchArticle: 'never',
        checked: { on: '2026-11-29', against: 'bench/quiet-night.ts', status: 'synthetic' },
      }),
    );
  const scrape = async () => {
    const started = Date.now();
    await exec(process.execPath, ['--import', 'tsx', 'scrapers/cli.ts', 'scrape', '--sources', sourcesDir, '--data', join(work, 'data')], {
      maxBuffer: 16 * 1024 * 1024,
    });
    return (Date.now() - started) / 1000;
  };
  const first = await scrape();
  const before = sites.map((site) => site.hits.length);
  const quiet = await scrape();
  const hits = sites.flatMap((site, i) => site.hits.slice(before[i]));
  const notModified = hits.filter((hit) => hit.status === 304).length;
  console.log(`first run: ${first.toFixed(1)} s; quiet night (${SOURCES} sources, nothing changed): ${quiet.toFixed(1)} s, ` +
    `${hits.length} requests, ${notModified} answered 304 Not Modified`);
  await Promise.all(sites.map((site) => site.close()));
  return 0;
}

const run = command({
  name: 'npm run bench:quiet-night',
  usage: 'usage: npm run bench:quiet-night\n  times a second scrape of 30 unchanged fixture feeds; takes no options',
  options: {},
  run: quietNight,
});
process.exitCode = await run(process.argv.slice(2));
