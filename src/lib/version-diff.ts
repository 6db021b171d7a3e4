// What changed between two versions of a statement, as word-level insertions and deletions.
import { diffWords } from 'diff';
import type { Statement } from './schema.ts';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface VersionChange {
  /** The earlier version's number, counting from 1. */
  version: number;
  firstSeen: string;
  lastSeen: string;
  title: DiffPart[];
  text: DiffPart[];
}

/** Unchanged stretches longer than this many words are shortened around an ellipsis. */
const CONTEXT_WORDS = 12;

function shorten(text: string, keepHead: boolean, keepTail: boolean): string {
  const words = text.split(/(\s+)/);
  const limit = CONTEXT_WORDS * 2; // words and the spaces between them
  if (words.length <= limit * 2 + 1) return text;
  const head = keepHead ? words.slice(0, limit).join('') : '';
  const tail = keepTail ? words.slice(-limit).join('') : '';
  return `${head}… ${tail}`.trimStart();
}

/** The last pairs diffed: a statement's page is made in English and then in Malay (inEveryLocale), and the diffs of
 *  its syndicated copies, most of the page's own rendering time, are the same in both. */
const recentDiffs = new Map<string, DiffPart[]>();
const RECENT_DIFFS = 64;

export function diffText(before: string, after: string): DiffPart[] {
  const key = `${before}\u0000${after}`;
  const known = recentDiffs.get(key);
  if (known) return known;
  const parts: DiffPart[] = diffWords(before, after).map((c) => ({
    kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
    text: c.value,
  }));
  const shortened = parts.map((p, i) =>
    p.kind === 'same' ? { ...p, text: shorten(p.text, i > 0, i < parts.length - 1) } : p,
  );
  recentDiffs.set(key, shortened);
  if (recentDiffs.size > RECENT_DIFFS) recentDiffs.delete(recentDiffs.keys().next().value!);
  return shortened;
}

/** One change per earlier version, oldest first: each earlier version against the one that replaced it. */
export function versionChanges(s: Pick<Statement, 'title' | 'text' | 'history'>): VersionChange[] {
  return s.history.map((version, i) => {
    const next = s.history[i + 1] ?? s;
    return {
      version: i + 1,
      firstSeen: version.firstSeen,
      lastSeen: version.lastSeen,
      title: version.title === next.title ? [] : diffText(version.title, next.title),
      text: diffText(version.text, next.text),
    };
  });
}
