// Writes pantau.sqlite: the tables declared in tables.ts, filled from datasetRows() in one transaction, then the
// indexes, the full-text index and the views. The file is written under a temporary name, checked (every foreign key
// must hold) and renamed into place, so that a reader never sees half a database.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { FULL_TEXT, META_TABLES, TABLES, VIEWS, createIndexSql, createTableSql } from './tables.ts';
import { datasetRows, type DatasetInput } from './rows.ts';

export interface DatasetFile {
  path: string;
  /** sha256 of the file: the same records always make the same bytes. */
  sha256: string;
  bytes: number;
  /** Rows per table. */
  counts: Record<string, number>;
}

export class DatasetError extends Error {
  constructor(cause: string) {
    super(`pantau.sqlite: ${cause}`);
    this.name = 'DatasetError';
  }
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

function fill(db: Database.Database, input: DatasetInput): void {
  const inserts = new Map(
    TABLES.map((t) => {
      const names = t.columns.map((c) => c.name);
      return [t.name, db.prepare(`INSERT INTO ${t.name} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`)];
    }),
  );
  db.transaction(() => {
    for (const [table, row] of datasetRows(input)) inserts.get(table)!.run(row);
    const describeTable = db.prepare(`INSERT INTO ${META_TABLES.tables.name} (name, kind, meaning) VALUES (?, ?, ?)`);
    const describeColumn = db.prepare(`INSERT INTO ${META_TABLES.columns.name} (table_name, column_name, type, meaning, source) VALUES (?, ?, ?, ?, ?)`);
    for (const t of TABLES) {
      describeTable.run(t.name, 'table', t.meaning);
      for (const c of t.columns) describeColumn.run(t.name, c.name, c.type, c.meaning, c.from);
    }
    describeTable.run(FULL_TEXT.name, 'full-text index', FULL_TEXT.meaning);
    for (const v of VIEWS) describeTable.run(v.name, 'view', v.meaning);
    for (const m of Object.values(META_TABLES)) describeTable.run(m.name, 'table', m.meaning);
  })();
}

/** Builds the database at `path` from the records; returns its hash, size and row counts. */
export async function writeDataset(path: string, input: DatasetInput): Promise<DatasetFile> {
  const partial = `${path}.partial`;
  await rm(partial, { force: true });
  const db = new Database(partial);
  try {
    // A new file written once, then renamed: no journal is needed, and a crash leaves only the partial file.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('cache_size = -65536');
    // better-sqlite3 turns foreign keys on; they are checked once, at the end, after the keys they point at exist.
    db.pragma('foreign_keys = OFF');
    for (const t of TABLES) db.exec(createTableSql(t));
    db.exec(`CREATE TABLE ${META_TABLES.tables.name} (name TEXT PRIMARY KEY, kind TEXT NOT NULL, meaning TEXT NOT NULL)`);
    db.exec(`CREATE TABLE ${META_TABLES.columns.name} (table_name TEXT NOT NULL REFERENCES _tables(name), column_name TEXT NOT NULL, type TEXT NOT NULL, meaning TEXT NOT NULL, source TEXT NOT NULL, PRIMARY KEY (table_name, column_name))`);
    fill(db, input);
    // Indexes after the rows: one sort per index instead of a B-tree updated on every insert.
    for (const t of TABLES) for (const sql of createIndexSql(t)) db.exec(sql);
    db.exec(FULL_TEXT.sql);
    db.exec(`INSERT INTO ${FULL_TEXT.name}(${FULL_TEXT.name}) VALUES ('rebuild')`);
    db.exec(`INSERT INTO ${FULL_TEXT.name}(${FULL_TEXT.name}) VALUES ('optimize')`);
    for (const v of VIEWS) db.exec(`CREATE VIEW ${v.name} AS ${v.sql}`);
    const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    if (broken.length > 0) {
      const first = broken[0]!;
      throw new DatasetError(`${broken.length} rows point at missing rows, the first in ${first.table} (rowid ${first.rowid}) at ${first.parent}`);
    }
    db.exec('ANALYZE');
    const counts = Object.fromEntries(
      TABLES.map((t) => [t.name, (db.prepare(`SELECT COUNT(*) AS n FROM ${t.name}`).get() as { n: number }).n]),
    );
    db.close();
    await rename(partial, path);
    return { path, sha256: await sha256File(path), bytes: (await stat(path)).size, counts };
  } catch (error) {
    if (db.open) db.close();
    await rm(partial, { force: true });
    throw error;
  }
}
