// Scoring the tagger's claims against the claims set (tests/tagger/claims/, labelled by writers who never saw the
// rules): per field, overall and per language, as (statement, label) pairs micro-averaged. GUIDE.md there says what
// each label means; a quote's or commitment's speaker is a person's name as written, or a body's id.
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { personId } from '../../src/lib/person-id.ts';
import { CONFIDENCE_THRESHOLD, type ClaimKind } from '../../src/lib/reviewed-claims.ts';
import type { Speaker, Tags } from '../../src/lib/schema.ts';
import { readJsonl, Tally, type Score } from './evaluate.ts';
import { tagStatement, type Taxonomy } from './index.ts';

const id = z.string().min(1);
/** A writer's labels for one statement (GUIDE.md). */
export const claimsExpectedSchema = z.object({
  relevant: z.boolean(),
  platforms: z.array(id),
  actors: z.array(id),
  issues: z.array(id),
  quotes: z.array(z.object({ speaker: z.string().nullable(), text: z.string().min(1) })),
  commitments: z.array(z.object({ by: id, speaker: z.string().nullable(), what: z.string(), due: z.string().nullable() })),
  disputes: z.array(z.object({ from: id, against: id, over: id.nullable() })),
  demands: z.array(z.object({ by: id, on: id, what: z.string() })),
});
const claimsLabelledSchema = z.object({
  id,
  lang: z.enum(['en', 'ms']),
  date: z.string(),
  title: z.string(),
  text: z.string().min(1),
  negatives: z.array(z.string()),
  expected: claimsExpectedSchema,
});
export type ClaimsLabelled = z.infer<typeof claimsLabelledSchema>;

