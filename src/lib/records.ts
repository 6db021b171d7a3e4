// The other records in data/: tag corrections, commitment outcomes, run reports and source health.
import { z } from 'astro/zod';
import { commitmentSchema, demandSchema, disputeSchema, httpUrl, isoDate, isoTime, quoteSchema, sha256 } from './schema.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const tagFields = z
  .object({
    platforms: z.array(id),
    actors: z.array(id),
    issues: z.array(id),
  })
  .partial()
  .strict();

export const CLAIM_KINDS = ['commitment', 'dispute', 'demand', 'quote'] as const;
export const CLAIM_REVIEWS = ['confirm', 'reject', 'fix', 'add'] as const;

const text = z.string().min(1);
/** The fields a review names a tagger's claim by: ids as they are, `what`, `evidence` (the sentence, for two claims
 *  alike but for where they were found) and a quote's `text` by their start, a quote's speaker by `person` id. */
const claimMatch = {
  commitment: z.object({ by: id, what: text, evidence: text }).partial().strict(),
  dispute: z.object({ from: id, against: id, over: id.nullable(), evidence: text }).partial().strict(),
  demand: z.object({ by: id, on: id, what: text, evidence: text }).partial().strict(),
  quote: z.object({ text, person: id }).partial().strict(),
};
/** A claim as an editor writes it: the tagger's fields without its confidence. */
export const editorClaim = {
  commitment: commitmentSchema.omit({ confidence: true }),
  dispute: disputeSchema.innerType().omit({ confidence: true }),
  demand: demandSchema.omit({ confidence: true }),
  quote: quoteSchema.omit({ confidence: true }),
};

const named = (m: object) => Object.keys(m).length > 0;
function claimReviewOf<K extends (typeof CLAIM_KINDS)[number], M extends z.AnyZodObject, C extends z.AnyZodObject>(kind: K, match: M, claim: C) {
  return z
    .object({
      kind: z.literal(kind),
      review: z.enum(CLAIM_REVIEWS),
      /** Which of the tagger's claims (confirm, reject, fix): it must name exactly one. */
      match: match.refine(named, 'name the claim by at least one field').optional(),
      /** fix: the fields to change, as they should read. */
      set: claim.partial().optional(),
      /** add: the whole claim the tagger missed. */
      claim: claim.optional(),
      note: text.optional(),
    })
    .strict();
}

/** An editor's verdict on one claim: confirm, reject (saying why) or fix one the tagger found, or add one it missed. */
export const claimReviewSchema = z
  .discriminatedUnion('kind', [
    claimReviewOf('commitment', claimMatch.commitment, editorClaim.commitment),
    claimReviewOf('dispute', claimMatch.dispute, editorClaim.dispute),
    claimReviewOf('demand', claimMatch.demand, editorClaim.demand),
    claimReviewOf('quote', claimMatch.quote, editorClaim.quote),
  ])
  .superRefine((r, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (r.review === 'add') {
      if (!r.claim) problem('claim', 'an added claim is written out whole in `claim`');
      if (r.match || r.set) problem(r.match ? 'match' : 'set', 'an added claim names no other claim and sets nothing');
    } else {
      if (!r.match) problem('match', `say which ${r.kind} is reviewed in \`match\``);
      if (r.claim) problem('claim', 'only an added claim is written out whole');
    }
    if (r.review === 'fix' && (!r.set || Object.keys(r.set).length === 0)) problem('set', 'a fix says in `set` what the claim should read');
    if (r.review !== 'fix' && r.set) problem('set', 'only a fix sets fields');
    if (r.review === 'reject' && !r.note) problem('note', 'say in `note` why the claim is rejected');
    if (r.kind === 'dispute' && r.claim && r.claim.from === r.claim.against) problem('claim', 'a dispute needs two different parties');
  });

/** A person's review of the tagger's output for one statement, kept apart so the tagger can still be measured. */
export const correctionSchema = z
  .object({
    statementId: z.string().regex(/^[0-9a-f]{16}$/),
    add: tagFields.default({}),
    remove: tagFields.default({}),
    relevant: z.boolean().optional(),
    /** Reviews of the claims (commitments, disputes, demands, quotes), one per claim. */
    claims: z.array(claimReviewSchema).default([]),
    note: z.string().min(1),
    reviewedOn: isoTime,
  })
  .strict();

/** What became of a commitment, shown by a later statement. */
export const outcomeSchema = z
  .object({
    statementId: z.string().regex(/^[0-9a-f]{16}$/),
    by: id,
    /** Matches the commitment's `what`, or a prefix of it. */
    what: z.string().min(1),
    status: z.enum(['fulfilled', 'broken', 'superseded']),
    evidenceStatementId: z.string().regex(/^[0-9a-f]{16}$/),
    note: z.string().min(1),
  })
  .strict();

export const SOURCE_RUN_STATUSES = ['ok', 'failed', 'blocked', 'empty', 'skipped'] as const;

export const sourceRunSchema = z.object({
  id,
  status: z.enum(SOURCE_RUN_STATUSES),
  new: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  removed: z.number().int().min(0),
  failed: z.number().int().min(0),
  durationMs: z.number().min(0),
  error: z.string().nullable(),
});

export const runReportSchema = z.object({
  startedAt: isoTime,
  finishedAt: isoTime,
  durationMs: z.number().min(0),
  sources: z.array(sourceRunSchema),
});

export const HEALTH_STATES = ['ok', 'failing', 'blocked', 'stale', 'empty'] as const;

/** A bounded history per source: one entry per change of state, so a quiet night changes no byte. */
export const healthSchema = z.record(
  id,
  z.object({
    state: z.enum(HEALTH_STATES),
    since: isoTime,
    lastSuccess: isoTime.nullable(),
    lastError: z.string().nullable(),
    consecutiveFailures: z.number().int().min(0),
    /** Days (YYYY-MM-DD) on which the source gave new statements, newest last: how often it usually publishes. */
    newItemDays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
    history: z.array(z.object({ state: z.enum(HEALTH_STATES), at: isoTime, reason: z.string().nullable() })),
  }),
);

/** A kept copy of pantau.sqlite (data/snapshots.json, newest last): written by the nightly run on a night when the
 *  data changed, so that a paper can cite the data as of that day and fetch the very file. */
export const snapshotSchema = z
  .object({
    date: isoDate,
    sha256,
    bytes: z.number().int().min(1),
    statements: z.number().int().min(0),
    url: httpUrl,
  })
  .strict();
export const snapshotsSchema = z.array(snapshotSchema);

export type Correction = z.infer<typeof correctionSchema>;
export type ClaimReview = z.infer<typeof claimReviewSchema>;
export type ClaimMatch<K extends (typeof CLAIM_KINDS)[number]> = z.infer<(typeof claimMatch)[K]>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type RunReport = z.infer<typeof runReportSchema>;
export type SourceRun = z.infer<typeof sourceRunSchema>;
export type Health = z.infer<typeof healthSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
