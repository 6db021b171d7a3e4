// Re-read the kept snapshots with today's extractor, without fetching anything. A fixed extractor thus upgrades the
// stored texts of ministry and regulator statements, recorded as re-extractions, never as edits at the source.
import { join } from 'node:path';
import type { Source } from '../../src/lib/sources.ts';
import { writeFileAtomic, type WriteFile } from '../store/files.ts';
import { contentHash, writeStatement } from '../store/statements.ts';
import { readSnapshot, readSourceState, writeSourceState } from '../store/state.ts';
import { openStore } from './index.ts';
import { reextractedText } from './observe.ts';

export interface ReextractCounts {
  id: string;
  reextracted: number;
  unchanged: number;
  /** Statements whose snapshot is gone or yields no text now: left as they are. */
  skipped: number;
}

export async function reextractFromSnapshots(options: {
  dataDir: string;
  sources: Source[];
  at: string;
  write?: WriteFile;
}): Promise<ReextractCounts[]> {
  const write = options.write ?? writeFileAtomic;
  const catalogue = await openStore(options.dataDir, options.sources);
  const results: ReextractCounts[] = [];
  for (const source of options.sources) {
    const counts: ReextractCounts = { id: source.id, reextracted: 0, unchanged: 0, skipped: 0 };
    const state = await readSourceState(options.dataDir, source.id);
    for (const statement of catalogue.ofSource(source.id).sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const kept = statement.snapshotHash ? await readSnapshot(options.dataDir, statement.snapshotHash) : null;
      const text = kept ? reextractedText(kept, statement.url, source) : null;
      if (!text) {
        counts.skipped++;
        continue;
      }
      const hash = contentHash(text);
      if (hash === statement.contentHash) {
        counts.unchanged++;
        continue;
      }
      await writeStatement(join(options.dataDir, 'statements'), { ...statement, text, contentHash: hash }, write);
      state.reExtractions[statement.id] = [
        ...(state.reExtractions[statement.id] ?? []),
        { at: options.at, from: statement.contentHash!, to: hash, snapshot: statement.snapshotHash },
      ];
      counts.reextracted++;
    }
    await writeSourceState(options.dataDir, source.id, state, write);
    results.push(counts);
  }
  return results;
}
