// How far two labellers agree: a second writer's labels (tests/tagger/claims/agreement.jsonl) for development
// statements the first writer labelled, given blind (only GUIDE.md's label rules and the ids), scored against the
// first writer's as the tagger is. No tagger can be expected to agree with one writer more than another writer does.
import { z } from 'astro/zod';
import { personId } from '../../src/lib/person-id.ts';
import type { Speaker, Tags } from '../../src/lib/schema.ts';
import { readJsonl } from './evaluate.ts';
import { claimsExpectedSchema, isBodyId, type ClaimsLabelled } from './evaluate-claims.ts';
import type { Taxonomy } from './taxonomy.ts';

export const AGREEMENT_PATH = 'tests/tagger/claims/agreement.jsonl';

const secondLabelsSchema = z.object({ id: z.string().min(1), expected: claimsExpectedSchema });
export type SecondLabels = z.infer<typeof secondLabelsSchema>;
export const readSecondLabels = (path = AGREEMENT_PATH) => readJsonl(path, secondLabelsSchema);

/** A speaker as a label gives one (a body's id, a person's name, or null) in the tagger's form. */
function labelledSpeaker(speaker: string | null, taxonomy: Taxonomy): Speaker | null {
  if (speaker === null) return null;
  if (isBodyId(speaker, taxonomy)) return { name: speaker, person: null, org: speaker };
  return { name: speaker, person: personId(speaker), org: null };
}

/** A writer's labels as the tagger's findings, so that they are scored against another writer's as the tagger is.
 *  Every claim is as sure as a confirmed one: a writer's label has no confidence below certain. */
export function labelsAsTags(expected: ClaimsLabelled['expected'], taxonomy: Taxonomy): Tags {
  const sure = { speaker: null, confidence: 1 } as const;
  const evidence = 'labelled by a writer';
  return {
    relevant: expected.relevant,
    relevance: expected.relevant ? 1 : 0,
    reason: evidence,
    platforms: expected.platforms,
    actors: expected.actors,
    issues: expected.issues,
    people: [],
    quotes: expected.quotes.map((q) => ({ text: q.text, speaker: labelledSpeaker(q.speaker, taxonomy), confidence: 1 })),
    commitments: expected.commitments.map((c) => ({ by: c.by, what: c.what, due: c.due, evidence, ...sure })),
    disputes: expected.disputes.map((d) => ({ from: d.from, against: d.against, over: d.over, evidence, ...sure })),
    demands: expected.demands.map((d) => ({ by: d.by, on: d.on, what: d.what, evidence, ...sure })),
  };
}

/** The first writer's statements that a second writer labelled, each with the second writer's labels; an id that no
 *  development half holds is an error (the held-out halves are never relabelled). */
export function pairLabels(development: readonly ClaimsLabelled[], second: readonly SecondLabels[]): { item: ClaimsLabelled; second: SecondLabels }[] {
  const byId = new Map(development.map((item) => [item.id, item]));
  return second.map((s) => {
    const item = byId.get(s.id);
    if (!item) throw new Error(`${AGREEMENT_PATH}: ${s.id} is in no development half`);
    return { item, second: s };
  });
}
