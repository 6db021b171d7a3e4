// The polite fetcher every scraper goes through: it names itself, obeys robots.txt, asks each host for one thing at
// a time with a pause between, revalidates with the caller's stored validators, retries what may pass (5xx, 429,
// network faults) with backoff, and gives up quickly and clearly on what will not.
import { decodeBody } from './decode.ts';
import { FetchError, hostLabel, type FetchErrorKind } from './errors.ts';
import { exchange, type Exchange } from './exchange.ts';
import { createHostPacer } from './host-pacer.ts';
import { backoffDelay, parseRetryAfter } from './retry.ts';
import { createRobotsCheck } from './robots.ts';

export { decodeBody } from './decode.ts';
export { FetchError, type FetchErrorKind } from './errors.ts';

/** Who we are, in every request; robots.txt rules are matched against its product token "Pantau". */
export const USER_AGENT = 'Pantau/0.1 (+https://github.com/pantau-monitor/pantau)';

export interface Validators { etag: string | null; lastModified: string | null }

export type FetchResult =
  | { status: 'ok'; url: string; finalUrl: string; httpStatus: number; body: Uint8Array; text: string;
      contentType: string | null; charset: string; validators: Validators }
  | { status: 'not-modified'; url: string }
  | { status: 'gone'; url: string; httpStatus: 404 | 410 };

export interface FetchOptions { userAgent: string; delayMs: number; connectTimeoutMs: number; timeoutMs: number;
  maxBytes: number; maxRedirects: number; retries: number; backoffMs: number; maxRetryAfterMs: number }

export interface Fetcher { fetch(url: string, validators?: Validators): Promise<FetchResult> }

export const DEFAULT_FETCH_OPTIONS: Readonly<FetchOptions> = Object.freeze({
  userAgent: USER_AGENT,
  delayMs: 1000,
  connectTimeoutMs: 10_000,
  timeoutMs: 30_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  backoffMs: 1000,
  maxRetryAfterMs: 60_000,
});

const ACCEPT = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,'
  + '*/*;q=0.8';
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
/** An unreachable or silent host: one retry at most, so that an offline laptop gives up within seconds. */
const FAST_FAIL_KINDS: ReadonlySet<FetchErrorKind> = new Set(['dns', 'refused', 'timeout']);

