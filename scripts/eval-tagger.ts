// `npm run eval:tagger [-- --errors]`: precision, recall and F1 of the tagger per field, overall and per language,
// on the development set, the held-out set and the reviewed curated set in tests/tagger/ (the last labels
// platforms, actors, issues and relevance only).
import { loadTaxonomy } from '../scrapers/tag/index.ts';
import { evaluate, readLabelled, type Field, type Scores } from '../scrapers/tag/evaluate.ts';
import { command } from '../scrapers/commands/options.ts';

const SETS = [
  ['development', 'tests/tagger/devset.jsonl'],
  ['held-out', 'tests/tagger/holdout.jsonl'],
  ['reviewed curated', 'tests/tagger/reviewed.jsonl'],
] as const;

const pct = (x: number) => x.toFixed(3);
function table(title: string, scores: Scores, fields: readonly Field[]): string {
  const rows = fields.map((f) => {
    const s = scores[f];
    return `  ${f.padEnd(12)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  });
  return [title, ...rows].join('\n');
}

async function report(showErrors: boolean): Promise<number> {
  const taxonomy = await loadTaxonomy();
  for (const [name, path] of SETS) {
    const set = await readLabelled(path);
    const result = evaluate(set, taxonomy);
    const languages = Object.keys(result.byLanguage).sort();
    console.log(`${name} set (${path}): ${set.length} statements, ${languages.map((l) => `${set.filter((s) => s.lang === l).length} ${l}`).join(', ')}`);
    console.log(table('overall', result.overall, result.fields));
    for (const lang of languages) console.log(table(`language ${lang}`, result.byLanguage[lang]!, result.fields));
    if (showErrors) for (const e of result.errors) console.log(`  ${e.id} ${e.field}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]`);
    console.log('');
  }
  return 0;
}

const run = command({
  name: 'npm run eval:tagger',
  usage: 'usage: npm run eval:tagger [-- --errors]\n  --errors  list every statement the tagger got wrong, field by field',
  options: { errors: { type: 'boolean', default: false } },
  run: async ({ values }) => report(values.errors),
});
process.exitCode = await run(process.argv.slice(2));
