// Links built from scraped data: only http(s) addresses ever become an href.

/** The address itself when it is a well-formed http(s) URL, otherwise null (javascript:, data:, relative, junk). */
export function httpHref(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
