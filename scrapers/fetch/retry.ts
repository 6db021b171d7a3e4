// When to try again: exponential backoff, and the server's own Retry-After when it gives one.

/** Milliseconds to wait before retry number `retry` (1 for the first retry): base, 2·base, 4·base, … */
export function backoffDelay(retry: number, baseMs: number): number {
  return baseMs * 2 ** (retry - 1);
}

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date (a past date means 0); null if unusable. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP dates start with the day name; this keeps Date.parse's leniency ("-5" is the year 5 BC) out.
  const at = /^[a-z]{3}/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}
