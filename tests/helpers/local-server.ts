// The one way tests (and the quiet-night bench) serve HTTP: on 127.0.0.1 at a port of the system's choosing, every
// request logged, closed without waiting for kept-alive connections. What the server answers is the caller's.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request: its path with query, its headers, when it arrived; once answered, the status and when it closed. */
export interface Hit {
  path: string;
  headers: IncomingHttpHeaders;
  start: number;
  end: number;
  status: number | null;
}

/** Answers one request; `origin` is the server's own address, for links and redirects. */
export type Handler = (request: IncomingMessage, response: ServerResponse, origin: string) => void | Promise<void>;

export interface LocalServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** `127.0.0.1:<port>` */
  host: string;
  url(path: string): string;
  /** Every request so far, in order of arrival. */
  hits: Hit[];
  close(): Promise<void>;
}

export async function serveLocal(handler: Handler): Promise<LocalServer> {
  const hits: Hit[] = [];
  let origin = '';
  const server = createServer((request, response) => {
    const hit: Hit = { path: request.url ?? '/', headers: request.headers, start: Date.now(), end: Number.POSITIVE_INFINITY, status: null };
    hits.push(hit);
    response.on('close', () => Object.assign(hit, { end: Date.now(), status: response.headersSent ? response.statusCode : null }));
    void handler(request, response, origin);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  origin = `http://${host}`;
  return {
    origin,
    host,
    url: (path) => `${origin}${path}`,
    hits,
    close: () => {
      server.closeAllConnections();
      return new Promise((closed) => server.close(() => closed()));
    },
  };
}

/** The path of a hit without its query. */
export function pathname(hit: Hit): string {
  return hit.path.split('?')[0]!;
}
