// Scoring the tagger against a labelled set (tests/tagger/*.jsonl): precision, recall and F1 per field, overall
// and per language. Set fields are scored per statement as (statement, label) pairs, micro-averaged.
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { tagStatement, type Taxonomy } from './index.ts';

const labelledSchema = z.object({
  id: z.string().min(1),
  /** 'en', 'ms'; the reviewed curated set also has 'id' (Indonesian). */
  lang: z.enum(['en', 'ms', 'id']),
  title: z.string(),
  text: z.string().min(1),
  date: z.string().optional(),
  expected: z.object({
    relevant: z.boolean(),
    platforms: z.array(z.string()),
    actors: z.array(z.string()),
    issues: z.array(z.string()),
    /** Who committed (ids); absent when the set does not label commitments (the reviewed curated set). */
    commitments: z.array(z.string()).optional(),
    /** Party pairs, sorted; absent when the set does not label disputes. */
    disputes: z.array(z.tuple([z.string(), z.string()])).optional(),
  }),
});
export type Labelled = z.infer<typeof labelledSchema>;

export const FIELDS = ['relevance', 'platforms', 'actors', 'issues', 'commitments', 'disputes'] as const;
export type Field = (typeof FIELDS)[number];
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
export type Scores = Record<Field, Score>;

/** One labelled statement a line, each checked against `schema`; a bad line throws naming the file and line. */
export async function readJsonl<T>(path: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): Promise<T[]> {
  const lines = (await readFile(path, 'utf8')).split('\n');
  const out: T[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const parsed = schema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    out.push(parsed.data);
  });
  return out;
}

export const readLabelled = (path: string): Promise<Labelled[]> => readJsonl(path, labelledSchema);

export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** Counts of (statement, label) pairs per field, overall ('all') and per language, with each statement's errors. */
export class Tally<F extends string> {
  private readonly counts = new Map<string, Map<F, [number, number, number]>>();
  readonly errors: { id: string; field: F; missed: string[]; extra: string[] }[] = [];

  add(id: string, lang: string, field: F, wanted: ReadonlySet<string>, found: ReadonlySet<string>): void {
    const missed = [...wanted].filter((x) => !found.has(x));
    const extra = [...found].filter((x) => !wanted.has(x));
    for (const key of ['all', lang]) {
      const byField = this.counts.get(key) ?? new Map<F, [number, number, number]>();
      const c = byField.get(field) ?? [0, 0, 0];
      c[0] += wanted.size - missed.length;
      c[1] += extra.length;
      c[2] += missed.length;
      byField.set(field, c);
      this.counts.set(key, byField);
    }
    if (missed.length || extra.length) this.errors.push({ id, field, missed, extra });
  }

  /** Scores per field for 'all' or one language; a field never added scores as empty (F1 1). */
  scores(key: string, fields: readonly F[]): Record<F, Score> {
    const byField = this.counts.get(key);
    if (!byField) throw new Error('evaluate: the labelled set is empty');
    return Object.fromEntries(fields.map((f) => [f, score(...(byField.get(f) ?? [0, 0, 0]))])) as Record<F, Score>;
  }

  languages(): string[] {
    return [...this.counts.keys()].filter((k) => k !== 'all').sort();
  }
}

/** Labels per field as sets of strings (null when the field is not labelled); relevance is {"relevant"} or empty. */
function labelSets(x: Labelled['expected']): Record<Field, Set<string> | null> {
  return {
    relevance: new Set(x.relevant ? ['relevant'] : []),
    platforms: new Set(x.platforms),
    actors: new Set(x.actors),
    issues: new Set(x.issues),
    commitments: x.commitments ? new Set(x.commitments) : null,
    disputes: x.disputes ? new Set(x.disputes.map((p) => [...p].sort().join('|'))) : null,
  };
}

export interface Evaluation {
  overall: Scores;
  /** The fields the set labels (every statement labels them); the others score as empty. */
  fields: Field[];
  byLanguage: Record<string, Scores>;
  /** Per statement, the labels missed and the labels added, for reading the errors. */
  errors: { id: string; field: Field; missed: string[]; extra: string[] }[];
}

export function evaluate(set: Labelled[], taxonomy: Taxonomy): Evaluation {
  const tally = new Tally<Field>();
  const labelled = new Set<Field>(FIELDS);
  for (const item of set) {
    const tags = tagStatement({ title: item.title, text: item.text, lang: item.lang, date: item.date }, taxonomy);
    const got = labelSets({
      relevant: tags.relevant,
      platforms: tags.platforms,
      actors: tags.actors,
      issues: tags.issues,
      commitments: tags.commitments.map((c) => c.by),
      disputes: tags.disputes.map((d) => [d.from, d.against]),
    });
    const want = labelSets(item.expected);
    for (const field of FIELDS) {
      const wanted = want[field];
      const found = got[field];
      if (!wanted || !found) labelled.delete(field);
      else tally.add(item.id, item.lang, field, wanted, found);
    }
  }
  const byLanguage = Object.fromEntries(tally.languages().map((l) => [l, tally.scores(l, FIELDS)]));
  return { overall: tally.scores('all', FIELDS), fields: FIELDS.filter((f) => labelled.has(f)), byLanguage, errors: tally.errors };
}
