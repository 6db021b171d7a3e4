// Issue 12's goal over the real dataset: every Malay query and its English counterpart finds at least 3 relevant
// statements in its first 5 results (queries and relevance in cross-language-queries.ts).
import { describe, expect, it } from 'vitest';
import { NEEDED, QUERY_PAIRS, TOP, queryTable } from './cross-language-queries.ts';

describe('Malay and English queries over data/', () => {
  it(`finds ${NEEDED} relevant statements in the first ${TOP} for each of the ${QUERY_PAIRS.length * 2} queries`, async () => {
    const rows = await queryTable();
    expect(rows).toHaveLength(QUERY_PAIRS.length * 2);
    const short = rows.filter((r) => r.relevantInTop < NEEDED).map((r) => `${r.query} (${r.relevantInTop})`);
    expect(short).toEqual([]);
  });
});
