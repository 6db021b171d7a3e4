// `npm run retag [-- --data <dir>]`: tag every stored statement and curated event again with today's tagger, e.g.
// after the vocabularies changed. A curated event is tagged on Pantau's summary (it holds no source text).
// Only tags change; a record whose tags are the same keeps its bytes. Corrections stay apart (data/corrections/).
import { join, resolve } from 'node:path';
import { DATA_DIR } from '../../src/lib/paths.ts';
import type { Statement } from '../../src/lib/schema.ts';
import { loadTaxonomy, tagStatements, type StatementInput, type Taxonomy } from '../tag/index.ts';
import { readStatements, writeStatement } from '../store/statements.ts';
import { command } from './options.ts';

/** What the tagger reads of a stored record: a curated event's summary, a statement's own text. */
const taggerInput = (s: Statement): StatementInput => ({
  title: s.title,
  text: s.origin === 'curated' ? (s.summary?.text ?? '') : s.text,
  lang: s.language,
  date: s.published ?? s.firstSeen,
});

/** The records tagged again, in one batch (`tagStatements`: step by step, faster than one at a time). */
export function retagStatements(statements: readonly Statement[], taxonomy: Taxonomy): Statement[] {
  const tags = tagStatements(statements.map(taggerInput), taxonomy);
  return statements.map((s, i) => ({ ...s, tags: tags[i]! }));
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
    for (const s of retagStatements(statements, taxonomy)) if (await writeStatement(dir, s)) changed++;
    console.log(`retag: ${folder}: ${statements.length} records, ${changed} with new tags`);
  }
  return 0;
}
