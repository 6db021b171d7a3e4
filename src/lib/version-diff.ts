// What changed between two versions of a statement, as word-level insertions and deletions.
import { diffArrays, diffWords, type ChangeObject } from 'diff';
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

/** Word edits beyond which two paragraphs count as different ones, shown whole: a word diff costs the paragraphs'
 *  length times the edits, and a paragraph rewritten throughout reads better whole. */
const MAX_WORD_EDITS = 200;

const kindOf = (c: { added?: boolean; removed?: boolean }): DiffPart['kind'] => (c.added ? 'added' : c.removed ? 'removed' : 'same');

/** Do two runs of paragraphs share most of their words (of four letters or more)? If not, one replaced the other, and
 *  a word diff of them, costly and unreadable, is not tried. */
function shareWords(a: string, b: string): boolean {
  const words = (text: string) => new Set(text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared >= 0.5 * Math.min(x.size, y.size);
}

/**
 * Paragraphs first, then words within the paragraphs that changed. Why: copies of a wire story differ by a paragraph
 * added or dropped far more often than by words, and a word diff of two whole texts that differ by a paragraph cost
 * about 4 ms a pair (200 s of the 100,000-statement build); equal paragraphs cost nothing here.
 */
function paragraphsThenWords(before: string, after: string): DiffPart[] {
  // Each paragraph keeps the blank line after it, so that joining them gives the text back.
  const paragraphs = (text: string) => text.split(/(?<=\n\n)(?!\n)/);
  const changes = diffArrays(paragraphs(before), paragraphs(after));
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else if (text) parts.push({ kind, text });
  };
  for (let i = 0; i < changes.length; ) {
    if (!changes[i]!.added && !changes[i]!.removed) {
      push('same', changes[i++]!.value.join(''));
      continue;
    }
    // A run of dropped and added paragraphs: compared word by word, unless they differ throughout.
    let removed = '';
    let added = '';
    for (; i < changes.length && (changes[i]!.added || changes[i]!.removed); i++) {
      if (changes[i]!.added) added += changes[i]!.value.join('');
      else removed += changes[i]!.value.join('');
    }
    const words: ChangeObject<string>[] | undefined =
      removed && added && shareWords(removed, added) ? diffWords(removed, added, { maxEditLength: MAX_WORD_EDITS }) : undefined;
    if (words) for (const c of words) push(kindOf(c), c.value);
    else {
      push('removed', removed);
      push('added', added);
    }
  }
  return parts;
}

export function diffText(before: string, after: string): DiffPart[] {
  const key = `${before}\u0000${after}`;
  const known = recentDiffs.get(key);
  if (known) return known;
  const parts = paragraphsThenWords(before, after);
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
