// The statement store: one pretty-printed JSON file per statement, data/statements/YYYY/MM/<id>.json.
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { statementSchema, STATEMENT_KEYS, type Statement } from '../../src/lib/schema.ts';
import { stableJson, writeFileAtomic, type WriteFile } from './files.ts';
import { describeIssues } from '../../src/lib/describe-issues.ts';

export class InvalidRecordError extends Error {
  constructor(readonly file: string, cause: string) {
    super(`${file}: invalid statement: ${cause}`);
    this.name = 'InvalidRecordError';
  }
}

/** A statement's id: the first 16 hex digits of sha256 of its canonical URL, so the same page always has the same id. */
export function statementId(canonicalUrl: string): string {
  return createHash('sha256').update(canonicalUrl).digest('hex').slice(0, 16);
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Where a statement lives, by the month it was published (or first seen, when the source gives no date). */
export function statementPath(dir: string, statement: Pick<Statement, 'id' | 'published' | 'firstSeen'>): string {
  const when = statement.published ?? statement.firstSeen;
  return join(dir, when.slice(0, 4), when.slice(5, 7), `${statement.id}.json`);
}

export function parseStatement(raw: unknown, file: string): Statement {
  const result = statementSchema.safeParse(raw);
  if (!result.success) throw new InvalidRecordError(file, describeIssues(result.error));
  return result.data;
}

export function serialiseStatement(statement: Statement): string {
  return stableJson(statement, STATEMENT_KEYS);
}

/** Validate, then write atomically. Returns false when the file already holds exactly these bytes. */
export async function writeStatement(dir: string, statement: Statement, write: WriteFile = writeFileAtomic): Promise<boolean> {
  const path = statementPath(dir, statement);
  const content = serialiseStatement(parseStatement(statement, relative(process.cwd(), path)));
  const existing = await readFile(path, 'utf8').catch(() => null);
  if (existing === content) return false;
  await write(path, content);
  return true;
}

async function* jsonFiles(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* jsonFiles(path);
    else if (entry.isFile() && entry.name.endsWith('.json') && !entry.name.startsWith('.')) yield path;
  }
}

function statementFromJson(text: string, path: string): Statement {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InvalidRecordError(path, `not JSON (${(error as Error).message})`);
  }
  return parseStatement(raw, path);
}

export async function readStatementFile(path: string): Promise<Statement> {
  return statementFromJson(await readFile(path, 'utf8'), path);
}

/** The same, read synchronously: for the site build, which reads every file and has nothing else to do meanwhile
 *  (at 100,000 files a synchronous read cost a tenth of a promise-based one: docs/scale-build.md). */
export function readStatementFileSync(path: string): Statement {
  return statementFromJson(readFileSync(path, 'utf8'), path);
}

/** Every statement below `dir`, validated; the first invalid file throws, naming itself. */
export async function readStatements(dir: string): Promise<Statement[]> {
  const statements: Statement[] = [];
  for await (const path of jsonFiles(dir)) statements.push(await readStatementFile(path));
  return statements;
}

export { jsonFiles };
