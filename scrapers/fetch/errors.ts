// The one error type the fetcher throws: a kind the caller can branch on and a one-line message naming the host.

export type FetchErrorKind = 'bad-url' | 'robots' | 'dns' | 'refused' | 'timeout' | 'http' | 'too-large'
  | 'too-many-redirects' | 'network';

export interface FetchErrorDetails {
  /** Whether the same request may succeed later (a network fault, 5xx, 429), as opposed to a property of the URL. */
  transient?: boolean;
  status?: number | null;
  cause?: unknown;
}

const TRANSIENT_KINDS: ReadonlySet<FetchErrorKind> = new Set(['dns', 'refused', 'timeout', 'network']);

export class FetchError extends Error {
  readonly kind: FetchErrorKind;
  /** The URL the caller asked for (not a redirect target), so the failure is attributed to the right item. */
  readonly url: string;
  readonly transient: boolean;
  readonly status: number | null;

  constructor(kind: FetchErrorKind, url: string, message: string, details: FetchErrorDetails = {}) {
    super(oneLine(message), details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FetchError';
    this.kind = kind;
    this.url = url;
    this.transient = details.transient ?? TRANSIENT_KINDS.has(kind);
    this.status = details.status ?? null;
  }
}

/** The name a message starts with: the host (with a non-default port), or the raw input when it is not a URL. */
export function hostLabel(url: URL | string): string {
  if (url instanceof URL) return url.host || url.href.slice(0, 80);
  try {
    return hostLabel(new URL(url));
  } catch {
    return JSON.stringify(url.slice(0, 80));
  }
}

/** Server-supplied text (status lines, error messages) must not break the one-line rule. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
