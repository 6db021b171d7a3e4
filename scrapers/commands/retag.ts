// `npm run retag [-- --data <dir>]`: tag every stored statement and curated event again with today's tagger, e.g.
// after the vocabularies changed. A curated event is tagged on Pantau's summary (it holds no source text).
// Only tags change; a record whose tags are the same keeps its bytes. Corrections stay apart (data/corrections/).
import { join, resolve } from 'node:path';
import { DATA_DIR } from '../../src/lib/paths.ts';
import type { Statement } from '../../src/lib/schema.ts';
import { loadTaxonomy, tagStatement, type Taxonomy } from '../tag/index.ts';
import { readStatements, writeStatement } from '../store/statements.ts';
import { command } from './options.ts';

export function retagStatement(s: Statement, taxonomy: Taxonomy): Statement {
  const text = s.origin === 'curated' ? (s.summary?.text ?? '') : s.text;
  const tags = tagStatement({ title: s.title, text, lang: s.language, date: s.published ?? s.firstSeen }, taxonomy);
  return { ...s, tags };
}

export const run = command({
  name: 'pantau retag',
  usage: 'usage: npm run retag [-- --data <dir>]\n  --data <dir>  the data folder whose records are tagged again (default data/)',
  options: { data: { type: 'string', default: DATA_DIR } },
  run: async ({ values }) => retag(resolve(values.data)),
});

async function retag(dataDir: string): Promise<number> {
  const taxonomy = await loadTaxonomy(join(dataDir, 'taxonomy'));
  for (const folder of ['statements', 'curated']) {
    const dir = join(dataDir, folder);
    let changed = 0;
    const statements = await readStatements(dir);
    for (const s of statements) if (await writeStatement(dir, retagStatement(s, taxonomy))) changed++;
    console.log(`retag: ${folder}: ${statements.length} records, ${changed} with new tags`);
  }
  return 0;
}
