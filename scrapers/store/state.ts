// Scraper state in data/state/: what one run tells the next. One file per source, so sources never race, written
// atomically with stable JSON and only when it changed, so a quiet night leaves it byte-identical.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'astro/zod';
import { isoDate, isoTime, sha256 } from '../../src/lib/schema.ts';
import { stableJson, writeFileAtomic, type WriteFile } from './files.ts';
import { InvalidRecordError } from './statements.ts';
import { describeIssues } from '../../src/lib/describe-issues.ts';

/** Passed-over addresses are forgotten after this long: by then they have left every feed and listing. */
export const PASSED_OVER_DAYS = 180;
/** How many past item counts are kept to judge what is usual for a source (recorded when the listing changed). */
export const ITEM_COUNT_RUNS = 5;

const validatorsSchema = z.object({ etag: z.string().nullable(), lastModified: z.string().nullable() }).strict();

export const sourceStateSchema = z
  .object({
    /** HTTP validators per fetched address, for conditional GET on the next run. */
    validators: z.record(z.string(), validatorsSchema).default({}),
    /** Addresses the keyword filter or the tagger turned down, with the day they were first passed over. */
    passedOver: z.record(z.string(), isoDate).default({}),
    /** A feed or listing address whose page declared another canonical address: item address → statement address. */
    aliases: z.record(z.string(), z.string()).default({}),
    /** Items the feed or listing's first page yielded on the last runs that listed something new, oldest first. */
    itemCounts: z.array(z.number().int().min(0)).default([]),
    /** Young statements whose text came from the feed rather than their page, so a revisit compares like with like. */
    feedText: z.array(z.string()).default([]),
    /** statement id → when its current text was first seen (the schema keeps this only for earlier versions). */
    versionSince: z.record(z.string(), isoTime).default({}),
    /** statement id → texts replaced by a fixed extractor from an unchanged page: a technical upgrade, not an edit. */
    reExtractions: z
      .record(z.string(), z.array(z.object({ at: isoTime, from: sha256, to: sha256, snapshot: sha256.nullable() }).strict()))
      .default({}),
  })
  .strict();

export type SourceState = z.infer<typeof sourceStateSchema>;
export type Validators = z.infer<typeof validatorsSchema>;

export function emptySourceState(): SourceState {
  return sourceStateSchema.parse({});
}

export function sourceStatePath(dataDir: string, sourceId: string): string {
  return join(dataDir, 'state', 'sources', `${sourceId}.json`);
}

/** The source's state, validated; an empty state when the source never ran. An invalid file throws, naming itself. */
export async function readSourceState(dataDir: string, sourceId: string): Promise<SourceState> {
  const path = sourceStatePath(dataDir, sourceId);
  const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return null;
    throw e;
  });
  if (text === null) return emptySourceState();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InvalidRecordError(path, `not JSON (${(error as Error).message})`);
  }
  const parsed = sourceStateSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidRecordError(path, describeIssues(parsed.error, ''));
  return parsed.data;
}

/** Write the state when its bytes differ from the file's; returns whether it wrote. */
export async function writeSourceState(
  dataDir: string,
  sourceId: string,
  state: SourceState,
  write: WriteFile = writeFileAtomic,
): Promise<boolean> {
  const path = sourceStatePath(dataDir, sourceId);
  const content = stableJson(sourceStateSchema.parse(state));
  const existing = await readFile(path, 'utf8').catch(() => null);
  // A source that never got anywhere leaves no file behind.
  if (existing === content || (existing === null && content === stableJson(emptySourceState()))) return false;
  await write(path, content);
  return true;
}

/** Forget passed-over addresses older than PASSED_OVER_DAYS, so the state does not grow without end. */
export function prunePassedOver(passedOver: Record<string, string>, today: string): Record<string, string> {
  const limit = Date.parse(`${today}T00:00:00Z`) - PASSED_OVER_DAYS * 24 * 3600 * 1000;
  return Object.fromEntries(Object.entries(passedOver).filter(([, day]) => Date.parse(`${day}T00:00:00Z`) >= limit));
}

export function snapshotHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function snapshotPath(dataDir: string, hash: string): string {
  return join(dataDir, 'state', 'snapshots', `${hash}.html.gz`);
}

/** Keep the fetched page, gzip-compressed, under its own hash; an existing snapshot is never rewritten. */
export async function saveSnapshot(dataDir: string, bytes: Uint8Array, write: WriteFile = writeFileAtomic): Promise<string> {
  const hash = snapshotHash(bytes);
  const path = snapshotPath(dataDir, hash);
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  if (!exists) await write(path, gzipSync(bytes, { level: 9 }));
  return hash;
}

/** The kept page with this hash, or null when none was kept. */
export async function readSnapshot(dataDir: string, hash: string): Promise<Uint8Array | null> {
  const gz = await readFile(snapshotPath(dataDir, hash)).catch(() => null);
  return gz ? new Uint8Array(gunzipSync(gz)) : null;
}
