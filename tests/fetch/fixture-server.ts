// A throwaway HTTP server on 127.0.0.1 for the fetcher tests: routes by path, and a log of every request with the
// time it started and the time its response closed, so politeness and retries can be checked from the server side.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { FetchError, type FetchErrorKind } from '../../scrapers/fetch/index.ts';

export interface Hit { path: string; headers: IncomingHttpHeaders; start: number; end: number }
/** `nth` counts the requests to this path so far, starting at 1. */
export type Route = (request: IncomingMessage, response: ServerResponse, nth: number) => void;

export interface FixtureServer {
  host: string;
  url(path: string): string;
  hitsOf(path: string): Hit[];
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route>): Promise<FixtureServer> {
  const hits: Hit[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    const hit: Hit = { path, headers: request.headers, start: Date.now(), end: Number.POSITIVE_INFINITY };
    hits.push(hit);
    response.on('close', () => (hit.end = Date.now()));
    const route = routes[path];
    if (route) return route(request, response, hits.filter((h) => h.path === path).length);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    host,
    url: (path) => `http://${host}${path}`,
    hitsOf: (path) => hits.filter((h) => h.path === path),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nothing listens on: bound by a server that is closed again. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The rejection of `promise`, checked to be a FetchError of `kind` whose message is one line naming `host`. */
export async function fetchFailure(promise: Promise<unknown>, kind: FetchErrorKind, host: string): Promise<FetchError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FetchError);
  const failure = error as FetchError;
  expect({ kind: failure.kind, message: failure.message }).toMatchObject({ kind, message: expect.stringMatching(`^${escape(host)}: `) });
  expect(failure.message).not.toMatch(/\n/);
  return failure;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