// Frozen sets only report: their misses are never listed, so that no rule is written from them. The fresh set was
// written after the rules by two more writers who never saw them, and split like the first, and so were the third, fourth,
// fifth to twenty-first sets (README.md there).
export const CLAIMS_SETS = [
  { name: 'claims development', path: 'tests/tagger/claims/dev.jsonl', frozen: false },
  { name: 'claims held-out (frozen)', path: 'tests/tagger/claims/holdout.jsonl', frozen: true },
  { name: 'claims fresh development', path: 'tests/tagger/claims/fresh-dev.jsonl', frozen: false },
  { name: 'claims fresh held-out (frozen)', path: 'tests/tagger/claims/fresh-holdout.jsonl', frozen: true },
  { name: 'claims third development', path: 'tests/tagger/claims/third-dev.jsonl', frozen: false },
  { name: 'claims third held-out (frozen)', path: 'tests/tagger/claims/third-holdout.jsonl', frozen: true },
  { name: 'claims fourth development', path: 'tests/tagger/claims/fourth-dev.jsonl', frozen: false },
  { name: 'claims fourth held-out (frozen)', path: 'tests/tagger/claims/fourth-holdout.jsonl', frozen: true },
  { name: 'claims fifth development', path: 'tests/tagger/claims/fifth-dev.jsonl', frozen: false },
  { name: 'claims fifth held-out (frozen)', path: 'tests/tagger/claims/fifth-holdout.jsonl', frozen: true },
  { name: 'claims sixth development', path: 'tests/tagger/claims/sixth-dev.jsonl', frozen: false },
  { name: 'claims sixth held-out (frozen)', path: 'tests/tagger/claims/sixth-holdout.jsonl', frozen: true },
  { name: 'claims seventh development', path: 'tests/tagger/claims/seventh-dev.jsonl', frozen: false },
  { name: 'claims seventh held-out (frozen)', path: 'tests/tagger/claims/seventh-holdout.jsonl', frozen: true },
  { name: 'claims eighth development', path: 'tests/tagger/claims/eighth-dev.jsonl', frozen: false },
  { name: 'claims eighth held-out (frozen)', path: 'tests/tagger/claims/eighth-holdout.jsonl', frozen: true },
  { name: 'claims ninth development', path: 'tests/tagger/claims/ninth-dev.jsonl', frozen: false },
  { name: 'claims ninth held-out (frozen)', path: 'tests/tagger/claims/ninth-holdout.jsonl', frozen: true },
  { name: 'claims tenth development', path: 'tests/tagger/claims/tenth-dev.jsonl', frozen: false },
  { name: 'claims tenth held-out (frozen)', path: 'tests/tagger/claims/tenth-holdout.jsonl', frozen: true },
  { name: 'claims eleventh development', path: 'tests/tagger/claims/eleventh-dev.jsonl', frozen: false },
  { name: 'claims eleventh held-out (frozen)', path: 'tests/tagger/claims/eleventh-holdout.jsonl', frozen: true },
  { name: 'claims twelfth development', path: 'tests/tagger/claims/twelfth-dev.jsonl', frozen: false },
  { name: 'claims twelfth held-out (frozen)', path: 'tests/tagger/claims/twelfth-holdout.jsonl', frozen: true },
  { name: 'claims thirteenth development', path: 'tests/tagger/claims/thirteenth-dev.jsonl', frozen: false },
  { name: 'claims thirteenth held-out (frozen)', path: 'tests/tagger/claims/thirteenth-holdout.jsonl', frozen: true },
  { name: 'claims fourteenth development', path: 'tests/tagger/claims/fourteenth-dev.jsonl', frozen: false },
  { name: 'claims fourteenth held-out (frozen)', path: 'tests/tagger/claims/fourteenth-holdout.jsonl', frozen: true },
  { name: 'claims fifteenth development', path: 'tests/tagger/claims/fifteenth-dev.jsonl', frozen: false },
  { name: 'claims fifteenth held-out (frozen)', path: 'tests/tagger/claims/fifteenth-holdout.jsonl', frozen: true },
  { name: 'claims sixteenth development', path: 'tests/tagger/claims/sixteenth-dev.jsonl', frozen: false },
  { name: 'claims sixteenth held-out (frozen)', path: 'tests/tagger/claims/sixteenth-holdout.jsonl', frozen: true },
  { name: 'claims seventeenth development', path: 'tests/tagger/claims/seventeenth-dev.jsonl', frozen: false },
  { name: 'claims seventeenth held-out (frozen)', path: 'tests/tagger/claims/seventeenth-holdout.jsonl', frozen: true },
  { name: 'claims eighteenth development', path: 'tests/tagger/claims/eighteenth-dev.jsonl', frozen: false },
  { name: 'claims eighteenth held-out (frozen)', path: 'tests/tagger/claims/eighteenth-holdout.jsonl', frozen: true },
  { name: 'claims nineteenth development', path: 'tests/tagger/claims/nineteenth-dev.jsonl', frozen: false },
  { name: 'claims nineteenth held-out (frozen)', path: 'tests/tagger/claims/nineteenth-holdout.jsonl', frozen: true },
  { name: 'claims twentieth development', path: 'tests/tagger/claims/twentieth-dev.jsonl', frozen: false },
  { name: 'claims twentieth held-out (frozen)', path: 'tests/tagger/claims/twentieth-holdout.jsonl', frozen: true },
  { name: 'claims twenty-first development', path: 'tests/tagger/claims/twentyfirst-dev.jsonl', frozen: false },
  { name: 'claims twenty-first held-out (frozen)', path: 'tests/tagger/claims/twentyfirst-holdout.jsonl', frozen: true },
  { name: 'claims twenty-second development', path: 'tests/tagger/claims/twentysecond-dev.jsonl', frozen: false },
  { name: 'claims twenty-second held-out (frozen)', path: 'tests/tagger/claims/twentysecond-holdout.jsonl', frozen: true },
  { name: 'claims twenty-third development', path: 'tests/tagger/claims/twentythird-dev.jsonl', frozen: false },
  { name: 'claims twenty-third held-out (frozen)', path: 'tests/tagger/claims/twentythird-holdout.jsonl', frozen: true },
  { name: 'claims twenty-fourth development', path: 'tests/tagger/claims/twentyfourth-dev.jsonl', frozen: false },
  { name: 'claims twenty-fourth held-out (frozen)', path: 'tests/tagger/claims/twentyfourth-holdout.jsonl', frozen: true },
  { name: 'claims twenty-fifth development', path: 'tests/tagger/claims/twentyfifth-dev.jsonl', frozen: false },
  { name: 'claims twenty-fifth held-out (frozen)', path: 'tests/tagger/claims/twentyfifth-holdout.jsonl', frozen: true },
  { name: 'claims twenty-sixth development', path: 'tests/tagger/claims/twentysixth-dev.jsonl', frozen: false },
  { name: 'claims twenty-sixth held-out (frozen)', path: 'tests/tagger/claims/twentysixth-holdout.jsonl', frozen: true },
] as const;
export const readClaimsSet = (path: string) => readJsonl(path, claimsLabelledSchema);

/** The development halves' paths, from the repository's root: the only halves rules, the confidence table and the
 *  relevance fit learn from. */
export const DEVELOPMENT_PATHS: readonly string[] = CLAIMS_SETS.filter((s) => !s.frozen).map((s) => s.path);
/** Every development half's statements, wherever the caller runs from. */
export const readDevelopmentHalves = async (): Promise<ClaimsLabelled[]> =>
  (await Promise.all(DEVELOPMENT_PATHS.map((path) => readClaimsSet(fileURLToPath(new URL(`../../${path}`, import.meta.url)))))).flat();

