// What a run's observation of a page does to the stored statement. Pure: the pipeline reads and writes.
// Nothing is ever dropped: an edit moves the earlier text into `history`, a 404 only sets `removedAt`.
import type { Statement, Version } from '../../src/lib/schema.ts';

/**
 * `lastSeen` moves only when a run confirms a statement at least this long after the stored value, so that a quiet
 * night changes no byte in statement files; the run report holds the exact run times.
 */
export const LAST_SEEN_REFRESH_DAYS = 7;
const REFRESH_MS = LAST_SEEN_REFRESH_DAYS * 24 * 3600 * 1000;

export type Observation =
  /** The page was fetched and extracted: `statement` is what this run alone would store (history empty). */
  | { status: 'found'; statement: Statement; at: string }
  /** A conditional GET answered 304: the page is as it was. */
  | { status: 'not-modified'; at: string }
  /** The page answered 404 or 410. */
  | { status: 'gone'; at: string };

export type Change = 'new' | 'unchanged' | 'updated' | 're-extracted' | 'removed' | 'restored';

export interface MergeContext {
  /** When the stored text was first seen (kept in the source's state, since the schema has no place for it). */
  versionSince?: string | null;
  /** The content hash today's extractor gives for the stored snapshot, when that snapshot was kept. */
  reextractedStoredHash?: string | null;
}

export interface Merge {
  statement: Statement;
  change: Change;
}

function refreshLastSeen(stored: Statement, at: string): Statement {
  return Date.parse(at) - Date.parse(stored.lastSeen) >= REFRESH_MS ? { ...stored, lastSeen: at } : stored;
}

/** The stored text as an earlier version, seen from when it became current until the last run that confirmed it. */
function earlierVersion(stored: Statement, versionSince: string | null | undefined): Version {
  const previous = stored.history[stored.history.length - 1];
  return {
    title: stored.title,
    text: stored.text,
    contentHash: stored.contentHash!,
    // Without the state's record, the end of the previous version is the latest time known to precede this one.
    firstSeen: versionSince ?? previous?.lastSeen ?? stored.firstSeen,
    lastSeen: stored.lastSeen,
  };
}

/**
 * Merge one observation into the stored statement (null when there is none). Returns null when there is nothing to
 * store (a page never stored that answers 404 or 304).
 *
 * A new text is an edit at the source only if the page itself changed: when the fetched bytes are those the stored
 * text came from (same `snapshotHash`), or today's extractor turns the stored snapshot into the new text, the change
 * is a re-extraction by a fixed extractor. The text is then replaced without a history version.
 */
export function mergeObservation(stored: Statement | null, observation: Observation, context: MergeContext = {}): Merge | null {
  const { at } = observation;
  if (!stored) return observation.status === 'found' ? { statement: observation.statement, change: 'new' } : null;

  if (observation.status === 'gone') {
    if (stored.removedAt) return { statement: stored, change: 'unchanged' };
    return { statement: { ...stored, removedAt: at }, change: 'removed' };
  }
  if (observation.status === 'not-modified') return { statement: refreshLastSeen(stored, at), change: 'unchanged' };

  const found = observation.statement;
  if (found.contentHash === stored.contentHash) {
    if (stored.removedAt) return { statement: { ...stored, removedAt: null, lastSeen: at }, change: 'restored' };
    return { statement: refreshLastSeen(stored, at), change: 'unchanged' };
  }

  const samePage = found.snapshotHash !== null && found.snapshotHash === stored.snapshotHash;
  const sameTextFromStoredPage = context.reextractedStoredHash != null && context.reextractedStoredHash === found.contentHash;
  if (samePage || sameTextFromStoredPage) {
    return {
      statement: {
        ...refreshLastSeen(stored, at),
        title: found.title,
        text: found.text,
        contentHash: found.contentHash,
        snapshotHash: found.snapshotHash,
        language: found.language,
        tags: found.tags,
        removedAt: null,
      },
      change: 're-extracted',
    };
  }

  return {
    statement: {
      ...stored,
      title: found.title,
      text: found.text,
      contentHash: found.contentHash,
      snapshotHash: found.snapshotHash,
      language: found.language,
      speakers: found.speakers,
      tags: found.tags,
      history: [...stored.history, earlierVersion(stored, context.versionSince)],
      lastSeen: at,
      removedAt: null,
    },
    change: 'updated',
  };
}
