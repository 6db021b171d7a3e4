// feedparser's test suite (corpora/feedparser-tests, 2,107 files): every file through decodeBody and parseFeed. None
// may crash or hang; each yields a feed or one FeedError; the simple Expect equalities are checked where translatable.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBody } from '../../scrapers/fetch/index.ts';
import { FeedError, parseFeed, type Feed } from '../../scrapers/parse/feed.ts';
import { htmlToText } from '../../scrapers/parse/text.ts';
import { expectedString, readExpectHeader, translateExpect } from './feedparser-expect.ts';

const root = fileURLToPath(new URL('../../../shared/corpora/feedparser-tests/tests/', import.meta.url));

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

interface Outcome {
  file: string;
  feed: Feed | null;
  error: unknown;
  ms: number;
  expect: string;
  checks: ReturnType<typeof translateExpect>;
}

/** A hang detector, not a speed goal: the slowest file takes a few milliseconds here. */
const HANG_MS = 5000;

async function runFile(path: string): Promise<Outcome> {
  const file = relative(root, path);
  const bytes = readFileSync(path);
  let { text } = decodeBody(bytes, null);
  const header = readExpectHeader(text);
  // Files under an "http" path are served by feedparser's tests with their Header: lines; the Content-Type decides
  // the charset and the document's address is the base for relative links.
  let url: string | undefined;
  if (file.includes('http') && header) {
    const contentType = header.headers['content-type'] ?? 'text/xml';
    text = decodeBody(bytes, contentType).text;
    url = new URL(header.headers['content-location'] ?? '', `http://127.0.0.1:8097/tests/${file}`).href;
  }
  const started = performance.now();
  let feed: Feed | null = null;
  let error: unknown = null;
  try {
    feed = await parseFeed(text, { url });
  } catch (e) {
    error = e;
  }
  return { file, feed, error, ms: performance.now() - started, expect: header?.expect ?? '', checks: translateExpect(header?.expect ?? '') };
}

describe('feedparser test suite', () => {
  let outcomes: Outcome[] = [];
  beforeAll(async () => {
    for (const path of listFiles(root)) outcomes.push(await runFile(path));
  });

  it('reads every file to a feed or one FeedError, without hanging', () => {
    expect(outcomes.length).toBe(2107);
    const unexpected = outcomes.filter((o) => o.error !== null && !(o.error instanceof FeedError));
    expect(unexpected.map((o) => `${o.file}: ${String(o.error)}`)).toEqual([]);
    const badMessages = outcomes.filter((o) => o.error instanceof FeedError && (o.error.message === '' || o.error.message.includes('\n')));
    expect(badMessages.map((o) => o.file)).toEqual([]);
    const slowest = outcomes.reduce((a, b) => (b.ms > a.ms ? b : a));
    const failed = outcomes.filter((o) => o.error !== null).length;
    console.log(`feedparser suite: ${outcomes.length - failed} feeds read, ${failed} FeedErrors; slowest ${slowest.file} ${slowest.ms.toFixed(1)} ms`);
    expect(slowest.ms).toBeLessThan(HANG_MS);
    // Well-formed feeds are the bulk of the suite: nearly all must read.
    const wellformed = outcomes.filter((o) => o.file.startsWith('wellformed/'));
    expect(wellformed.filter((o) => o.feed !== null).length / wellformed.length).toBeGreaterThan(0.95);
  });

  it('agrees with the translatable Expect equalities (titles, links, ids, entry dates)', () => {
    const translatable = outcomes.filter((o) => o.checks.length > 0);
    const disagreeing = translatable.filter((o) => !(o.feed !== null && o.checks.every((c) => c.holds(o.feed!))));
    const agree = translatable.length - disagreeing.length;
    console.log(
      `feedparser Expect agreement: ${agree}/${translatable.length} (${((100 * agree) / translatable.length).toFixed(1)}%); ` +
        `disagreeing: ${disagreeing.map((o) => o.file).join(', ')}`,
    );
    expect(translatable.length).toBeGreaterThan(440);
    expect(agree / translatable.length).toBeGreaterThanOrEqual(0.95);
  });

  it('reads the encoding cases: UTF-16 and UTF-32 with and without BOM reach the parser as XML, stated descriptions agree', () => {
    // These feeds are an empty <rss>; what matters is that no failure is about the bytes.
    const unicode = outcomes.filter((o) => /^encoding\/utf[-_]?(16|32)/.test(o.file));
    expect(unicode.length).toBe(15);
    const byteFailures = unicode.filter((o) => o.error instanceof FeedError && /well-formed|NUL/.test(o.error.message));
    expect(byteFailures.map((o) => `${o.file}: ${String(o.error)}`)).toEqual([]);
    const described = outcomes
      .filter((o) => o.file.startsWith('encoding/') && !o.file.includes('bozo'))
      .map((o) => ({ o, want: htmlToText(expectedString(o.expect, "entries[0]['description']") ?? '') }))
      .filter((d) => d.want !== '');
    expect(described.length).toBeGreaterThanOrEqual(5);
    for (const { o, want } of described) expect(o.feed?.items[0]?.summary, o.file).toBe(want);
  });
});
