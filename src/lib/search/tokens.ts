// Tokenising for the search index and its queries: one module, imported by the build and by the island, so that a
// statement and a query are always cut the same way.

export interface Token {
  /** The normalised term: lower case, Latin diacritics folded. */
  term: string;
  /** Offsets in the original text, for highlighting. */
  start: number;
  end: number;
}

// Unicode letters and digits (not ASCII \w): Malay, English and every other script. Marks stay inside a word so that
// Tamil or Devanagari words are not cut apart. Han, kana and Hangul syllables are written without spaces, so each
// character is its own token; phrases ("...") then find words made of several characters.
const WORD = /[\p{L}\p{N}_][\p{L}\p{M}\p{N}_]*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
const LATIN_WITH_MARKS = /^[\p{Script=Latin}\p{M}\p{N}_]+$/u;
const MARKS = /\p{M}/gu;
/** Longer runs are not words (hashes, base64, URLs glued together) and only bloat the dictionary. */
export const MAX_TERM_LENGTH = 40;

const NON_ASCII = /[^\u0000-\u007f]/;

export function normaliseTerm(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: skip the Unicode work for them (it dominates the index build otherwise).
  if (!NON_ASCII.test(lower)) return lower;
  // "négociation" and "negociation" are the same word to a reader; folding is safe for Latin script only.
  return LATIN_WITH_MARKS.test(lower) ? lower.normalize('NFD').replace(MARKS, '').normalize('NFC') : lower.normalize('NFC');
}

/** Calls `visit` with each word's normalised term and its offsets in `text`. */
function eachTerm(text: string, visit: (term: string, start: number, end: number) => void): void {
  const take = (word: string, start: number) => {
    if (word.length > MAX_TERM_LENGTH) return;
    const term = normaliseTerm(word);
    if (term) visit(term, start, start + word.length);
  };
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const at = match.index ?? 0;
    if (NON_ASCII.test(word) && CJK.test(word)) {
      for (const piece of word.matchAll(CJK_RUN)) take(piece[0], at + (piece.index ?? 0));
    } else {
      take(word, at);
    }
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  eachTerm(text, (term, start, end) => tokens.push({ term, start, end }));
  return tokens;
}

/** The terms alone, without offsets: what the index build needs, with no object per word. */
export function terms(text: string): string[] {
  const out: string[] = [];
  eachTerm(text, (term) => out.push(term));
  return out;
}

/** The dictionary shard a term lives in: its first two code points (one for a one-letter term). */
export function termPrefix(term: string): string {
  const points = Array.from(term);
  return points.slice(0, 2).join('');
}
