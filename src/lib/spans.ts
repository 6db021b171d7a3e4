// Character spans in a text: the tagger's mentions and the site's highlighted evidence share one overlap test.

export interface Span {
  start: number;
  end: number;
}

/** Does any of the spans overlap `start`–`end` (end exclusive)? */
export const overlapsAny = (spans: readonly Span[], start: number, end: number) => spans.some((s) => start < s.end && s.start < end);
