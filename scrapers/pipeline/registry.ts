// The registry of sources: one JSON declaration per file, validated against the source schema.
import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { sourceSchema, type Source } from '../../src/lib/sources.ts';
import { describeIssues } from '../../src/lib/describe-issues.ts';

export class SourceDeclarationError extends Error {
  constructor(readonly file: string, cause: string) {
    super(`${file}: invalid source declaration: ${cause}`);
    this.name = 'SourceDeclarationError';
  }
}

/** Every declaration in `dir`, sorted by id; the first invalid one throws, naming its file. */
export async function loadSources(dir: string): Promise<Source[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();
  const sources: Source[] = [];
  for (const name of names) {
    const file = join(dir, name);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new SourceDeclarationError(file, `not JSON (${(error as Error).message})`);
    }
    const parsed = sourceSchema.safeParse(raw);
    if (!parsed.success)
      throw new SourceDeclarationError(file, describeIssues(parsed.error, '(root)'));
    if (parsed.data.id !== basename(name, '.json'))
      throw new SourceDeclarationError(file, `id "${parsed.data.id}" differs from the file name`);
    sources.push(parsed.data);
  }
  return sources.sort((a, b) => (a.id < b.id ? -1 : 1));
}
