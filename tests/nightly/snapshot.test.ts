// Dated snapshots: the day's pantau.sqlite published and recorded in data/snapshots.json, committed as data; one per
// day; nothing written when none is kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { keepSnapshot, readSnapshots, snapshotName, type Publish } from '../../scripts/lib/snapshot.ts';
import { commitData } from '../../scripts/lib/data-commit.ts';
import { sha256File } from '../../src/lib/dataset/write.ts';

const exec = promisify(execFile);
let repo: string;
let database: string;
const published: { name: string; date: string; bytes: number }[] = [];
const publish: Publish = async (file, date) => {
  published.push({ name: file.split('/').pop()!, date, bytes: (await readFile(file)).length });
  return `https://releases.example/data-${date}/${snapshotName(date)}`;
};
const git = async (...args: string[]) => (await exec('git', ['-C', repo, ...args])).stdout.trim();

function makeDatabase(statements: number): void {
  const db = new Database(database);
  db.exec('DROP TABLE IF EXISTS statements; CREATE TABLE statements (id TEXT)');
  for (let i = 0; i < statements; i++) db.prepare('INSERT INTO statements VALUES (?)').run(String(i));
  db.close();
}

beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'pantau-snapshot-'));
  await exec('git', ['init', '--quiet', '--initial-branch=main', repo]);
  await mkdir(join(repo, 'data'));
  await writeFile(join(repo, 'data', 'README'), 'fixture\n');
  await git('add', '.');
  await git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '-m', 'start');
  database = join(repo, 'pantau.sqlite');
});

afterAll(() => rm(repo, { recursive: true, force: true }));

describe('keepSnapshot', () => {
  it('publishes the day\'s database under a dated name and records its hash, size and statements as data', async () => {
    makeDatabase(3);
    const snapshot = await keepSnapshot(database, join(repo, 'data'), '2026-12-03', publish);
    expect(published).toEqual([{ name: 'pantau-2026-12-03.sqlite', date: '2026-12-03', bytes: (await readFile(database)).length }]);
    expect(snapshot).toEqual({
      date: '2026-12-03', sha256: await sha256File(database), bytes: (await readFile(database)).length, statements: 3,
      url: 'https://releases.example/data-2026-12-03/pantau-2026-12-03.sqlite',
    });
    expect(await commitData(repo, join(repo, 'data'), 'data: snapshot 2026-12-03')).not.toBeNull();
    expect(await git('show', '--name-only', '--format=', 'HEAD')).toBe('data/snapshots.json');
  });

  it('keeps one a day, oldest first: a second run that day replaces the day\'s', async () => {
    makeDatabase(5);
    await keepSnapshot(database, join(repo, 'data'), '2026-12-05', publish);
    makeDatabase(6);
    await keepSnapshot(database, join(repo, 'data'), '2026-12-05', publish);
    expect((await readSnapshots(join(repo, 'data'))).map((s) => [s.date, s.statements])).toEqual([['2026-12-03', 3], ['2026-12-05', 6]]);
  });

  it('leaves data/ untouched when publishing fails', async () => {
    await commitData(repo, join(repo, 'data'), 'data: snapshot 2026-12-05');
    const failing: Publish = async () => {
      throw new Error('release refused');
    };
    await expect(keepSnapshot(database, join(repo, 'data'), '2026-12-06', failing)).rejects.toThrow('release refused');
    expect(await git('status', '--porcelain')).toBe('?? pantau.sqlite');
  });
});
