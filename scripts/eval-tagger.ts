// `npm run eval:tagger [-- --errors]`: how well the tagger does, per field, overall and per language. First the
// claims set (tests/tagger/claims/: development and frozen held-out halves apart, labelled by writers who never saw
// the rules, and the fresh, third to seventh sets written after the rules, split the same way), then the older sets in tests/tagger/ (development, held-out, reviewed curated: the last labels
// platforms, actors, issues and relevance only). `--errors` lists the misses; read them on development sets only.
import { loadTaxonomy, type Taxonomy } from '../scrapers/tag/index.ts';
import { evaluate, readLabelled, type Score } from '../scrapers/tag/evaluate.ts';
import { CLAIM_FIELDS, CLAIMS_SETS, evaluateClaims, HEADLINE, readClaimsSet, type Calibration } from '../scrapers/tag/evaluate-claims.ts';
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

async function reportClaims(taxonomy: Taxonomy, showErrors: boolean): Promise<void> {
  for (const { name, path, frozen } of CLAIMS_SETS) {
    const set = await readClaimsSet(path);
    const result = evaluateClaims(set, taxonomy);
    const count = (lang: string) => set.filter((s) => s.lang === lang).length;
    console.log(`${name} set (${path}): ${set.length} statements, ${count('en')} en, ${count('ms')} ms`);
    console.log(claimsTable(result.overall, result.byLanguage));
    console.log(calibrationTable(result.calibration));
    if (showErrors && !frozen) printErrors(result.errors);
    console.log('');
  }
}

function printErrors(errors: { id: string; field: string; missed: string[]; extra: string[] }[]): void {
  for (const e of errors) console.log(`  ${e.id} ${e.field}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]`);
}

async function reportOld(taxonomy: Taxonomy, showErrors: boolean): Promise<void> {
  for (const [name, path] of OLD_SETS) {
    const set = await readLabelled(path);
    const result = evaluate(set, taxonomy);
    const languages = Object.keys(result.byLanguage).sort();
    console.log(`${name} set (${path}): ${set.length} statements, ${languages.map((l) => `${set.filter((s) => s.lang === l).length} ${l}`).join(', ')}`);
    for (const [title, scores] of [['overall', result.overall], ...languages.map((l) => [`language ${l}`, result.byLanguage[l]!] as const)] as const)
      console.log([title, ...result.fields.map((f) => row(f, scores[f]))].join('\n'));
    if (showErrors) printErrors(result.errors);
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
