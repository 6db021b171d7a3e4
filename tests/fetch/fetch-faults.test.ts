// Faults a source can throw at the fetcher, each ending in a clear, classified error or a recovery.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import type { ServerResponse } from 'node:http';
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net';
import { createFetcher } from '../../scrapers/fetch/index.ts';
import { closedPort, fetchFailure, startServer, type FixtureServer } from './fixture-server.ts';

const QUICK = { delayMs: 5, backoffMs: 10, retries: 2, timeoutMs: 2000, connectTimeoutMs: 1000, maxRetryAfterMs: 5000 };
const ok = (res: ServerResponse, body = '<p>ok</p>') => res.writeHead(200, { 'content-type': 'text/html' }).end(body);
/** Writes a chunk every `everyMs` until the client goes away. */
const trickle = (res: ServerResponse, chunk: string, everyMs: number) => {
  res.writeHead(200, { 'content-type': 'text/html' });
  const timer = setInterval(() => res.write(chunk), everyMs);
  res.on('close', () => clearInterval(timer));
};

let server: FixtureServer;

beforeAll(async () => {
  server = await startServer({
    '/robots.txt': (_, res) => res.writeHead(200, { 'content-type': 'text/plain' })
      .end('User-agent: *\nDisallow: /\n\nUser-agent: Pantau\nDisallow: /private/\n'),
    '/flaky': (_, res, nth) => (nth === 1 ? res.writeHead(500).end('oops') : ok(res, 'recovered')),
    '/down': (_, res) => res.writeHead(503, { 'content-type': 'text/plain' }).end('maintenance'),
    '/busy': (_, res, nth) => (nth === 1 ? res.writeHead(429, { 'retry-after': '1' }).end() : ok(res, 'served')),
    '/busy-for-an-hour': (_, res) => res.writeHead(429, { 'retry-after': '3600' }).end(),
    '/reset': (req) => req.socket.destroy(),
    '/silent': () => { /* never answers */ },
    '/slow-body': (_, res) => trickle(res, '<p>a little more</p>', 50),
    '/huge-declared': (_, res) => res.writeHead(200, { 'content-length': '5000' }).end('x'.repeat(5000)),
    '/huge-streamed': (_, res) => trickle(res, 'x'.repeat(512), 5),
    '/gzip-bomb': (_, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.alloc(10_000_000))),
    '/loop-a': (_, res) => res.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_, res) => res.writeHead(302, { location: '/loop-a' }).end(),
    '/chain': (req, res) => {
      const step = Number(new URL(req.url ?? '', 'http://x').searchParams.get('step'));
      res.writeHead(302, { location: `/chain?step=${step + 1}` }).end();
    },
    '/to-ftp': (_, res) => res.writeHead(301, { location: 'ftp://files.example/statement.pdf' }).end(),
    '/to-script': (_, res) => res.writeHead(302, { location: 'javascript:alert(1)' }).end(),
    '/public': (_, res) => ok(res),
    '/private/report': (_, res) => ok(res),
    '/to-private': (_, res) => res.writeHead(302, { location: '/private/report' }).end(),
  });
});
afterAll(() => server.close());

describe('retries', () => {
  it('retries a 500 and returns the page that follows', async () => {
    expect(await createFetcher(QUICK).fetch(server.url('/flaky'))).toMatchObject({ status: 'ok', text: 'recovered' });
    expect(server.hitsOf('/flaky')).toHaveLength(2);
  });

  it('gives up on a lasting 5xx after the retries, backing off exponentially', async () => {
    const error = await fetchFailure(createFetcher({ ...QUICK, retries: 2, backoffMs: 100 }).fetch(server.url('/down')),
      'http', server.host);
    expect(error).toMatchObject({ status: 503, transient: true });
    expect(error.message).toMatch(/HTTP 503 .*gave up after 3 attempts/);
    const hits = server.hitsOf('/down');
    expect(hits).toHaveLength(3);
    expect(hits[1]!.start - hits[0]!.end).toBeGreaterThanOrEqual(95);
    expect(hits[2]!.start - hits[1]!.end).toBeGreaterThanOrEqual(195);
  });

  it('waits as long as a 429 Retry-After asks before trying again', async () => {
    expect(await createFetcher(QUICK).fetch(server.url('/busy'))).toMatchObject({ status: 'ok', text: 'served' });
    const [first, second] = server.hitsOf('/busy');
    expect(second!.start - first!.end).toBeGreaterThanOrEqual(990);
  });

  it('fails at once, saying so, when Retry-After is longer than it will wait', async () => {
    const fetching = createFetcher({ ...QUICK, maxRetryAfterMs: 1000 }).fetch(server.url('/busy-for-an-hour'));
    const error = await fetchFailure(fetching, 'http', server.host);
    expect(error).toMatchObject({ status: 429, transient: true });
    expect(error.message).toMatch(/HTTP 429 .*Retry-After asks for 3600 s, more than the 1 s/);
    expect(server.hitsOf('/busy-for-an-hour')).toHaveLength(1);
  });

  it('retries a reset connection as a transient network error', async () => {
    const error = await fetchFailure(createFetcher(QUICK).fetch(server.url('/reset')), 'network', server.host);
    expect(error.transient).toBe(true);
    expect(server.hitsOf('/reset')).toHaveLength(3);
  });
});

