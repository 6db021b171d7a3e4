// The fetcher against a live local server: what a scraper receives for pages, feeds, revalidation and gone pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { createFetcher, USER_AGENT, type Validators } from '../../scrapers/fetch/index.ts';
import { fetchFailure, startServer, type FixtureServer } from './fixture-server.ts';

const QUICK = { delayMs: 5, backoffMs: 10, timeoutMs: 2000, connectTimeoutMs: 1000 };
const POLISH = 'Zażółć gęślą jaźń';
const MALAY_1252 = 'Kenyataan Media – Menteri “bertegas”, kos €10';
const UTF8_TEXT = 'Kenyataan Akhbar: “Pelesenan” media sosial — 1 Januari 2025';
const html = (head: string, body: string) => `<html><head>${head}</head><body><p>${body}</p></body></html>`;
const ETAG = '"v1-fixture"';
const LAST_MODIFIED = 'Wed, 30 Oct 2024 02:00:00 GMT';
const COMPRESSORS: Record<string, (body: Buffer) => Buffer> = {
  gzip: zlib.gzipSync, deflate: zlib.deflateSync, br: zlib.brotliCompressSync,
};

let server: FixtureServer;

beforeAll(async () => {
  const send = (contentType: string, body: Buffer) => (_: unknown, res: import('node:http').ServerResponse) =>
    res.writeHead(200, { 'content-type': contentType }).end(body);
  server = await startServer({
    '/plain': (_, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html('', 'Hello')),
    '/charset-header': send('text/html; charset=ISO-8859-2',
      iconv.encode(html('<meta charset="windows-1252">', POLISH), 'iso-8859-2')),
    '/charset-meta': send('text/html', iconv.encode(html('<meta charset="iso-8859-2">', POLISH), 'iso-8859-2')),
    '/latin1': send('text/html; charset=iso-8859-1', iconv.encode(html('', MALAY_1252), 'windows-1252')),
    '/cp1252-undeclared': send('text/html', iconv.encode(html('', MALAY_1252), 'windows-1252')),
    '/utf8-undeclared': send('text/html', Buffer.from(html('', UTF8_TEXT), 'utf-8')),
    '/compressed': (req, res) => {
      const coding = new URL(req.url ?? '', 'http://x').searchParams.get('coding') ?? '';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': coding })
        .end(COMPRESSORS[coding]!(Buffer.from(html('', UTF8_TEXT))));
    },
    '/etag': (req, res) => {
      if (req.headers['if-none-match'] === ETAG) return res.writeHead(304, { etag: ETAG }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: ETAG }).end('<rss></rss>');
    },
    '/last-modified': (req, res) => {
      if (req.headers['if-modified-since'] === LAST_MODIFIED) return res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'text/html', 'last-modified': LAST_MODIFIED }).end(html('', 'dated'));
    },
    '/old': (_, res) => res.writeHead(301, { location: server.url('/moved') }).end(),
    '/moved': (_, res) => res.writeHead(302, { location: 'current?page=1' }).end(),
    '/current': (_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html('', 'here')),
    '/withdrawn': (_, res) => res.writeHead(410).end('gone'),
    '/empty': (_, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(),
    '/forbidden': (_, res) => res.writeHead(403).end('no'),
  });
});
afterAll(() => server.close());