export const CLAIM_FIELDS = [
  'relevance', 'off-topic', 'platforms', 'actors', 'issues', 'commitments', 'due', 'what', 'pairs', 'pair+issue',
  'direction', 'quote-text', 'quotes', 'demands',
] as const;
export type ClaimField = (typeof CLAIM_FIELDS)[number];
/** What each field's headline figure is: F1, except where the question is a share of the labels found. */
export const HEADLINE: Record<ClaimField, 'f1' | 'recall'> = {
  ...(Object.fromEntries(CLAIM_FIELDS.map((f) => [f, 'f1'])) as Record<ClaimField, 'f1'>),
  // The share of not-relevant statements tagged not relevant.
  'off-topic': 'recall',
  // The share of labelled due dates found on a commitment by the right party.
  due: 'recall',
};
export const headline = (field: ClaimField, s: Score) => s[HEADLINE[field]];

const pair = (a: string, b: string) => [a, b].sort().join('+');
/** Quote text compared without outer quote marks, spacing, case or a trailing comma or full stop. */
export const quoteKey = (text: string) =>
  text.replace(/\s+/g, ' ').trim().replace(/^["“”'‘’]+|["“”'‘’]+$/g, '').replace(/[\s,.;:]+$/, '').toLowerCase();

/** A promise's wording compared without case, spacing or punctuation: the label's whole clause or not. */
const whatKey = (what: string) => what.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Is a label's speaker a body's id (else a person's name)? */
export const isBodyId = (speaker: string, taxonomy: Taxonomy) => taxonomy.actorEntries.has(speaker) || taxonomy.platformEntries.has(speaker);

/** A speaker as the labels give one: a person's id, a body's id, or 'unknown'. */
function labelSpeaker(speaker: string | null, taxonomy: Taxonomy): string {
  if (speaker === null) return 'unknown';
  if (isBodyId(speaker, taxonomy)) return `body:${speaker}`;
  return `person:${personId(speaker)}`;
}
function taggedSpeaker(speaker: Speaker | null): string {
  if (!speaker) return 'unknown';
  if (speaker.person) return `person:${speaker.person}`;
  return speaker.org ? `body:${speaker.org}` : 'unknown';
}

/** The labels and the tagger's findings for one statement, field by field, as sets of comparable strings. */
export function claimSets(expected: ClaimsLabelled['expected'], tags: Tags, taxonomy: Taxonomy): Record<ClaimField, [Set<string>, Set<string>]> {
  const sets = <W, G>(want: W[], got: G[], key: (x: W | G) => string): [Set<string>, Set<string>] => [new Set(want.map(key)), new Set(got.map(key))];
  const x = expected;
  return {
    relevance: [new Set(x.relevant ? ['relevant'] : []), new Set(tags.relevant ? ['relevant'] : [])],
    'off-topic': [new Set(x.relevant ? [] : ['off-topic']), new Set(tags.relevant ? [] : ['off-topic'])],
    platforms: [new Set(x.platforms), new Set(tags.platforms)],
    actors: [new Set(x.actors), new Set(tags.actors)],
    issues: [new Set(x.issues), new Set(tags.issues)],
    commitments: sets(x.commitments, tags.commitments, (c) => c.by),
    // Dated commitments only: a date the label does not give (a past date, a law's start) costs precision.
    due: sets(x.commitments.filter((c) => c.due), tags.commitments.filter((c) => c.due), (c) => `${c.by} ${c.due}`),
    // The promise in the label's words: a clause cut short or run on does not count.
    what: sets(x.commitments, tags.commitments, (c) => `${c.by} | ${whatKey(c.what)}`),
    pairs: sets(x.disputes, tags.disputes, (d) => pair(d.from, d.against)),
    'pair+issue': sets(x.disputes, tags.disputes, (d) => `${pair(d.from, d.against)} over ${d.over}`),
    direction: sets(x.disputes, tags.disputes, (d) => `${d.from}>${d.against}`),
    'quote-text': [new Set(x.quotes.map((q) => quoteKey(q.text))), new Set(tags.quotes.map((q) => quoteKey(q.text)))],
    quotes: [
      new Set(x.quotes.map((q) => `${quoteKey(q.text)} | ${labelSpeaker(q.speaker, taxonomy)}`)),
      new Set(tags.quotes.map((q) => `${quoteKey(q.text)} | ${taggedSpeaker(q.speaker)}`)),
    ],
    demands: sets(x.demands, tags.demands, (d) => `${d.by}>${d.on}`),
  };
}

/** Claims found and claims right, at or above the confidence shown by default and below it. */
export interface Calibration {
  high: { found: number; right: number };
  low: { found: number; right: number };
}
const CALIBRATED: Record<ClaimKind, ClaimField> = { commitment: 'commitments', dispute: 'pairs', demand: 'demands', quote: 'quotes' };

/** Each claim the tagger found, by kind, with its confidence and whether it matches a label (as the field is scored). */
export function claimOutcomes(expected: ClaimsLabelled['expected'], tags: Tags, taxonomy: Taxonomy): { kind: ClaimKind; confidence: number; right: boolean }[] {
  const sets = claimSets(expected, tags, taxonomy);
  const found: Record<ClaimKind, { confidence: number }[]> = { commitment: tags.commitments, dispute: tags.disputes, demand: tags.demands, quote: tags.quotes };
  const keys: Record<ClaimKind, string[]> = {
    commitment: tags.commitments.map((c) => c.by),
    dispute: tags.disputes.map((d) => pair(d.from, d.against)),
    demand: tags.demands.map((d) => `${d.by}>${d.on}`),
    quote: tags.quotes.map((q) => `${quoteKey(q.text)} | ${taggedSpeaker(q.speaker)}`),
  };
  return (Object.keys(CALIBRATED) as ClaimKind[]).flatMap((kind) =>
    found[kind].map((c, i) => ({ kind, confidence: c.confidence, right: sets[CALIBRATED[kind]][0].has(keys[kind][i]!) })),
  );
}

export interface ClaimsEvaluation {
  overall: Record<ClaimField, Score>;
  calibration: Record<ClaimKind, Calibration>;
  byLanguage: Record<string, Record<ClaimField, Score>>;
  errors: Tally<ClaimField>['errors'];
}

/** A labelled statement tagged as a scraped one is. */
export const tagLabelled = (item: ClaimsLabelled, taxonomy: Taxonomy): Tags =>
  tagStatement({ title: item.title, text: item.text, lang: item.lang, date: item.date }, taxonomy);
/** Tags a labelled statement; the report passes one that remembers, to score pooled halves too. */
export type TagLabelled = (item: ClaimsLabelled) => Tags;

export function evaluateClaims(
  set: ClaimsLabelled[],
  taxonomy: Taxonomy,
  tag: TagLabelled = (item) => tagLabelled(item, taxonomy),
): ClaimsEvaluation {
  const tally = new Tally<ClaimField>();
  const calibration = Object.fromEntries(
    Object.keys(CALIBRATED).map((k) => [k, { high: { found: 0, right: 0 }, low: { found: 0, right: 0 } }]),
  ) as Record<ClaimKind, Calibration>;
  for (const item of set) {
    const tags = tag(item);
    const sets = claimSets(item.expected, tags, taxonomy);
    for (const field of CLAIM_FIELDS) tally.add(item.id, item.lang, field, ...sets[field]);
    for (const c of claimOutcomes(item.expected, tags, taxonomy)) {
      const band = calibration[c.kind][c.confidence >= CONFIDENCE_THRESHOLD ? 'high' : 'low'];
      band.found++;
      if (c.right) band.right++;
    }
  }
  const byLanguage = Object.fromEntries(tally.languages().map((l) => [l, tally.scores(l, CLAIM_FIELDS)]));
  return { overall: tally.scores('all', CLAIM_FIELDS), calibration, byLanguage, errors: tally.errors };
}

/** Issue 11's goals for the frozen held-out halves; the fields without one are reported, not judged. */
export const CLAIM_GOALS: Partial<Record<ClaimField, number>> = {
  relevance: 0.95, 'off-topic': 0.9, platforms: 0.95, actors: 0.95, issues: 0.92,
  commitments: 0.85, due: 0.7, pairs: 0.8, 'pair+issue': 0.65, quotes: 0.9,
};
/** Malay may trail English by at most this much on any field. */
export const MALAY_GAP = 0.05;

export interface GoalRow {
  field: ClaimField;
  /** The field's headline figure over every half pooled. */
  pooled: number;
  goal: number | null;
  /** Halves whose own figure meets the goal, of all halves. */
  halvesMet: number;
  halves: number;
  /** Malay's pooled figure less English's: below −MALAY_GAP misses the language goal. */
  malayLead: number | null;
}

/** Each field against its goal: pooled over the halves, half by half, and Malay against English. */
export function goalRows(pooled: ClaimsEvaluation, halves: readonly ClaimsEvaluation[]): GoalRow[] {
  return CLAIM_FIELDS.map((field) => {
    const goal = CLAIM_GOALS[field] ?? null;
    const { en, ms } = pooled.byLanguage;
    return {
      field,
      pooled: headline(field, pooled.overall[field]),
      goal,
      halvesMet: goal === null ? 0 : halves.filter((h) => headline(field, h.overall[field]) >= goal).length,
      halves: halves.length,
      malayLead: en && ms ? headline(field, ms[field]) - headline(field, en[field]) : null,
    };
  });
}
