// The tagger's quality must not slip: F1 per field stays above floors set a little under what was measured
// (docs/tagging.md has the figures). A rule that helps one statement and breaks others fails here.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { evaluate, FIELDS, readLabelled, type Field } from '../../scrapers/tag/evaluate.ts';
import { taxonomy } from './helpers.ts';

const path = (name: string) => fileURLToPath(new URL(name, import.meta.url));
// Measured on the development set: relevance 1.000, platforms 1.000, actors 0.993, issues 0.987,
// commitments 0.918, disputes 0.848 (per language: commitments 0.933 en / 0.875 ms, disputes 0.846 en / 0.857 ms;
// its labels read "kerajaan" as the ministry, the claims set's guide as the government).
const DEV_FLOORS: Record<Field, number> = {
  relevance: 0.95, platforms: 0.95, actors: 0.95, issues: 0.93, commitments: 0.85, disputes: 0.8,
};
// Measured on the held-out set (written before the tagger, no rule written for it): 1.000, 1.000, 0.949, 0.951, 1.000, 0.857; per language lower (fewer items).
const HOLDOUT_FLOORS: Record<Field, number> = {
  relevance: 0.9, platforms: 0.9, actors: 0.9, issues: 0.88, commitments: 0.8, disputes: 0.7,
};

// Measured on the reviewed curated set (tests/tagger/reviewed.jsonl, labels frozen before the rules it prompted;
// the fixes were aimed at it, so these are in-sample): F1 relevance 1.000, platforms 0.993, actors 0.973, issues
// 0.955 (before the fixes 0.990, 0.991, 0.702, 0.861); precision of actors and issues 0.988 and 0.994.
const REVIEWED_FLOORS: Partial<Record<Field, number>> = { relevance: 0.97, platforms: 0.97, actors: 0.93, issues: 0.92 };
const REVIEWED_PRECISION_FLOOR = 0.97;

describe('tagger quality', () => {
  it('development set: labelled statements, a quarter in Malay, a fifth irrelevant', async () => {
    const set = await readLabelled(path('devset.jsonl'));
    expect(set.length).toBeGreaterThanOrEqual(80);
    expect(set.filter((s) => s.lang === 'ms').length / set.length).toBeGreaterThanOrEqual(0.25);
    expect(set.filter((s) => !s.expected.relevant).length / set.length).toBeGreaterThanOrEqual(0.2);
    expect((await readLabelled(path('holdout.jsonl'))).length).toBeGreaterThanOrEqual(30);
  });

  it('keeps F1 above the floors on the development set, overall and in each language', async () => {
    const result = evaluate(await readLabelled(path('devset.jsonl')), await taxonomy());
    for (const field of FIELDS) {
      expect(result.overall[field].f1, field).toBeGreaterThanOrEqual(DEV_FLOORS[field]);
      for (const lang of ['en', 'ms']) expect(result.byLanguage[lang]?.[field].f1, `${lang} ${field}`).toBeGreaterThanOrEqual(DEV_FLOORS[field] - 0.05);
    }
  });

  it('keeps F1 above the floors on the held-out set', async () => {
    const result = evaluate(await readLabelled(path('holdout.jsonl')), await taxonomy());
    for (const field of FIELDS) expect(result.overall[field].f1, field).toBeGreaterThanOrEqual(HOLDOUT_FLOORS[field]);
  });

  it('keeps F1 above the floors on the reviewed curated set without losing precision', async () => {
    const set = await readLabelled(path('reviewed.jsonl'));
    expect(set.length).toBe(152);
    const result = evaluate(set, await taxonomy());
    expect(result.fields).toEqual(['relevance', 'platforms', 'actors', 'issues']);
    for (const [field, floor] of Object.entries(REVIEWED_FLOORS) as [Field, number][]) {
      expect(result.overall[field].f1, field).toBeGreaterThanOrEqual(floor);
      expect(result.overall[field].precision, `${field} precision`).toBeGreaterThanOrEqual(REVIEWED_PRECISION_FLOOR);
    }
  });
});