describe('fetch', () => {
  it('names Pantau and its repository in the User-Agent and asks for compressed bodies', async () => {
    const result = await createFetcher(QUICK).fetch(server.url('/plain'));
    expect(result).toMatchObject({ status: 'ok', httpStatus: 200, text: html('', 'Hello'),
      contentType: 'text/html; charset=utf-8', charset: 'utf-8' });
    const [hit] = server.hitsOf('/plain');
    expect(hit?.headers['user-agent']).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^Pantau\/[\d.]+ \(\+https:\/\/github\.com\/[\w-]+\/pantau\)$/);
    expect(hit?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  describe('charsets', () => {
    const fetcher = createFetcher(QUICK);
    const fetchText = async (path: string) => {
      const result = await fetcher.fetch(server.url(path));
      if (result.status !== 'ok') throw new Error(`expected a page, got ${result.status}`);
      return { text: result.text, charset: result.charset };
    };

    it('decodes with the charset in the Content-Type header', async () => {
      expect(await fetchText('/charset-header')).toMatchObject({ charset: 'iso-8859-2', text: expect.stringContaining(POLISH) });
    });

    it('decodes with the charset in the meta tag when the header has none', async () => {
      expect(await fetchText('/charset-meta')).toMatchObject({ charset: 'iso-8859-2', text: expect.stringContaining(POLISH) });
    });

    it('decodes a page declared ISO-8859-1 as windows-1252', async () => {
      expect(await fetchText('/latin1')).toMatchObject({ charset: 'windows-1252', text: expect.stringContaining(MALAY_1252) });
    });

    it('decodes an undeclared windows-1252 page', async () => {
      expect(await fetchText('/cp1252-undeclared'))
        .toMatchObject({ charset: 'windows-1252', text: expect.stringContaining(MALAY_1252) });
    });

    it('decodes an undeclared UTF-8 page', async () => {
      expect(await fetchText('/utf8-undeclared')).toMatchObject({ charset: 'utf-8', text: expect.stringContaining(UTF8_TEXT) });
    });
  });

  it.each(Object.keys(COMPRESSORS))('decodes a %s body', async (coding) => {
    const result = await createFetcher(QUICK).fetch(server.url(`/compressed?coding=${coding}`));
    expect(result).toMatchObject({ status: 'ok', text: html('', UTF8_TEXT) });
  });

  it('revalidates with the ETag it returned and reports not-modified on 304', async () => {
    const fetcher = createFetcher(QUICK);
    const first = await fetcher.fetch(server.url('/etag'));
    expect(first).toMatchObject({ status: 'ok', validators: { etag: ETAG, lastModified: null } });
    const validators = (first as { validators: Validators }).validators;
    expect(await fetcher.fetch(server.url('/etag'), validators)).toEqual({ status: 'not-modified', url: server.url('/etag') });
    expect(server.hitsOf('/etag').map((hit) => hit.headers['if-none-match'])).toEqual([undefined, ETAG]);
  });

  it('revalidates with the Last-Modified it returned', async () => {
    const fetcher = createFetcher(QUICK);
    const first = await fetcher.fetch(server.url('/last-modified'));
    expect(first).toMatchObject({ status: 'ok', validators: { etag: null, lastModified: LAST_MODIFIED } });
    const second = await fetcher.fetch(server.url('/last-modified'), (first as { validators: Validators }).validators);
    expect(second.status).toBe('not-modified');
  });

  it('follows redirects and records the final URL', async () => {
    const result = await createFetcher(QUICK).fetch(server.url('/old'));
    expect(result).toMatchObject({ status: 'ok', url: server.url('/old'), finalUrl: server.url('/current?page=1'),
      text: expect.stringContaining('here') });
  });

  it('returns an empty page as an empty text, for the caller to judge', async () => {
    expect(await createFetcher(QUICK).fetch(server.url('/empty'))).toMatchObject({ status: 'ok', text: '', charset: 'utf-8' });
  });

  it('reports 404 and 410 as gone', async () => {
    const fetcher = createFetcher(QUICK);
    expect(await fetcher.fetch(server.url('/no-such-page'))).toEqual({ status: 'gone', url: server.url('/no-such-page'), httpStatus: 404 });
    expect(await fetcher.fetch(server.url('/withdrawn'))).toEqual({ status: 'gone', url: server.url('/withdrawn'), httpStatus: 410 });
  });

  it('refuses nonsensical options with a one-line error', () => {
    expect(() => createFetcher({ timeoutMs: -1 })).toThrow('createFetcher: timeoutMs must be a non-negative number, not -1');
    expect(() => createFetcher({ retries: Number.NaN })).toThrow(/retries must be a non-negative number/);
  });

  it('fails a 403 at once, as a permanent HTTP error with its status', async () => {
    const error = await fetchFailure(createFetcher({ ...QUICK, retries: 3 }).fetch(server.url('/forbidden')), 'http', server.host);
    expect(error).toMatchObject({ status: 403, transient: false, url: server.url('/forbidden') });
    expect(error.message).toMatch(/HTTP 403/);
    expect(server.hitsOf('/forbidden')).toHaveLength(1);
  });
});
