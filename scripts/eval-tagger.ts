// `npm run eval:tagger [-- --errors]`: how well the tagger does, per field, overall and per language. First the claims
// sets' frozen held-out halves pooled, against issue 11's goals, and their development halves pooled; then a second
// writer's labels for 160 development statements against the first writer's, beside the tagger; then each claims
// set (tests/tagger/claims/: labelled by writers who never saw the rules, each split into a development half, which
// rules come from, and a frozen held-out half); then the older sets in tests/tagger/ (development, held-out, reviewed
// curated: the last labels platforms, actors, issues and relevance only). `--errors` lists the misses of the
// development halves and older sets only.
import { loadTaxonomy, type Taxonomy } from '../scrapers/tag/index.ts';
import { evaluate, readLabelled, type Score } from '../scrapers/tag/evaluate.ts';
import {
  CLAIM_FIELDS, CLAIM_GOALS, CLAIMS_SETS, evaluateClaims, goalRows, HEADLINE, MALAY_GAP, readClaimsSet, tagLabelled,
  type Calibration, type ClaimsEvaluation, type ClaimsLabelled, type GoalRow,
} from '../scrapers/tag/evaluate-claims.ts';
import { AGREEMENT_PATH, labelsAsTags, pairLabels, readSecondLabels } from '../scrapers/tag/agreement.ts';
import type { Tags } from '../src/lib/schema.ts';
import { CONFIDENCE_THRESHOLD } from '../src/lib/reviewed-claims.ts';
import { command } from '../scrapers/commands/options.ts';

const OLD_SETS = [
  ['development', 'tests/tagger/devset.jsonl'],
  ['held-out', 'tests/tagger/holdout.jsonl'],
  ['reviewed curated', 'tests/tagger/reviewed.jsonl'],
] as const;

