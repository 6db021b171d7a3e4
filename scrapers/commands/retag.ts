// `npm run retag [-- --data <dir>]`: tag every stored statement and curated event again with today's tagger, e.g.
// after the vocabularies changed. A curated event is tagged on Pantau's summary (it holds no source text).
// Only tags change; a record whose tags are the same keeps its bytes. Corrections stay apart (data/corrections/).
import { join, resolve } from 'node:path';
import { DATA_DIR } from '../../src/lib/paths.ts';
import type { Statement } from '../../src/lib/schema.ts';
import { loadTaxonomy, tagStatement, type Taxonomy } from '../tag/index.ts';
import { readStatements, writeStatement } from '../store/statements.ts';

export function retagStatement(s: Statement, taxonomy: Taxonomy): Statement {
  const text = s.origin === 'curated' ? (s.summary?.text ?? '') : s.text;
  const tags = tagStatement({ title: s.title, text, lang: s.language, date: s.published ?? s.firstSeen }, taxonomy);
  return { ...s, tags };
}

export async function run(args: string[]): Promise<number> {
  if (args.length > 0 && !(args.length === 2 && args[0] === '--data')) {
    console.error('usage: pantau retag [--data <dir>]');
    return 2;
  }
  const dataDir = args[1] ? resolve(args[1]) : DATA_DIR;
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
