// `npm run eval:tagger [-- --errors]`: precision, recall and F1 of the tagger per field, overall and per language,
// on the development set and the held-out set in tests/tagger/.
import { loadTaxonomy } from '../scrapers/tag/index.ts';
import { evaluate, FIELDS, readLabelled, type Scores } from '../scrapers/tag/evaluate.ts';

const SETS = [
  ['development', 'tests/tagger/devset.jsonl'],
  ['held-out', 'tests/tagger/holdout.jsonl'],
] as const;

const pct = (x: number) => x.toFixed(3);
function table(title: string, scores: Scores): string {
  const rows = FIELDS.map((f) => {
    const s = scores[f];
    return `  ${f.padEnd(12)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  });
  return [title, ...rows].join('\n');
}

const showErrors = process.argv.includes('--errors');
const taxonomy = await loadTaxonomy();
for (const [name, path] of SETS) {
  const set = await readLabelled(path);
  const result = evaluate(set, taxonomy);
  const languages = Object.keys(result.byLanguage).sort();
  console.log(`${name} set (${path}): ${set.length} statements, ${languages.map((l) => `${set.filter((s) => s.lang === l).length} ${l}`).join(', ')}`);
  console.log(table('overall', result.overall));
  for (const lang of languages) console.log(table(`language ${lang}`, result.byLanguage[lang]!));
  if (showErrors) for (const e of result.errors) console.log(`  ${e.id} ${e.field}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]`);
  console.log('');
}
