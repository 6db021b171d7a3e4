// Fixture sites for the pipeline tests, served on 127.0.0.1 (one port per site, so one slow site never holds up
// another). Static sites serve tests/fixtures/sites/<site>/ with ETags; the fault sites misbehave on purpose.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { serveLocal, type Hit } from '../helpers/local-server.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SITES = join(ROOT, 'tests/fixtures/sites');

interface Override {
  status: number;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
}

export interface Site {
  name: string;
  origin: string;
  /** Every request, in order: path with query, headers, when it came. */
  requests: Hit[];
  /** Answer `path` (without query) differently from its file until cleared. */
  override(path: string, answer: Override | null): void;
  /** Wait this long before answering each request (a slower site keeps a run long enough to be killed mid-way). */
  setLatency(ms: number): void;
  /** Call `listener` on every request from now on; returns how to stop. */
  onRequest(listener: () => void): () => void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/rss+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function findFile(dir: string, path: string): string | null {
  const base = join(dir, decodeURIComponent(path));
  if (!base.startsWith(dir)) return null;
  const candidates = path.endsWith('/') ? [join(base, 'index.html')] : [base, `${base}.html`, join(base, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/**
 * A static site: files under tests/fixtures/sites/<name>/, `{{origin}}` replaced by the site's address. With
 * `validators: false` it sends no ETag and answers every request in full, as many real sites do.
 */
export async function startStaticSite(name: string, { validators = true } = {}): Promise<Site> {
  const dir = join(SITES, name);
  const overrides = new Map<string, Override>();
  let latencyMs = 0;
  const listeners = new Set<() => void>();
  const answer = (req: IncomingMessage, res: ServerResponse, origin: string) => {
    const url = new URL(req.url ?? '/', origin);
    const ifNoneMatch = (req.headers['if-none-match'] as string | undefined) ?? null;
    const override = overrides.get(url.pathname);
    let body: Buffer;
    let headers: Record<string, string>;
    if (override) {
      if (override.body === undefined) {
        res.writeHead(override.status, override.headers ?? {}).end();
        return;
      }
      body = Buffer.from(override.body);
      headers = { 'content-type': TYPES['.html']!, ...(override.headers ?? {}) };
    } else {
      const file = findFile(dir, url.pathname);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
        return;
      }
      // latin1 keeps every byte as it is, so windows-1252 fixtures survive the substitution.
      body = Buffer.from(readFileSync(file, 'latin1').replaceAll('{{origin}}', origin), 'latin1');
      const sidecar = `${file}.headers.json`;
      headers = existsSync(sidecar)
        ? (JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, string>)
        : { 'content-type': TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream' };
    }
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    if (validators && ifNoneMatch === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    const cache = validators ? { etag } : {};
    res.writeHead(override?.status ?? 200, { ...headers, ...cache, 'content-length': String(body.length) }).end(body);
  };
  const server = await serveLocal((req, res, origin) => {
    for (const listener of listeners) listener();
    if (latencyMs > 0) setTimeout(() => answer(req, res, origin), latencyMs);
    else answer(req, res, origin);
  });
  return {
    name,
    origin: server.origin,
    requests: server.hits,
    override: (path, answer) => (answer ? overrides.set(path, answer) : overrides.delete(path)),
    setLatency: (ms) => (latencyMs = ms),
    onRequest: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: server.close,
  };
}

type Handler = (req: IncomingMessage, res: ServerResponse, origin: string) => void;

/** HTTP faults, each on its own port. Handlers never touch the network beyond the loopback socket. */
export const FAULTS: Record<string, Handler> = {
  'http-500': (_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('Internal Server Error'),
  'too-many': (_req, res) => res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' }).end('Too Many Requests'),
  // Accepts the request and never answers.
  timeout: () => undefined,
  // Answers at once, then trickles the body far slower than any timeout allows.
  'slow-body': (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
    const timer = setInterval(() => res.write(' '), 200);
    res.on('close', () => clearInterval(timer));
  },
  oversized: (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>${'x'.repeat(2 * 1024 * 1024)}</title></channel></rss>`);
  },
  'redirect-loop': (req, res, origin) => {
    const next = req.url?.startsWith('/feed.xml') ? '/elsewhere.xml' : '/feed.xml';
    res.writeHead(302, { location: `${origin}${next}` }).end();
  },
};

export async function startFaultSite(name: string, handler: Handler): Promise<Site> {
  const server = await serveLocal((req, res, origin) => {
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    handler(req, res, origin);
  });
  return {
    name, origin: server.origin, requests: server.hits,
    override: () => undefined, setLatency: () => undefined, onRequest: () => () => undefined,
    close: server.close,
  };
}

export interface Fixtures {
  sites: Record<string, Site>;
  /** A registry folder with the fixture declarations, addresses filled in. */
  sourcesDir: string;
  close(): Promise<void>;
}

/**
 * Start the sites and write the declarations into a temporary registry: the good sources, the faults too with
 * `faults`, or exactly the ones `only` names; with `validators: false` the static sites send no ETag.
 */
export async function startFixtures(options: { faults?: boolean; only?: string[]; validators?: boolean } = {}): Promise<Fixtures> {
  const sites: Record<string, Site> = {};
  // Every folder beside sources/ is a static site: adding a fixture source is a folder and a declaration.
  const folders = readdirSync(SITES, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'sources');
  for (const { name } of folders) sites[name] = await startStaticSite(name, options);
  if (options.faults) for (const [name, handler] of Object.entries(FAULTS)) sites[name] = await startFaultSite(name, handler);
  const sourcesDir = await mkdtemp(join(tmpdir(), 'pantau-sources-'));
  for (const file of await readdir(join(SITES, 'sources'))) {
    const id = file.replace(/\.json$/, '');
    if (options.only ? !options.only.includes(id) : !options.faults && id.startsWith('fault-')) continue;
    const text = (await readFile(join(SITES, 'sources', file), 'utf8')).replace(/\{\{([a-z0-9-]+)\}\}/g, (_, site: string) => {
      const found = sites[site];
      if (!found) throw new Error(`${file}: no fixture site "${site}"`);
      return found.origin;
    });
    await writeFile(join(sourcesDir, file), text);
  }
  return {
    sites,
    sourcesDir,
    close: async () => {
      await Promise.all(Object.values(sites).map((s) => s.close()));
      await rm(sourcesDir, { recursive: true, force: true });
    },
  };
}

/** A fresh data folder holding the project's taxonomy, as a new clone has (at `dir`, or in a new temporary folder). */
export async function freshDataDir(dir?: string): Promise<string> {
  dir ??= await mkdtemp(join(tmpdir(), 'pantau-data-'));
  const taxonomy = join(ROOT, 'data', 'taxonomy');
  if (existsSync(taxonomy)) await cp(taxonomy, join(dir, 'taxonomy'), { recursive: true });
  await mkdir(join(dir, 'statements'), { recursive: true });
  return dir;
}

/** Every file below `dir` (relative path → sha256 of its bytes), to prove a run changed nothing. */
export function treeDigest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** Fetcher settings that keep the fault tests to seconds. */
export const FAST_FETCH = {
  delayMs: 0,
  connectTimeoutMs: 1000,
  timeoutMs: 1500,
  maxBytes: 512 * 1024,
  maxRedirects: 3,
  retries: 1,
  backoffMs: 50,
  maxRetryAfterMs: 2000,
};
