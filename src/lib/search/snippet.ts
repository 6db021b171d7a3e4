// Highlighted snippets as plain segments: the island renders each segment as text (marked ones inside <mark>), so
// nothing from the data is ever parsed as HTML.
import { tokenize } from './tokens.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** The whole text, with every word that is one of `terms` marked. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  return markRange(text, 0, text.length, new Set(terms));
}

/**
 * About `length` characters around the first place the most query words meet, cut at word edges, with an ellipsis
 * where text was left out.
 */
export function snippet(text: string, terms: readonly string[], length = 220): Segment[] {
  const wanted = new Set(terms);
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const hitIndexes = tokens.flatMap((t, i) => (wanted.has(t.term) ? [i] : []));
  // The window starting at the hit that sees the most distinct query words within `length` characters.
  let start = 0;
  let best = -1;
  for (const i of hitIndexes) {
    const seen = new Set<string>();
    for (const j of hitIndexes) {
      if (j >= i && tokens[j]!.end - tokens[i]!.start <= length) seen.add(tokens[j]!.term);
    }
    if (seen.size > best) {
      best = seen.size;
      start = tokens[i]!.start;
    }
  }
  // Lead in with a little context before the first hit.
  const lead = Math.min(40, start);
  let from = start - lead;
  if (from > 0) {
    const firstWord = tokens.find((t) => t.start >= from);
    from = firstWord ? firstWord.start : start;
  }
  let to = Math.min(text.length, from + length);
  if (to < text.length) {
    const lastWhole = [...tokens].reverse().find((t) => t.end <= to);
    to = lastWhole && lastWhole.end > from ? lastWhole.end : to;
  }
  const segments = markRange(text, from, to, wanted);
  if (from > 0) segments.unshift({ text: '… ', mark: false });
  if (to < text.length) segments.push({ text: ' …', mark: false });
  return segments;
}

function markRange(text: string, from: number, to: number, wanted: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let at = from;
  const push = (end: number, mark: boolean) => {
    if (end <= at) return;
    const piece = text.slice(at, end).replace(/\s+/g, ' ');
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += piece;
    else segments.push({ text: piece, mark });
    at = end;
  };
  for (const token of tokenize(text.slice(from, to))) {
    if (!wanted.has(token.term)) continue;
    push(from + token.start, false);
    push(from + token.end, true);
  }
  push(to, false);
  return segments;
}
