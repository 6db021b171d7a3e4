// Shared by the tagger tests: the real vocabularies, loaded once per test file.
import { fileURLToPath } from 'node:url';
import { loadTaxonomy, tagStatement, type StatementInput, type Taxonomy } from '../../scrapers/tag/index.ts';

export const TAXONOMY_DIR = fileURLToPath(new URL('../../data/taxonomy', import.meta.url));
let loaded: Promise<Taxonomy> | null = null;
export const taxonomy = () => (loaded ??= loadTaxonomy(TAXONOMY_DIR));
export async function tag(text: string, title = '', extra: Partial<StatementInput> = {}) {
  return tagStatement({ title, text, ...extra }, await taxonomy());
}
