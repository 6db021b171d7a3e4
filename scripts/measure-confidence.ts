// `npm run measure:confidence [-- --write]`: the confidence table measured on the claims sets' development halves;
// `--write` writes it to scrapers/tag/confidence-table.ts (atomically), for confidence.ts to read.
import { basename } from 'node:path';
import { loadTaxonomy } from '../scrapers/tag/index.ts';
import { DEVELOPMENT_PATHS, readDevelopmentHalves } from '../scrapers/tag/evaluate-claims.ts';
import { measureShapes, renderConfidenceTable } from '../scrapers/tag/measure-confidence.ts';
import { writeFileAtomic } from '../scrapers/store/files.ts';
import { command } from '../scrapers/commands/options.ts';

const TABLE_PATH = 'scrapers/tag/confidence-table.ts';

const run = command({
  name: 'npm run measure:confidence',
  usage: 'usage: npm run measure:confidence [-- --write]\n  --write  write the table to scrapers/tag/confidence-table.ts',
  options: { write: { type: 'boolean', default: false } },
  run: async ({ values }) => {
    const taxonomy = await loadTaxonomy();
    const set = await readDevelopmentHalves();
    const source = renderConfidenceTable(measureShapes(set, taxonomy), DEVELOPMENT_PATHS.map((path) => basename(path)));
    if (values.write) await writeFileAtomic(TABLE_PATH, source);
    console.log(values.write ? `measure:confidence: ${set.length} statements; wrote ${TABLE_PATH}` : source);
    return 0;
  },
});
process.exitCode = await run(process.argv.slice(2));
