// The stored statements of one data folder, read and validated once at the start of a run and indexed by canonical
// URL, so the pipeline knows which pages it has and merges into them.
import { relative } from 'node:path';
import type { Statement } from '../../src/lib/schema.ts';
import { InvalidRecordError, jsonFiles, readStatementFile, statementPath } from './statements.ts';

export class Catalogue {
  private readonly byCanonical = new Map<string, Statement>();

  /** Read every statement below `dir`; an invalid file, or one not where its id and date put it, throws. */
  static async open(dir: string): Promise<Catalogue> {
    const catalogue = new Catalogue();
    const seen = new Map<string, string>();
    for await (const file of jsonFiles(dir)) {
      const statement = await readStatementFile(file);
      const expected = statementPath(dir, statement);
      if (relative(expected, file) !== '')
        throw new InvalidRecordError(file, `belongs at ${relative(dir, expected)} (by its id and date)`);
      const other = seen.get(statement.canonicalUrl);
      if (other) throw new InvalidRecordError(file, `same canonical URL as ${other}`);
      seen.set(statement.canonicalUrl, file);
      catalogue.byCanonical.set(statement.canonicalUrl, statement);
    }
    return catalogue;
  }

  get size(): number {
    return this.byCanonical.size;
  }

  get(canonicalUrl: string): Statement | undefined {
    return this.byCanonical.get(canonicalUrl);
  }

  /** Record what was just written. */
  put(statement: Statement): void {
    this.byCanonical.set(statement.canonicalUrl, statement);
  }

  ofSource(sourceId: string): Statement[] {
    return [...this.byCanonical.values()].filter((s) => s.sourceId === sourceId);
  }
}
