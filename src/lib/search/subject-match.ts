// Reading a query by the taxonomy: which runs of its words name a platform, actor or issue (in English or Malay), and
// which have a counterpart in the other language. Pure; the build writes the names (subjectsFile), the engine matches.
import { rootCandidates, spellingVariant } from '../malay-stem.ts';
import type { SubjectsFile } from './format.ts';
import { GLOSSARY } from './glossary.ts';
import type { Subject } from './subjects.ts';
import { terms } from './tokens.ts';

/** The longest name, in words, looked for in a query. */
const LONGEST_NAME = 8;
/** Shorter one-word names are not read through their word forms (too many words share a short root). */
const ROOT_FROM = 4;

/** A run of words as it is compared: index terms, common spellings folded, reduplication once ("kanak-kanak" → kanak). */
function wordKeys(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words.map(spellingVariant)) if (out.at(-1) !== w) out.push(w);
  return out;
}

/** A name as the matcher keys it: its words joined by a space, a final '*' kept for a stem ("scam*"). */
export function nameKey(name: string): string {
  const key = wordKeys(terms(name)).join(' ');
  return key && name.trimEnd().endsWith('*') ? `${key}*` : key;
}

/** The file the island reads queries by: every name of every subject, and the glossary. */
export function subjectsFile(subjects: readonly Subject[]): SubjectsFile {
  const named = new Map<string, Set<number>>();
  subjects.forEach((s, i) => {
    for (const name of [s.name, ...s.aliases]) {
      const key = nameKey(name);
      // One letter ("X") is too little to read as a name in a query.
      if (key.replace('*', '').length < 2) continue;
      let set = named.get(key);
      if (!set) named.set(key, (set = new Set()));
      set.add(i);
    }
  });
  const names = [...named.keys()].sort();
  return {
    subjects: subjects.map((s) => ({ facet: s.facet, value: s.id, label: s.name })),
    names,
    targets: names.map((n) => [...named.get(n)!].sort((a, b) => a - b)),
    equivalents: GLOSSARY.map((group) => group.map(nameKey)),
  };
}

export interface SubjectSpan {
  /** The query words the span covers: positions in the query's word sequence, end exclusive. */
  start: number;
  end: number;
  /** Subjects the words name (indices into the file's subjects). */
  subjects: number[];
  /** Other ways to say the same words, each as its index terms. */
  equivalents: string[][];
}

export class SubjectMatcher {
  private readonly exact = new Map<string, number[]>();
  private readonly stems: { words: string[]; stem: string; targets: number[] }[] = [];
  /** One-word names by their roots: "tipu" names what "penipuan" names. */
  private readonly byRoot = new Map<string, number[]>();
  private readonly equivalents = new Map<string, string[][]>();

  constructor(file: SubjectsFile) {
    file.names.forEach((name, i) => {
      const targets = file.targets[i]!;
      if (name.endsWith('*')) {
        const words = name.slice(0, -1).split(' ');
        this.stems.push({ words: words.slice(0, -1), stem: words.at(-1)!, targets });
        return;
      }
      this.exact.set(name, targets);
      if (!name.includes(' ') && name.length >= ROOT_FROM)
        for (const root of rootCandidates(name)) this.byRoot.set(root, union(this.byRoot.get(root), targets));
    });
    for (const group of file.equivalents)
      for (const key of group) this.equivalents.set(key, group.filter((k) => k !== key).map((k) => k.split(' ')));
  }

  /** Spans of `sequence` (the query's words in order): at each word the longest name that starts there. */
  match(sequence: readonly string[]): SubjectSpan[] {
    // Compared with reduplication folded, reported in the query's own positions.
    const keys: string[] = [];
    const from: number[] = [];
    sequence.forEach((w, i) => {
      const key = spellingVariant(w);
      if (keys.at(-1) === key) return;
      keys.push(key);
      from.push(i);
    });
    const spans: SubjectSpan[] = [];
    const at = (k: number) => (k < keys.length ? from[k]! : sequence.length);
    // Spans may overlap ("perlindungan data" and "data peribadi" both name privacy), so that every word a name
    // covers is read by it; a span inside a longer one adds nothing.
    let reach = 0;
    for (let i = 0; i < keys.length; i++) {
      const found = this.longestAt(keys, i);
      if (!found || i + found.length <= reach) continue;
      reach = i + found.length;
      spans.push({ start: from[i]!, end: at(reach), subjects: found.subjects, equivalents: found.equivalents });
    }
    return spans;
  }

  private longestAt(keys: readonly string[], i: number): { length: number; subjects: number[]; equivalents: string[][] } | null {
    for (let length = Math.min(LONGEST_NAME, keys.length - i); length >= 1; length--) {
      const run = keys.slice(i, i + length);
      const subjects = this.subjectsNamed(run);
      const equivalents = this.equivalents.get(run.join(' ')) ?? [];
      if (subjects.length > 0 || equivalents.length > 0) return { length, subjects, equivalents };
    }
    return null;
  }

  private subjectsNamed(run: readonly string[]): number[] {
    const key = run.join(' ');
    let found = this.exact.get(key) ?? [];
    for (const s of this.stems)
      if (s.words.length === run.length - 1 && s.words.every((w, k) => w === run[k]) && run.at(-1)!.startsWith(s.stem))
        found = union(found, s.targets);
    if (found.length > 0 || run.length > 1 || key.length < ROOT_FROM) return found;
    // One word that is a form of a one-word name: dilesenkan (lesen), ditipu (penipuan).
    for (const root of [key, ...rootCandidates(key)]) {
      found = union(found, this.byRoot.get(root));
      if (root !== key) found = union(found, this.exact.get(root));
    }
    return found;
  }
}

function union(a: readonly number[] | undefined, b: readonly number[] | undefined): number[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])].sort((x, y) => x - y);
}