const pct = (x: number) => x.toFixed(3);
const row = (field: string, s: Score, lead = '') =>
  `  ${field.padEnd(12)} ${lead}P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

/** One line per field: the headline figure per language and overall, then the overall counts. */
function claimsTable(overall: Record<string, Score>, byLanguage: Record<string, Record<string, Score>>): string {
  const languages = Object.keys(byLanguage).sort();
  const head = `  ${'field'.padEnd(12)} ${'score'.padEnd(8)}${languages.map((l) => l.padEnd(7)).join('')} `;
  const lines = CLAIM_FIELDS.map((f) => {
    const s = overall[f]!;
    const perLanguage = languages.map((l) => pct(byLanguage[l]![f]![HEADLINE[f]]).padEnd(7)).join('');
    return `${row(f, s, `${pct(s[HEADLINE[f]])}   ${perLanguage}`)}  [${HEADLINE[f]}]`;
  });
  return [head, ...lines].join('\n');
}

/** Per kind of claim: how many were found at or above the default confidence and below it, and the share right. */
function calibrationTable(calibration: Record<string, Calibration>): string {
  const band = ({ found, right }: { found: number; right: number }) => `${String(found).padStart(4)} found, ${found ? pct(right / found) : '  -  '} right`;
  const threshold = CONFIDENCE_THRESHOLD.toFixed(2);
  return [
    `  calibration: claims at confidence >= ${threshold} and < ${threshold}, and the share of each that matches a label`,
    ...Object.entries(calibration).map(([kind, c]) => `  ${kind.padEnd(12)} >= ${threshold}: ${band(c.high)}   < ${threshold}: ${band(c.low)}`),
  ].join('\n');
}

/** Issue 11's goals against the pooled held-out halves: the score, the goal, how many halves meet it on their own,
 *  and Malay's figure less English's. */
function goalTable(rows: GoalRow[]): string {
  const head = `  ${'field'.padEnd(12)} ${'pooled'.padEnd(9)}${'goal'.padEnd(7)}${'met'.padEnd(5)}${'halves met'.padEnd(12)}ms − en`;
  const lines = rows.map((r) => {
    const met = r.goal === null ? '' : r.pooled >= r.goal ? 'yes' : 'no';
    const halves = r.goal === null ? '' : `${r.halvesMet} of ${r.halves}`;
    const lead = r.malayLead === null ? '' : `${r.malayLead >= 0 ? '+' : '−'}${pct(Math.abs(r.malayLead))}${r.malayLead < -MALAY_GAP ? ' (Malay trails)' : ''}`;
    // Four places: a figure a hair under its goal must not print as the goal itself.
    return `  ${r.field.padEnd(12)} ${r.pooled.toFixed(4).padEnd(9)}${(r.goal === null ? '–' : r.goal.toFixed(2)).padEnd(7)}${met.padEnd(5)}${halves.padEnd(12)}${lead}`;
  });
  return [head, ...lines].join('\n');
}

function describeSet(name: string, path: string, set: ClaimsLabelled[]): string {
  const count = (lang: string) => set.filter((s) => s.lang === lang).length;
  return `${name} (${path}): ${set.length} statements, ${count('en')} en, ${count('ms')} ms`;
}

async function reportClaims(taxonomy: Taxonomy, showErrors: boolean): Promise<void> {
  // Each statement tagged once, for its own set and for the pooled halves.
  const tagged = new Map<ClaimsLabelled, Tags>();
  const tag = (item: ClaimsLabelled) => tagged.get(item) ?? tagged.set(item, tagLabelled(item, taxonomy)).get(item)!;
  const halves = { development: [] as ClaimsLabelled[], held: [] as ClaimsLabelled[] };
  const heldResults: ClaimsEvaluation[] = [];
  const blocks: string[] = [];
  for (const { name, path, frozen } of CLAIMS_SETS) {
    const set = await readClaimsSet(path);
    const result = evaluateClaims(set, taxonomy, tag);
    (frozen ? halves.held : halves.development).push(...set);
    if (frozen) heldResults.push(result);
    const lines = [describeSet(`${name} set`, path, set), claimsTable(result.overall, result.byLanguage), calibrationTable(result.calibration)];
    if (showErrors && !frozen) lines.push(...errorLines(result.errors));
    blocks.push(lines.join('\n'));
  }
  // The pooled halves first: the figures the issue's goals are judged on.
  const held = evaluateClaims(halves.held, taxonomy, tag);
  const development = evaluateClaims(halves.development, taxonomy, tag);
  console.log(describeSet(`claims: the ${heldResults.length} held-out (frozen) halves pooled`, 'tests/tagger/claims/*holdout.jsonl', halves.held));
  console.log(claimsTable(held.overall, held.byLanguage));
  console.log(goalTable(goalRows(held, heldResults)));
  console.log('');
  console.log(describeSet(`claims: the ${CLAIMS_SETS.length - heldResults.length} development halves pooled`, 'tests/tagger/claims/*dev.jsonl', halves.development));
  console.log(claimsTable(development.overall, development.byLanguage));
  console.log('');
  console.log(await agreementReport(halves.development, taxonomy, tag));
  console.log('');
  for (const block of blocks) console.log(`${block}\n`);
}

/** A second writer against the first on the statements both labelled, beside the tagger on the same statements:
 *  where writers part, no tagger can be expected to agree with one of them. */
async function agreementReport(development: ClaimsLabelled[], taxonomy: Taxonomy, tag: (item: ClaimsLabelled) => Tags): Promise<string> {
  const paired = pairLabels(development, await readSecondLabels());
  const items = paired.map((p) => p.item);
  const second = new Map(paired.map((p) => [p.item, p.second.expected]));
  const writers = evaluateClaims(items, taxonomy, (item) => labelsAsTags(second.get(item)!, taxonomy));
  const tagger = evaluateClaims(items, taxonomy, tag);
  const cell = (e: ClaimsEvaluation, f: (typeof CLAIM_FIELDS)[number]) =>
    [e.overall, e.byLanguage.en, e.byLanguage.ms].map((s) => (s ? pct(s[f][HEADLINE[f]]) : '  -  ')).join(' ');
  return [
    describeSet(`claims: a second writer's labels, given blind, for ${items.length} development statements`, AGREEMENT_PATH, items),
    `  ${'field'.padEnd(12)} ${'second writer (all en ms)'.padEnd(27)}${'tagger (all en ms)'.padEnd(21)}goal`,
    ...CLAIM_FIELDS.map((f) => `  ${f.padEnd(12)} ${cell(writers, f).padEnd(27)}${cell(tagger, f).padEnd(21)}${CLAIM_GOALS[f]?.toFixed(2) ?? '–'}`),
  ].join('\n');
}

function errorLines(errors: { id: string; field: string; missed: string[]; extra: string[] }[]): string[] {
  return errors.map((e) => `  ${e.id} ${e.field}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]`);
}

async function reportOld(taxonomy: Taxonomy, showErrors: boolean): Promise<void> {
  for (const [name, path] of OLD_SETS) {
    const set = await readLabelled(path);
    const result = evaluate(set, taxonomy);
    const languages = Object.keys(result.byLanguage).sort();
    console.log(`${name} set (${path}): ${set.length} statements, ${languages.map((l) => `${set.filter((s) => s.lang === l).length} ${l}`).join(', ')}`);
    for (const [title, scores] of [['overall', result.overall], ...languages.map((l) => [`language ${l}`, result.byLanguage[l]!] as const)] as const)
      console.log([title, ...result.fields.map((f) => row(f, scores[f]))].join('\n'));
    if (showErrors) for (const line of errorLines(result.errors)) console.log(line);
    console.log('');
  }
}

const run = command({
  name: 'npm run eval:tagger',
  usage:
    'usage: npm run eval:tagger [-- --errors]\n  --errors  list every statement the tagger got wrong, field by field (not for the frozen claims sets)',
  options: { errors: { type: 'boolean', default: false } },
  run: async ({ values }) => {
    const taxonomy = await loadTaxonomy();
    await reportClaims(taxonomy, values.errors);
    await reportOld(taxonomy, values.errors);
    return 0;
  },
});
process.exitCode = await run(process.argv.slice(2));
