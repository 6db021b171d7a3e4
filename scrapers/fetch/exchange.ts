// One HTTP GET and its answer, nothing more: connect and total timeouts, a streamed body cap, content decoding.
// node:http rather than global fetch, for a real connect timeout and control over every byte read.
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import { TLSSocket } from 'node:tls';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { FetchError, hostLabel, type FetchErrorKind, type FetchErrorDetails } from './errors.ts';

export interface Exchange {
  status: number;
  statusText: string;
  headers: IncomingHttpHeaders;
  /** The decoded body of a 2xx answer; empty for every other status, whose body is never read. */
  body: Uint8Array;
}

export interface ExchangeLimits {
  connectTimeoutMs: number;
  timeoutMs: number;
  maxBytes: number;
}

/** GET `target`; failures are FetchErrors attributed to `requested`, the URL the caller asked for. */
export async function exchange(target: URL, headers: Record<string, string>, limits: ExchangeLimits,
  requested: string): Promise<Exchange> {
  const fail: Fail = (kind, cause, details) =>
    new FetchError(kind, requested, `${hostLabel(target)}: ${cause}`, details);
  const answer = await receive(target, headers, limits, fail);
  if (answer.body.byteLength === 0) return answer;
  return { ...answer, body: await decodeContent(answer, limits.maxBytes, fail) };
}

type Fail = (kind: FetchErrorKind, cause: string, details?: FetchErrorDetails) => FetchError;

function receive(target: URL, headers: Record<string, string>, limits: ExchangeLimits, fail: Fail): Promise<Exchange> {
  return new Promise((resolve, reject) => {
    let phase: 'connecting' | 'waiting for the response' | 'reading the body' = 'connecting';
    let received = 0;
    let settled = false;
    let connectTimer: NodeJS.Timeout | undefined;
    const settle = (outcome: Exchange | FetchError) => {
      if (settled) return;
      settled = true;
      clearTimeout(totalTimer);
      clearTimeout(connectTimer);
      request.destroy();
      if (outcome instanceof FetchError) reject(outcome);
      else resolve(outcome);
    };

    const client = target.protocol === 'https:' ? https : http;
    // agent: false gives a fresh socket per request, so the connect timeout always measures a real connect.
    const request = client.request(target, { method: 'GET', headers, agent: false });
    const totalTimer = setTimeout(() => {
      const where = phase === 'reading the body' ? `reading the body (${received} bytes received)` : phase;
      settle(fail('timeout', `timed out after ${limits.timeoutMs} ms ${where}`));
    }, limits.timeoutMs);

    request.on('socket', (socket) => {
      connectTimer = setTimeout(
        () => settle(fail('timeout', `timed out after ${limits.connectTimeoutMs} ms connecting`)),
        limits.connectTimeoutMs);
      socket.once(socket instanceof TLSSocket ? 'secureConnect' : 'connect', () => {
        clearTimeout(connectTimer);
        phase = 'waiting for the response';
      });
    });
    request.on('error', (error) => settle(networkFailure(error, fail)));
    request.on('response', (response) => {
      phase = 'reading the body';
      response.on('error', (error) => settle(networkFailure(error, fail)));
      const status = response.statusCode ?? 0;
      const head = { status, statusText: response.statusMessage ?? '', headers: response.headers };
      if (status < 200 || status >= 300) return settle({ ...head, body: new Uint8Array() });

      const declared = Number(response.headers['content-length']);
      if (declared > limits.maxBytes) {
        return settle(fail('too-large', `the body is ${declared} bytes, more than the ${limits.maxBytes}-byte cap`));
      }
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > limits.maxBytes) {
          settle(fail('too-large', `the body passed the ${limits.maxBytes}-byte cap; download stopped`));
        } else {
          chunks.push(chunk);
        }
      });
      response.on('end', () => settle({ ...head, body: Buffer.concat(chunks) }));
      response.on('close', () => {
        if (!response.complete) settle(fail('network', `the connection closed after ${received} bytes of the body`));
      });
    });
    request.end();
  });
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);

function networkFailure(error: Error, fail: Fail): FetchError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (DNS_CODES.has(code)) return fail('dns', `could not resolve the host name (${code})`, { cause: error });
  if (code === 'ECONNREFUSED') return fail('refused', 'connection refused (ECONNREFUSED)', { cause: error });
  if (code === 'ETIMEDOUT') return fail('timeout', 'the connection timed out (ETIMEDOUT)', { cause: error });
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO/.test(code)) {
    // A certificate problem does not fix itself between retries; certificates are never ignored.
    return fail('network', `TLS failed: ${error.message} (${code})`, { cause: error, transient: false });
  }
  return fail('network', `${error.message}${code && !error.message.includes(code) ? ` (${code})` : ''}`,
    { cause: error });
}

type Inflate = (body: Buffer, options: zlib.ZlibOptions | zlib.BrotliOptions) => Promise<Buffer>;
const gunzip = promisify<Buffer, zlib.ZlibOptions, Buffer>(zlib.gunzip);
const inflate = promisify<Buffer, zlib.ZlibOptions, Buffer>(zlib.inflate);
const inflateRaw = promisify<Buffer, zlib.ZlibOptions, Buffer>(zlib.inflateRaw);
const brotli = promisify<Buffer, zlib.BrotliOptions, Buffer>(zlib.brotliDecompress);

const INFLATERS: Record<string, Inflate> = {
  // Some servers label an uncompressed body gzip: without the gzip magic bytes, take the body as it is.
  gzip: (body, options) => (body[0] === 0x1f && body[1] === 0x8b ? gunzip(body, options) : Promise.resolve(body)),
  'x-gzip': (body, options) => INFLATERS.gzip!(body, options),
  // "deflate" should be zlib-wrapped, but some servers send raw deflate, as browsers tolerate.
  deflate: (body, options) => inflate(body, options).catch(() => inflateRaw(body, options)),
  br: brotli,
};

async function decodeContent(answer: Exchange, maxBytes: number, fail: Fail): Promise<Uint8Array> {
  const header = [answer.headers['content-encoding'] ?? ''].flat().join(',');
  const codings = header.split(',').map((c) => c.trim().toLowerCase()).filter((c) => c && c !== 'identity');
  let body: Buffer = Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength);
  for (const coding of codings.reverse()) {
    const inflater = INFLATERS[coding];
    if (!inflater) {
      throw fail('http', `unsupported Content-Encoding "${coding}"`, { transient: false, status: answer.status });
    }
    try {
      // maxOutputLength caps the decompressed size, so a small compression bomb cannot fill memory.
      body = await inflater(body, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw fail('too-large', `the ${coding}-decoded body passed the ${maxBytes}-byte cap`);
      }
      throw fail('network', `could not decode the ${coding} body: ${(error as Error).message}`,
        { transient: false, cause: error });
    }
  }
  return body;
}
