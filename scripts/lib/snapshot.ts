// Dated snapshots of pantau.sqlite: on a night when the data changed, the nightly run publishes the day's database
// (a GitHub release asset, `data-YYYY-MM-DD`) and records it in data/snapshots.json, which /data/ lists. A quiet night
// keeps none, so data/ stays byte-identical.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFile, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { snapshotsSchema, type Snapshot } from '../../src/lib/records.ts';
import { sha256File } from '../../src/lib/dataset/write.ts';
import { stableJson, writeFileAtomic } from '../../scrapers/store/files.ts';

const exec = promisify(execFile);

/** Puts the dated file somewhere lasting and returns its public address. */
export type Publish = (file: string, date: string) => Promise<string>;

export const SNAPSHOTS_FILE = 'snapshots.json';
export const snapshotName = (date: string) => `pantau-${date}.sqlite`;

export async function readSnapshots(dataDir: string): Promise<Snapshot[]> {
  const text = await readFile(join(dataDir, SNAPSHOTS_FILE), 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return '[]';
    throw e;
  });
  return snapshotsSchema.parse(JSON.parse(text));
}

/** Publishes the database as the day's snapshot and records it (one per day: a second run that day replaces it). */
export async function keepSnapshot(database: string, dataDir: string, date: string, publish: Publish): Promise<Snapshot> {
  const db = new Database(database, { readonly: true });
  const statements = (db.prepare('SELECT COUNT(*) AS n FROM statements').get() as { n: number }).n;
  db.close();
  const folder = await mkdtemp(join(tmpdir(), 'pantau-snapshot-'));
  try {
    const dated = join(folder, snapshotName(date));
    await copyFile(database, dated);
    const snapshot: Snapshot = { date, sha256: await sha256File(dated), bytes: (await stat(dated)).size, statements, url: await publish(dated, date) };
    const kept = (await readSnapshots(dataDir)).filter((s) => s.date !== date);
    const all = snapshotsSchema.parse([...kept, snapshot].sort((a, b) => (a.date < b.date ? -1 : 1)));
    await writeFileAtomic(join(dataDir, SNAPSHOTS_FILE), stableJson(all));
    return snapshot;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** A GitHub release per snapshot, with the `gh` CLI (GH_TOKEN, GITHUB_REPOSITORY and GITHUB_SERVER_URL are set in
 *  Actions); a second run on the same day replaces the asset. */
export const githubRelease: Publish = async (file, date) => {
  const repository = process.env.GITHUB_REPOSITORY;
  if (!repository) throw new Error('snapshot: GITHUB_REPOSITORY is not set, so there is no release to publish to');
  const tag = `data-${date}`;
  const exists = await exec('gh', ['release', 'view', tag]).then(() => true, () => false);
  if (exists) await exec('gh', ['release', 'upload', tag, file, '--clobber']);
  else await exec('gh', ['release', 'create', tag, file, '--title', `Data snapshot ${date}`, '--notes', `pantau.sqlite as of ${date}; its sha256 is listed on the site's /data/ page.`]);
  return `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${repository}/releases/download/${tag}/${snapshotName(date)}`;
};
