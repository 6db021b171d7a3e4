// Builds tests/tagger/reviewed.jsonl, the reviewed curated set: each curated event and scraped statement in data/
// with its stored tags corrected by data/corrections (the merge the site uses). Run once, before a tagger change:
// the stored tags are the tagger's older output, so re-running after a retag would move the labels.
//   npx tsx tests/tagger/build-reviewed.ts > tests/tagger/reviewed.jsonl
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readStatements } from '../../scrapers/store/statements.ts';
import { applyCorrection } from '../../src/lib/corrected-tags.ts';
import { correctionSchema, type Correction } from '../../src/lib/records.ts';

const DATA = 'data';
const records = [...(await readStatements(join(DATA, 'curated'))), ...(await readStatements(join(DATA, 'statements')))];
async function correctionFor(id: string): Promise<Correction | undefined> {
  const path = join(DATA, 'corrections', `${id}.json`);
  const raw = await readFile(path, 'utf8').catch(() => null);
  return raw === null ? undefined : correctionSchema.parse(JSON.parse(raw));
}
for (const r of records.sort((a, b) => a.id.localeCompare(b.id))) {
  const tags = applyCorrection(r.tags, await correctionFor(r.id));
  if (!tags) throw new Error(`${r.id}: no tags to correct`);
  const text = r.origin === 'curated' ? (r.summary?.text ?? '') : r.text;
  const sorted = (xs: string[]) => [...xs].sort();
  console.log(JSON.stringify({
    id: r.id, lang: r.language, title: r.title, text,
    expected: { relevant: tags.relevant, platforms: sorted(tags.platforms), actors: sorted(tags.actors), issues: sorted(tags.issues) },
  }));
}
