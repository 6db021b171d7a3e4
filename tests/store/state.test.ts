import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile, mkdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  emptySourceState, prunePassedOver, readSnapshot, readSourceState, saveSnapshot, snapshotPath, sourceStatePath, writeSourceState,
} from '../../scrapers/store/state.ts';
import { InvalidRecordError } from '../../scrapers/store/statements.ts';

let dir: string;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('scraper state', () => {
  it('round-trips validators and passed-over addresses, and rewrites nothing when unchanged', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pantau-state-'));
    expect(await readSourceState(dir, 'news-example')).toEqual(emptySourceState());
    const state = { ...emptySourceState(), validators: { 'https://news.example/feed': { etag: '"v1"', lastModified: null } }, passedOver: { 'https://news.example/sport': '2026-03-03' } };
    expect(await writeSourceState(dir, 'news-example', state)).toBe(true);
    const bytes = await readFile(sourceStatePath(dir, 'news-example'), 'utf8');
    expect(await readSourceState(dir, 'news-example')).toEqual(state);
    expect(await writeSourceState(dir, 'news-example', await readSourceState(dir, 'news-example'))).toBe(false);
    expect(await readFile(sourceStatePath(dir, 'news-example'), 'utf8')).toBe(bytes);
  });

  it('refuses a corrupt state file, naming it', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pantau-state-'));
    const path = sourceStatePath(dir, 'broken');
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, '{"validators": ');
    await expect(readSourceState(dir, 'broken')).rejects.toThrow(InvalidRecordError);
    await expect(readSourceState(dir, 'broken')).rejects.toThrow(/broken\.json/);
  });

  it('forgets passed-over addresses after half a year', () => {
    expect(prunePassedOver({ a: '2026-01-01', b: '2026-09-01' }, '2026-09-02')).toEqual({ b: '2026-09-01' });
  });

  it('keeps a fetched page compressed under its hash, written once', async () => {
    dir = await mkdtemp(join(tmpdir(), 'pantau-state-'));
    const page = new TextEncoder().encode('<html><body><p>Kenyataan media</p></body></html>');
    const hash = await saveSnapshot(dir, page);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(new Uint8Array(gunzipSync(await readFile(snapshotPath(dir, hash))))).toEqual(page);
    const before = (await stat(snapshotPath(dir, hash))).mtimeMs;
    await saveSnapshot(dir, page, async () => {
      throw new Error('must not rewrite');
    });
    expect((await stat(snapshotPath(dir, hash))).mtimeMs).toBe(before);
    expect(await readSnapshot(dir, hash)).toEqual(page);
    expect(await readSnapshot(dir, 'f'.repeat(64))).toBeNull();
  });
});
