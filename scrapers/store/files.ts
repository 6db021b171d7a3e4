// Atomic, validated file writes: a reader (or a killed run) only ever sees the old file or the new one.
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Serialise with sorted object keys (arrays keep their order) so that the same data is always the same bytes. */
export function stableJson(value: unknown, keyOrder: readonly string[] = []): string {
  const rank = new Map(keyOrder.map((k, i) => [k, i]));
  const order = (a: string, b: string) =>
    (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
  const sortKeys = (v: unknown, top: boolean): unknown => {
    if (Array.isArray(v)) return v.map((x) => sortKeys(x, false));
    if (v && typeof v === 'object') {
      const keys = Object.keys(v).sort(top ? order : undefined);
      return Object.fromEntries(keys.map((k) => [k, sortKeys((v as Record<string, unknown>)[k], false)]));
    }
    return v;
  };
  return JSON.stringify(sortKeys(value, true), null, 2) + '\n';
}

/** How the store writes a file; tests inject a failing one to play a full disk. */
export type WriteFile = (path: string, content: string | Uint8Array) => Promise<void>;

const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Write to a temporary file beside the target, flush it to disk, then rename over the target. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}

/** Remove the temporary files a killed run left behind (the targets themselves are always whole). */
export async function removeStaleTempFiles(dir: string): Promise<number> {
  let removed = 0;
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile() || !TEMP_FILE.test(entry.name)) continue;
    await rm(join(entry.parentPath, entry.name), { force: true });
    removed++;
  }
  return removed;
}
