// Politeness: one request at a time per host with a pause between, hosts in parallel, robots.txt fetched once.
import { afterEach, describe, expect, it } from 'vitest';
import type { ServerResponse } from 'node:http';
import { createFetcher } from '../../scrapers/fetch/index.ts';
import { startServer, type FixtureServer, type Route } from './fixture-server.ts';

const QUICK = { delayMs: 5, backoffMs: 10, timeoutMs: 2000, connectTimeoutMs: 1000 };
const answerAfter = (ms: number): Route => (_, res: ServerResponse) => {
  setTimeout(() => res.writeHead(200, { 'content-type': 'text/plain' }).end('done'), ms);
};
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

const servers: FixtureServer[] = [];
const serve = async (routes: Record<string, Route>) => {
  const server = await startServer(routes);
  servers.push(server);
  return server;
};
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

describe('politeness', () => {
  it('sends one request at a time to a host, with the delay between them', async () => {
    const server = await serve({ '/slow': answerAfter(150) });
    const fetcher = createFetcher({ ...QUICK, delayMs: 100 });
    await Promise.all([fetcher.fetch(server.url('/slow?n=1')), fetcher.fetch(server.url('/slow?n=2'))]);
    const [first, second] = server.hitsOf('/slow');
    expect(overlap(first!, second!)).toBe(false);
    expect(second!.start - first!.end).toBeGreaterThanOrEqual(95);
  });

  it('lets different hosts be fetched at the same time', async () => {
    const one = await serve({ '/slow': answerAfter(300) });
    const two = await serve({ '/slow': answerAfter(300) });
    const fetcher = createFetcher({ ...QUICK, delayMs: 50 });
    await Promise.all([fetcher.fetch(one.url('/slow')), fetcher.fetch(two.url('/slow'))]);
    expect(overlap(one.hitsOf('/slow')[0]!, two.hitsOf('/slow')[0]!)).toBe(true);
  });

  it('fetches robots.txt once per host for a fetcher, however many pages are asked for', async () => {
    const server = await serve({
      '/robots.txt': (_, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /admin\n'),
      '/page': (_, res) => res.writeHead(200).end('page'),
    });
    const fetcher = createFetcher(QUICK);
    await Promise.all([fetcher.fetch(server.url('/page?a')), fetcher.fetch(server.url('/page?b'))]);
    await fetcher.fetch(server.url('/page?c'));
    expect(server.hitsOf('/robots.txt')).toHaveLength(1);
    expect(server.hitsOf('/page')).toHaveLength(3);
    await createFetcher(QUICK).fetch(server.url('/page?d'));
    expect(server.hitsOf('/robots.txt')).toHaveLength(2);
  });

  it.each([
    ['a server error', ((_, res) => res.writeHead(503).end()) as Route],
    ['no answer in time', (() => { /* silent */ }) as Route],
  ])('treats a robots.txt that fails with %s as allowing everything', async (_, robots) => {
    const server = await serve({ '/robots.txt': robots, '/page': (__, res) => res.writeHead(200).end('page') });
    const result = await createFetcher({ ...QUICK, timeoutMs: 300 }).fetch(server.url('/page'));
    expect(result).toMatchObject({ status: 'ok', text: 'page' });
    expect(server.hitsOf('/robots.txt')).toHaveLength(1);
  });
});