describe('timeouts', () => {
  it('times out a server that never answers, retrying once only', async () => {
    const error = await fetchFailure(createFetcher({ ...QUICK, retries: 3, timeoutMs: 300 }).fetch(server.url('/silent')),
      'timeout', server.host);
    expect(error.message).toMatch(/^127\.0\.0\.1:\d+: timed out after 300 ms waiting for the response/);
    expect(server.hitsOf('/silent')).toHaveLength(2);
  });

  it('applies the connect timeout to a TLS handshake that never completes', async () => {
    // A bare TCP server: the connection is accepted, but no TLS answer ever comes.
    const sockets: Socket[] = [];
    const tcp = createTcpServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => tcp.listen(0, '127.0.0.1', resolve));
    const host = `127.0.0.1:${(tcp.address() as AddressInfo).port}`;
    try {
      const fetching = createFetcher({ ...QUICK, retries: 0, connectTimeoutMs: 200, timeoutMs: 5000 })
        .fetch(`https://${host}/`);
      const error = await fetchFailure(fetching, 'timeout', host);
      expect(error.message).toBe(`${host}: timed out after 200 ms connecting`);
    } finally {
      sockets.forEach((socket) => socket.destroy());
      await new Promise((resolve) => tcp.close(resolve));
    }
  });

  it('aborts a body that trickles in past the total timeout', async () => {
    const error = await fetchFailure(createFetcher({ ...QUICK, retries: 0, timeoutMs: 400 }).fetch(server.url('/slow-body')),
      'timeout', server.host);
    expect(error.message).toMatch(/timed out after 400 ms reading the body \(\d+ bytes received\)/);
  });
});

describe('size and redirect caps', () => {
  const capped = createFetcher({ ...QUICK, maxBytes: 1000 });

  it('refuses a body whose declared length passes the cap', async () => {
    const error = await fetchFailure(capped.fetch(server.url('/huge-declared')), 'too-large', server.host);
    expect(error.transient).toBe(false);
    expect(server.hitsOf('/huge-declared')).toHaveLength(1);
  });

  it('stops downloading an endless body at the cap', async () => {
    await fetchFailure(capped.fetch(server.url('/huge-streamed')), 'too-large', server.host);
  });

  it('stops decompressing at the cap', async () => {
    await fetchFailure(createFetcher({ ...QUICK, maxBytes: 100_000 }).fetch(server.url('/gzip-bomb')), 'too-large', server.host);
  });

  it('detects a redirect loop', async () => {
    const error = await fetchFailure(createFetcher(QUICK).fetch(server.url('/loop-a')), 'too-many-redirects', server.host);
    expect(error.message).toMatch(/redirect loop/);
    expect(server.hitsOf('/loop-a')).toHaveLength(1);
  });

  it('stops after maxRedirects redirects', async () => {
    const fetching = createFetcher({ ...QUICK, maxRedirects: 3 }).fetch(server.url('/chain?step=0'));
    const error = await fetchFailure(fetching, 'too-many-redirects', server.host);
    expect(error.message).toMatch(/more than 3 redirects/);
    expect(server.hitsOf('/chain')).toHaveLength(4);
  });

  it.each(['/to-ftp', '/to-script'])('refuses a redirect from %s to a non-http(s) URL', async (path) => {
    const error = await fetchFailure(createFetcher(QUICK).fetch(server.url(path)), 'bad-url', server.host);
    expect(error.message).toMatch(/only http\(s\)/);
  });

  it('refuses URLs that are not http(s) before any request', async () => {
    const fetcher = createFetcher(QUICK);
    await fetchFailure(fetcher.fetch('file:///etc/passwd'), 'bad-url', 'file:///etc/passwd');
    await fetchFailure(fetcher.fetch('not a url'), 'bad-url', '"not a url"');
  });
});

describe('robots.txt', () => {
  it('fetches what robots.txt allows Pantau and refuses what it disallows, without requesting it', async () => {
    const fetcher = createFetcher(QUICK);
    expect(await fetcher.fetch(server.url('/public'))).toMatchObject({ status: 'ok' });
    const error = await fetchFailure(fetcher.fetch(server.url('/private/report')), 'robots', server.host);
    expect(error.transient).toBe(false);
    await fetchFailure(fetcher.fetch(server.url('/to-private')), 'robots', server.host);
    expect(server.hitsOf('/private/report')).toHaveLength(0);
  });
});

describe('unreachable hosts fail fast', () => {
  // With these settings a full retry sequence would wait 0.3 + 0.6 + 1.2 + 2.4 s.
  const patient = { ...QUICK, retries: 4, backoffMs: 300 };

  it('gives up on a host name that does not resolve with kind dns', async () => {
    const started = Date.now();
    const error = await fetchFailure(createFetcher(patient).fetch('http://news.pantau-test.invalid/kenyataan'), 'dns',
      'news.pantau-test.invalid');
    expect(error.transient).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('gives up on a refused connection with kind refused', async () => {
    const host = `127.0.0.1:${await closedPort()}`;
    const started = Date.now();
    await fetchFailure(createFetcher(patient).fetch(`http://${host}/`), 'refused', host);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
