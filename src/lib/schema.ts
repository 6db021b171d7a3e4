// The one statement schema: imported by the scrapers, the tagger, the validator and the site's content collection.
// `astro/zod` is zod itself, so this module runs under plain Node (tsx) as well as inside Astro.
import { z } from 'astro/zod';

export const STATEMENT_KINDS = ['ministry', 'regulator', 'news', 'platform'] as const;
/** scraped: the text is the source's own. curated: written by Pantau's editors, carrying only our summary. */
export const ORIGINS = ['scraped', 'curated'] as const;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case id with hyphens');
/** ISO 8601 with an explicit offset (Z or ±hh:mm): a time without a zone cannot be cited. */
export const isoTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/, 'ISO 8601 time with offset')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'a real time');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'a real date');
/** Only http(s): anything else (javascript:, data:) is never stored, so it can never become a link. */
export const httpUrl = z
  .string()
  .url()
  .refine((s) => /^https?:\/\//i.test(s), 'an http(s) address');
export const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 hex');

/** How sure the tagger is of a claim, from 0 to 1: the site shows confirmed and high-confidence claims by default. */
const confidence = z.number().min(0).max(1);

/** Who said something: a person named in the statement, with the body they spoke for, or a body when the statement
 *  names no person (a spokesperson, a press release). */
export const speakerSchema = z
  .object({
    /** As the statement names them, without honorifics: "Fahmi Fadzil", or the body's name. */
    name: z.string().min(1),
    /** The person's id (their page on the site); null when the speaker is a body. */
    person: slug.nullable(),
    /** The taxonomy id of the body the speaker spoke for, when known. */
    org: slug.nullable(),
  })
  .strict();

/** What every claim carries: the sentence it was found in (the source's words), who said it, and how sure we are. */
const claimFields = {
  evidence: z.string().min(1),
  speaker: speakerSchema.nullable(),
  confidence,
};

/** A party's promise about its own future conduct; `by` is the party that will act, not the one reporting it. */
export const commitmentSchema = z
  .object({ by: slug, what: z.string().min(1), due: isoDate.nullable(), ...claimFields })
  .strict();

/** Two parties in opposition: `from` acts or complains (warns, fines, sues, refuses), `against` is its target. */
export const disputeSchema = z
  .object({ from: slug, against: slug, over: slug.nullable(), ...claimFields })
  .strict()
  .refine((d) => d.from !== d.against, 'a dispute needs two different parties');

/** One party's demand, order or request of another: a claim of its own kind, not the other party's promise. */
export const demandSchema = z
  .object({ by: slug, on: slug, what: z.string().min(1), ...claimFields })
  .strict();

/** A direct quotation: `text` is verbatim from the statement's text, `speaker` who the statement says spoke it. */
export const quoteSchema = z.object({ text: z.string().min(1), speaker: speakerSchema.nullable(), confidence }).strict();

/** A person named in the statement: `id` is their page, `org` the body the role names, when known. */
export const personSchema = z
  .object({ id: slug, name: z.string().min(1), role: z.string().nullable(), org: slug.nullable() })
  .strict();

/** What the tagger found; filled after scraping, null until then. */
export const tagsSchema = z.object({
  relevant: z.boolean(),
  relevance: z.number().min(0).max(1),
  reason: z.string(),
  platforms: z.array(slug),
  actors: z.array(slug),
  issues: z.array(slug),
  people: z.array(personSchema),
  quotes: z.array(quoteSchema),
  commitments: z.array(commitmentSchema),
  disputes: z.array(disputeSchema),
  demands: z.array(demandSchema),
});

/** An earlier text of the statement, kept when the source edited it. */
export const versionSchema = z.object({
  title: z.string(),
  text: z.string(),
  contentHash: sha256,
  firstSeen: isoTime,
  lastSeen: isoTime,
});

export const summarySchema = z.object({
  author: z.literal('Pantau'),
  text: z.string().min(1),
  /** The summary's language when it is not the statement's (an English summary of a Malay page). */
  language: z.string().regex(/^[a-z]{2,3}$/, 'ISO 639-1 code such as en or ms').optional(),
});

export const statementSchema = z
  .object({
    id: z.string().regex(/^[0-9a-f]{16}$/, 'the first 16 hex digits of sha256(canonicalUrl)'),
    origin: z.enum(ORIGINS),
    url: httpUrl,
    canonicalUrl: httpUrl,
    sourceId: slug,
    outlet: z.string().min(1),
    kind: z.enum(STATEMENT_KINDS),
    jurisdiction: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2, or EU'),
    language: z.string().regex(/^[a-z]{2,3}$/, 'ISO 639-1 code such as en or ms'),
    title: z.string().min(1),
    /** Who wrote the title: the source (its headline), or Pantau (a description, when the source's headline is unknown). */
    titleBy: z.enum(['source', 'pantau']).default('source'),
    /** When the source says it published; null when it does not say. */
    published: isoTime.nullable(),
    /** How much of `published` the source gave: a full time, or only a day. */
    publishedPrecision: z.enum(['time', 'day']).nullable(),
    firstSeen: isoTime,
    lastSeen: isoTime,
    /** Named speakers as the source or curator gives them. */
    speakers: z.array(z.string().min(1)),
    /** The text exactly as the source published it; empty for a curated record, which holds only our summary. */
    text: z.string(),
    contentHash: sha256.nullable(),
    /** sha256 of the fetched page, kept apart from the text so a re-extraction is not mistaken for an edit. */
    snapshotHash: sha256.nullable(),
    /** Earlier texts, oldest first. */
    history: z.array(versionSchema),
    /** When a run found the page gone (404/410); the statement is kept. */
    removedAt: isoTime.nullable(),
    summary: summarySchema.nullable(),
    tags: tagsSchema.nullable(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.origin === 'scraped' && s.titleBy !== 'source')
      ctx.addIssue({ code: 'custom', path: ['titleBy'], message: 'a scraped statement carries its source\'s title' });
    if (s.origin === 'curated') {
      if (!s.summary) ctx.addIssue({ code: 'custom', path: ['summary'], message: 'a curated record needs our summary' });
      if (s.text !== '') ctx.addIssue({ code: 'custom', path: ['text'], message: 'a curated record holds no source text' });
    } else {
      if (s.text.trim() === '') ctx.addIssue({ code: 'custom', path: ['text'], message: 'a scraped statement needs its text' });
      if (!s.contentHash) ctx.addIssue({ code: 'custom', path: ['contentHash'], message: 'a scraped statement needs its hash' });
    }
    if (s.published && s.publishedPrecision === null)
      ctx.addIssue({ code: 'custom', path: ['publishedPrecision'], message: 'say how precise `published` is' });
  });

export type Statement = z.infer<typeof statementSchema>;
export type Tags = z.infer<typeof tagsSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
export type Demand = z.infer<typeof demandSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type Person = z.infer<typeof personSchema>;
export type Version = z.infer<typeof versionSchema>;

/** The key order of a statement file, so that git diffs stay small and runs stay byte-identical. */
export const STATEMENT_KEYS = Object.keys(statementSchema.innerType().shape) as (keyof Statement)[];
