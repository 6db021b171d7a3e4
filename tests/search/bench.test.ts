// The benchmark's search measurements at 1,000 synthetic statements, so that a regression in bytes or speed shows
// in CI. The goals are those set for 100,000 statements; at 1,000 they must hold with room to spare.
import { describe, expect, it } from 'vitest';
import { loadArticles, syntheticStatements } from '../../bench/synthetic.ts';
import { BENCH_QUERIES, measureSearch } from '../../bench/search.ts';

describe('search at 1,000 synthetic statements', () => {
  it('stays within the transfer and latency goals, and every bench query finds something', async () => {
    const statements = syntheticStatements(1000, await loadArticles());
    expect(statements.every((s) => s.title.startsWith('[synthetic] ') && new URL(s.url).hostname.endsWith('.bench.example'))).toBe(true);
    const figures = await measureSearch(statements, 3);
    expect(figures.firstQueryMax).toBeLessThanOrEqual(300 * 1024);
    expect(figures.firstQueryMax + figures.snippetMax).toBeLessThanOrEqual(300 * 1024);
    expect(figures.latencyP95Ms).toBeLessThanOrEqual(50);
    expect(figures.hits).toHaveLength(BENCH_QUERIES.length);
    expect(figures.hits.every((n) => n > 0)).toBe(true);
  });
});
