// The project's real dataset as the site reads it: every stored record with a person's corrections applied, without
// those the corrected tags judge off-topic. For tests that measure search or tagging on real statements.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readStatements } from '../../scrapers/store/statements.ts';
import { applyCorrection } from '../../src/lib/corrected-tags.ts';
import { correctionSchema } from '../../src/lib/records.ts';
import type { Statement } from '../../src/lib/schema.ts';
import { parseTaxonomyNames } from '../../src/lib/taxonomy-names.ts';

export async function correctedDataset(dataDir = 'data'): Promise<Statement[]> {
  const records = [...(await readStatements(join(dataDir, 'statements'))), ...(await readStatements(join(dataDir, 'curated')))];
  const folder = join(dataDir, 'corrections');
  const files = (await readdir(folder).catch(() => [] as string[])).filter((f) => f.endsWith('.json'));
  const corrections = new Map(
    await Promise.all(
      files.map(async (f) => {
        const c = correctionSchema.parse(JSON.parse(await readFile(join(folder, f), 'utf8')));
        return [c.statementId, c] as const;
      }),
    ),
  );
  return records
    .map((s) => ({ ...s, tags: applyCorrection(s.tags, corrections.get(s.id)) }))
    .filter((s) => s.tags === null || s.tags.relevant);
}

/** Display names of the taxonomy's entries, by kind, as the site's search index gets them. */
export async function taxonomyNames(dataDir = 'data') {
  const read = async (kind: string) => parseTaxonomyNames(JSON.parse(await readFile(join(dataDir, 'taxonomy', `${kind}.json`), 'utf8')));
  return { platforms: await read('platforms'), actors: await read('actors'), issues: await read('issues') };
}
