// Commitments and disputes highlighted where their evidence sentence stands in the text.
import { overlapsAny } from './spans.ts';

export type MarkKind = 'commitment' | 'dispute';

export interface Mark {
  kind: MarkKind;
  /** The sentence the tagger quoted as evidence. */
  evidence: string;
}

export interface Segment {
  text: string;
  mark: MarkKind | null;
}

/** Splits text into paragraphs (blank-line separated) and each paragraph into plain and marked segments.
 *  Each evidence is marked at its first occurrence; evidence not found verbatim, or overlapping an earlier mark, is
 *  left unmarked (it is still listed below the text). */
export function highlightParagraphs(text: string, marks: readonly Mark[]): Segment[][] {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const claimed = new Set<number>();
  return paragraphs.map((paragraph) => {
    const ranges: { start: number; end: number; kind: MarkKind }[] = [];
    marks.forEach((mark, i) => {
      const evidence = mark.evidence.trim();
      if (claimed.has(i) || evidence === '') return;
      const start = paragraph.indexOf(evidence);
      if (start < 0) return;
      const end = start + evidence.length;
      if (overlapsAny(ranges, start, end)) return;
      ranges.push({ start, end, kind: mark.kind });
      claimed.add(i);
    });
    ranges.sort((a, b) => a.start - b.start);
    const segments: Segment[] = [];
    let at = 0;
    for (const r of ranges) {
      if (r.start > at) segments.push({ text: paragraph.slice(at, r.start), mark: null });
      segments.push({ text: paragraph.slice(r.start, r.end), mark: r.kind });
      at = r.end;
    }
    if (at < paragraph.length) segments.push({ text: paragraph.slice(at), mark: null });
    return segments;
  });
}
