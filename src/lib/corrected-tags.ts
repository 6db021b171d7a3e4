// The tags the site shows: the tagger's output with a person's correction applied on top.
import type { Tags } from './schema.ts';
import type { Correction } from './records.ts';

const FIELDS = ['platforms', 'actors', 'issues'] as const;

const EMPTY_TAGS: Tags = {
  relevant: false,
  relevance: 0,
  reason: '',
  platforms: [],
  actors: [],
  issues: [],
  people: [],
  quotes: [],
  commitments: [],
  disputes: [],
  demands: [],
};

/** Removes, then adds (each id once, the tagger's order kept); `relevant` is overridden when the reviewer set it. */
export function applyCorrection(tags: Tags | null, correction: Correction | undefined): Tags | null {
  if (!correction) return tags;
  const base = tags ?? EMPTY_TAGS;
  const next: Tags = { ...base };
  for (const field of FIELDS) {
    const removed = new Set(correction.remove[field] ?? []);
    const kept = base[field].filter((id) => !removed.has(id));
    next[field] = [...new Set([...kept, ...(correction.add[field] ?? [])])];
  }
  if (correction.relevant !== undefined) next.relevant = correction.relevant;
  return next;
}
