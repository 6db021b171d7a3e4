// `npm run bench:quiet-night`: a nightly run in which no source changed, for 30 sources on 30 hosts (ports of
// 127.0.0.1), each an RSS feed of 10 items with full text, served with ETags. A first run stores everything; the
// second, timed run must rely on conditional requests (issue 8: under a minute). The real `scrape` command runs with
// its default politeness (one second between two requests to one host).
import { createServer, type Server } from 'node:http';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

const SOURCES = 30;
const ITEMS = 10;
const exec = promisify(execFile);
const counts = { requests: 0, notModified: 0 };

function feed(base: string, n: number): string {
  const items = Array.from({ length: ITEMS }, (_, i) => `<item><title>[synthetic] Regulator ${n} notice ${i} on platform licensing</title>
    <link>${base}/news/${i}</link><guid>${base}/news/${i}</guid><pubDate>Tue, 0${1 + (i % 9)} Oct 2024 10:00:00 +0800</pubDate>
    <content:encoded><![CDATA[<p>The fictional regulator ${n} said social media platforms such as Facebook and TikTok must apply for a licence, in synthetic notice ${i}, to curb online scams.</p>]]></content:encoded></item>`);
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Synthetic ${n}</title>${items.join('')}</channel></rss>`;
}

async function startSource(n: number): Promise<{ server: Server; base: string }> {
  let base = '';
  const server = createServer((req, res) => {
    counts.requests++;
    const body = req.url === '/feed.xml' ? feed(base, n) : /^\/news\/\d+$/.test(req.url ?? '') ? `<h1>${req.url}</h1>` : null;
    if (body === null) return res.writeHead(404).end();
    const etag = `"${n}-${body.length}"`;
    if (req.headers['if-none-match'] === etag) {
      counts.notModified++;
      return res.writeHead(304).end();
    }
    res.writeHead(200, { etag, 'content-type': req.url === '/feed.xml' ? 'application/rss+xml' : 'text/html' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { server, base };
}

const sites = await Promise.all(Array.from({ length: SOURCES }, (_, n) => startSource(n)));
const work = await mkdtemp(join(tmpdir(), 'pantau-quiet-night-'));
const sourcesDir = join(work, 'sources');
await mkdir(sourcesDir);
for (const [n, { base }] of sites.entries())
  await writeFile(
    join(sourcesDir, `synthetic-${n}.json`),
    JSON.stringify({
      id: `synthetic-${n}`, name: `Synthetic ${n}`, outlet: `Synthetic ${n}`, kind: 'regulator', jurisdiction: 'MY',
      language: 'en', type: 'rss', url: `${base}/feed.xml`, enabled: true, fetchArticle: 'never',
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
Object.assign(counts, { requests: 0, notModified: 0 });
const quiet = await scrape();
console.log(`first run: ${first.toFixed(1)} s; quiet night (${SOURCES} sources, nothing changed): ${quiet.toFixed(1)} s, ` +
  `${counts.requests} requests, ${counts.notModified} answered 304 Not Modified`);
for (const { server } of sites) server.close();
