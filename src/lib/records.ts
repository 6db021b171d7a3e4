// The other records in data/: tag corrections, commitment outcomes, run reports and source health.
import { z } from 'astro/zod';
import { httpUrl, isoDate, isoTime, sha256 } from './schema.ts';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const tagFields = z
  .object({
    platforms: z.array(id),
    actors: z.array(id),
    issues: z.array(id),
  })
  .partial()
  .strict();

/** A person's review of the tagger's output for one statement, kept apart so the tagger can still be measured. */
export const correctionSchema = z
  .object({
    statementId: z.string().regex(/^[0-9a-f]{16}$/),
    add: tagFields.default({}),
    remove: tagFields.default({}),
    relevant: z.boolean().optional(),
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
export type Outcome = z.infer<typeof outcomeSchema>;
export type RunReport = z.infer<typeof runReportSchema>;
export type SourceRun = z.infer<typeof sourceRunSchema>;
export type Health = z.infer<typeof healthSchema>;
export type Snapshot = z.infer<typeof snapshotSchema>;
