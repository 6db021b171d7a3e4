// Routes by path for the fetcher tests, on the shared local server: its log of every request (when it started, when
// its response closed) lets politeness and retries be checked from the server side.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { expect } from 'vitest';
import { FetchError, type FetchErrorKind } from '../../scrapers/fetch/index.ts';
import { pathname, serveLocal, type Hit, type LocalServer } from '../helpers/local-server.ts';

/** `nth` counts the requests to this path so far, starting at 1. */
export type Route = (request: IncomingMessage, response: ServerResponse, nth: number) => void;

export interface FixtureServer extends LocalServer {
  /** The requests to this path (without query), in order. */
  hitsOf(path: string): Hit[];
}

export async function startServer(routes: Record<string, Route>): Promise<FixtureServer> {
  const hitsOf = (path: string) => server.hits.filter((hit) => pathname(hit) === path);
  const server = await serveLocal((request, response) => {
    const path = new URL(request.url ?? '/', 'http://fixture').pathname;
    const route = routes[path];
    if (route) return route(request, response, hitsOf(path).length);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return { ...server, hitsOf };
}

/** A port nothing listens on: bound by a server that is closed again. */
export async function closedPort(): Promise<number> {
  const server = await serveLocal(() => undefined);
  await server.close();
  return Number(server.host.split(':')[1]);
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
