// One address per page: the key a statement's id is derived from. Variants that reach the same page (tracking
// parameters, AMP and mobile copies, a trailing slash, a fragment) fold onto one canonical URL.

export class CanonicalUrlError extends Error {
  constructor(readonly input: string) {
    super(`not an http(s) address: ${JSON.stringify(input.length > 120 ? `${input.slice(0, 120)}…` : input)}`);
    this.name = 'CanonicalUrlError';
  }
}

/** Query parameters that only say how a reader arrived, never which page they asked for. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'msclkid', 'yclid', 'twclid', 'igshid', 'ttclid', 'wbraid', 'gbraid',
  'ref', 'ref_src', 'ref_url', 'cmp', 'cmpid', 'ocid', 'spm', '_ga', '_gl', 'amp', 'fb_action_ids',
  'fb_action_types', 'fb_source', 'oly_enc_id', 'oly_anon_id',
]);
const TRACKING_PREFIXES = ['utm_', 'mc_', 'pk_', 'mtm_', 'hsa_', 'vero_'];

function isTrackingParam(name: string, value: string): boolean {
  const key = name.toLowerCase();
  if (key === 'outputtype') return value.toLowerCase() === 'amp';
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

/** Second-level labels under which a country registry sells names (gov.my, com.au, co.uk, go.id…). */
const SECOND_LEVEL = new Set(['com', 'co', 'gov', 'go', 'org', 'or', 'net', 'edu', 'ac', 'mil', 'sch', 'web']);

function isPublicSuffix(labels: string[]): boolean {
  const [sld, tld] = labels.slice(-2);
  return labels.length === 1 || (labels.length === 2 && tld!.length === 2 && SECOND_LEVEL.has(sld!));
}

/**
 * The registrable domain ("site") of a host, without a public-suffix list: the last two labels, or three under a
 * two-letter country code with a generic second level (malaymail.com, mcmc.gov.my, ofcom.org.uk). Good enough to
 * decide whether a declared canonical address stays on the same site; never used to build an address.
 */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^[\d.]+$/.test(host) || host.startsWith('[')) return labels.join('.');
  return labels.slice(isPublicSuffix(labels.slice(-2)) ? -3 : -2).join('.');
}

/** Host prefixes of AMP and mobile copies, dropped while what remains is still a whole site ("m.gov.my" stays). */
const VARIANT_HOST_PREFIX = /^(?:amp|m|mobile)\./;

function foldHost(host: string): string {
  let folded = host.replace(/\.$/, '');
  while (VARIANT_HOST_PREFIX.test(folded)) {
    const rest = folded.replace(VARIANT_HOST_PREFIX, '');
    if (isPublicSuffix(rest.split('.'))) break;
    folded = rest;
  }
  return folded;
}

function foldPathOnce(path: string): string {
  // An "/amp/" segment marks the AMP rendering, unless it is the whole path (a page called "/amp").
  const segments = path.split('/');
  const named = segments.filter((s) => s !== '');
  let p = named.length > 1 ? segments.filter((s) => s.toLowerCase() !== 'amp').join('/') : path;
  p = p.replace(/\/{2,}/g, '/').replace(/(.)\/+$/, '$1');
  // "/story.amp" and "/story.amp.html" are the AMP renderings of "/story" and "/story.html".
  p = p.replace(/\.amp(?=\.html?$|$)/i, '');
  return p === '' ? '/' : p;
}

/** Folding can expose another foldable tail ("/a/.amp/"), so fold until nothing changes. */
function foldPath(path: string): string {
  for (let p = path; ; ) {
    const next = foldPathOnce(p);
    if (next === p) return p;
    p = next;
  }
}

function parseHttpUrl(input: string, base?: string): URL | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(input.trim()) : new URL(input.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '') return null;
  return url;
}

function normaliseOnce(url: URL): string {
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = foldHost(url.hostname);
  url.pathname = foldPath(url.pathname);
  const kept = [...url.searchParams].filter(([name, value]) => !isTrackingParam(name, value));
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}

/** Setting a folded path can make the URL parser resolve dot segments anew, so normalise until nothing changes. */
function normalise(url: URL): string {
  let current = normaliseOnce(url);
  for (let i = 0; i < 8; i++) {
    const next = normaliseOnce(new URL(current));
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The canonical address of a page. `declared` is the page's own rel=canonical (or og:url): honoured when it is
 * http(s) and on the same site, ignored otherwise (a syndicated copy pointing at the wire service, or a
 * hostile page claiming someone else's address, must not take over another statement's id).
 * Throws CanonicalUrlError when `url` is not an http(s) address; never for a bad `declared`.
 */
export function canonicalUrl(url: string, declared?: string | null): string {
  const page = parseHttpUrl(url);
  if (!page) throw new CanonicalUrlError(url);
  const own = normalise(page);
  if (!declared) return own;
  const claimed = parseHttpUrl(declared, page.toString());
  if (!claimed) return own;
  const canonical = normalise(claimed);
  const sameSite = registrableDomain(new URL(canonical).hostname) === registrableDomain(new URL(own).hostname);
  return sameSite ? canonical : own;
}