export function createFetcher(options: Partial<FetchOptions> = {}): Fetcher {
  const settings = withDefaults(options);
  const pacer = createHostPacer(settings.delayMs);
  const limits = { connectTimeoutMs: settings.connectTimeoutMs, timeoutMs: settings.timeoutMs,
    maxBytes: settings.maxBytes };
  const baseHeaders = { 'user-agent': settings.userAgent, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' };
  const get = (target: URL, headers: Record<string, string>, requested: string) =>
    pacer.run(target.host, () => exchange(target, headers, limits, requested));

  // One attempt, redirects followed; any failure (rejection included) means no rules, i.e. everything allowed.
  const isAllowed = createRobotsCheck(async (robotsUrl) => {
    let target = robotsUrl;
    for (let hop = 0; hop <= settings.maxRedirects; hop++) {
      const answer = await get(target, baseHeaders, robotsUrl.href);
      if (REDIRECT_STATUSES.has(answer.status)) {
        target = redirectTarget(answer, target, robotsUrl.href);
        continue;
      }
      if (answer.status < 200 || answer.status >= 300) return null;
      return decodeBody(answer.body, firstHeader(answer.headers['content-type'])).text;
    }
    return null;
  }, settings.userAgent);

  async function getWithRetries(target: URL, headers: Record<string, string>, requested: string): Promise<Exchange> {
    for (let attempt = 1; ; attempt++) {
      const outcome = await get(target, headers, requested).catch((error: unknown) => {
        if (error instanceof FetchError) return error;
        throw error;
      });
      let waitMs = backoffDelay(attempt, settings.backoffMs);
      if (outcome instanceof FetchError) {
        const retries = FAST_FAIL_KINDS.has(outcome.kind) ? Math.min(settings.retries, 1) : settings.retries;
        if (!outcome.transient || attempt > retries) throw afterAttempts(outcome, attempt);
      } else {
        const { status } = outcome;
        if (status !== 429 && status < 500) return outcome;
        const failure = new FetchError('http', requested, `${hostLabel(target)}: HTTP ${status} ${outcome.statusText}`,
          { status, transient: true });
        const retryAfterMs = parseRetryAfter(firstHeader(outcome.headers['retry-after']), Date.now());
        if (retryAfterMs !== null && retryAfterMs > settings.maxRetryAfterMs) {
          throw new FetchError('http', requested, `${failure.message}; its Retry-After asks for `
            + `${seconds(retryAfterMs)}, more than the ${seconds(settings.maxRetryAfterMs)} allowed (maxRetryAfterMs)`,
          { status, transient: true });
        }
        if (attempt > settings.retries) throw afterAttempts(failure, attempt);
        waitMs = Math.max(waitMs, retryAfterMs ?? 0);
      }
      // Held on the host, not just this request: a rate-limited host is rate-limited for everyone.
      pacer.holdOff(target.host, waitMs);
    }
  }

  async function fetch(url: string, validators?: Validators): Promise<FetchResult> {
    let target = parseRequestedUrl(url);
    const headers = { ...baseHeaders, ...conditionalHeaders(validators) };
    const visited = [target.href];
    for (;;) {
      if (!(await isAllowed(target))) {
        throw new FetchError('robots', url, `${hostLabel(target)}: robots.txt disallows ${target.pathname}`);
      }
      const answer = await getWithRetries(target, headers, url);
      if (!REDIRECT_STATUSES.has(answer.status)) return toResult(answer, url, target);
      const next = redirectTarget(answer, target, url);
      if (visited.includes(next.href)) {
        throw new FetchError('too-many-redirects', url,
          `${hostLabel(target)}: redirect loop, ${target.href} leads back to ${next.href}`);
      }
      if (visited.length > settings.maxRedirects) {
        throw new FetchError('too-many-redirects', url,
          `${hostLabel(target)}: more than ${settings.maxRedirects} redirects (the next to ${next.href})`);
      }
      visited.push(next.href);
      target = next;
    }
  }

  return { fetch };
}

function toResult(answer: Exchange, url: string, final: URL): FetchResult {
  const { status } = answer;
  if (status === 304) return { status: 'not-modified', url };
  if (status === 404 || status === 410) return { status: 'gone', url, httpStatus: status };
  if (status >= 200 && status < 300) {
    const contentType = firstHeader(answer.headers['content-type']);
    const { text, charset } = decodeBody(answer.body, contentType);
    const validators = { etag: firstHeader(answer.headers.etag), lastModified: firstHeader(answer.headers['last-modified']) };
    return { status: 'ok', url, finalUrl: final.href, httpStatus: status, body: answer.body, text, contentType, charset,
      validators };
  }
  throw new FetchError('http', url, `${hostLabel(final)}: HTTP ${status} ${answer.statusText}`,
    { status, transient: false });
}

function parseRequestedUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError('bad-url', url, `${hostLabel(url)}: not a valid absolute URL`);
  }
  if (!isHttp(parsed)) {
    throw new FetchError('bad-url', url, `${hostLabel(parsed)}: only http(s) URLs are fetched, not ${parsed.protocol}`);
  }
  return parsed;
}

function redirectTarget(answer: Exchange, from: URL, requested: string): URL {
  const location = firstHeader(answer.headers.location);
  if (!location) {
    throw new FetchError('http', requested, `${hostLabel(from)}: HTTP ${answer.status} redirect without a Location`,
      { status: answer.status, transient: false });
  }
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new FetchError('bad-url', requested,
      `${hostLabel(from)}: redirected to an invalid URL ${JSON.stringify(location.slice(0, 100))}`);
  }
  if (!isHttp(next)) {
    throw new FetchError('bad-url', requested,
      `${hostLabel(from)}: redirected to a ${next.protocol} URL; only http(s) URLs are fetched`);
  }
  return next;
}

function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

function conditionalHeaders(validators: Validators | undefined): Record<string, string> {
  return {
    ...(validators?.etag ? { 'if-none-match': validators.etag } : {}),
    ...(validators?.lastModified ? { 'if-modified-since': validators.lastModified } : {}),
  };
}

function afterAttempts(error: FetchError, attempts: number): FetchError {
  if (attempts === 1) return error;
  return new FetchError(error.kind, error.url, `${error.message} (gave up after ${attempts} attempts)`,
    { transient: error.transient, status: error.status, cause: error.cause });
}

function firstHeader(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

function withDefaults(options: Partial<FetchOptions>): FetchOptions {
  const given = Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
  const settings: FetchOptions = { ...DEFAULT_FETCH_OPTIONS, ...given };
  for (const [key, value] of Object.entries(settings)) {
    if (key !== 'userAgent' && !(typeof value === 'number' && Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`createFetcher: ${key} must be a non-negative number, not ${String(value)}`);
    }
  }
  return settings;
}
