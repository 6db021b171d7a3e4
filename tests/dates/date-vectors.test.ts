// feedparser's date-parser vectors (corpora/feedparser-dates): how far Pantau's parser agrees, reported and held.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePublished } from '../../scrapers/extract/dates.ts';

interface Vector { format: string; input: string; expected_utc: string | null; note?: string }
const { vectors } = JSON.parse(
  readFileSync(new URL('../../../shared/corpora/feedparser-dates/date-vectors.json', import.meta.url), 'utf8'),
) as { vectors: Vector[] };

// Greek, Hungarian and Korean month and meridiem words are not read (out of scope for Malaysian sources).
const EXOTIC = new Set(['greek', 'hungarian', 'nate', 'onblog']);

/** feedparser reads naive dates as UTC, so the vectors are run with timeZone UTC. */
function agrees(v: Vector): boolean {
  const parsed = parsePublished(v.input, { timeZone: 'UTC' });
  const utc = parsed ? new Date(parsed.iso).toISOString().replace(/\.\d{3}Z$/, 'Z') : null;
  return utc === v.expected_utc;
}

describe('feedparser date vectors', () => {
  const results = vectors.map((v) => ({ v, ok: agrees(v) }));
  const count = (f: (r: (typeof results)[number]) => boolean) => results.filter(f).length;

  it('reports and holds the agreement reached', () => {
    const ok = count((r) => r.ok);
    const exotic = count((r) => EXOTIC.has(r.v.format) && r.v.input !== '');
    console.log(
      `date vectors: ${ok}/${vectors.length} agree; ${exotic} exotic (Greek/Hungarian/Korean) not attempted; ` +
        `disagreeing: ${results.filter((r) => !r.ok).map((r) => JSON.stringify(r.v.input)).join(', ')}`,
    );
    expect(vectors).toHaveLength(73);
    expect(ok).toBeGreaterThanOrEqual(62);
  });

  it('rejects every string feedparser rejects', () => {
    const rejects = results.filter((r) => r.v.expected_utc === null);
    expect(rejects.length).toBe(27);
    expect(rejects.filter((r) => !r.ok).map((r) => r.v.input)).toEqual([]);
  });

  it('agrees on every RFC 822, asctime and Perforce date', () => {
    const feedDates = results.filter((r) => ['rfc822', 'asctime', 'perforce'].includes(r.v.format));
    expect(feedDates.filter((r) => !r.ok).map((r) => r.v.input)).toEqual([]);
  });

  it('agrees on W3C-DTF except year-only and year-month, which have no day to report', () => {
    const w3dtf = results.filter((r) => r.v.format === 'w3dtf' && !r.ok).map((r) => r.v.input);
    expect(w3dtf).toEqual(['2003-12', '2003']);
  });
});
