// A source declaration: data, not code. One JSON file per source in scrapers/sources/.
import { z } from 'astro/zod';
import { STATEMENT_KINDS, httpUrl, isoDate } from './schema.ts';

const selector = z.string().min(1);

export const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: z.string().min(1),
    /** The outlet shown on statements (e.g. "Malay Mail"). */
    outlet: z.string().min(1),
    kind: z.enum(STATEMENT_KINDS),
    jurisdiction: z.string().regex(/^[A-Z]{2}$/),
    /** The language the source usually writes in; each statement's own language is detected. */
    language: z.string().regex(/^[a-z]{2,3}$/),
    type: z.enum(['rss', 'listing']),
    url: httpUrl,
    enabled: z.boolean(),
    /** For listing pages: where the items are, and how to reach the next page. */
    listing: z
      .object({
        item: selector,
        link: selector,
        title: selector.optional(),
        date: selector.optional(),
        next: selector.optional(),
        maxPages: z.number().int().min(1).max(50).default(5),
      })
      .optional(),
    /** For article pages: selectors for the body and metadata; without them the generic extractor is used. */
    article: z
      .object({
        body: selector.optional(),
        title: selector.optional(),
        date: selector.optional(),
        remove: z.array(selector).default([]),
      })
      .optional(),
    /** Fetch each item's page for the full text: always, only when the feed carries a short summary, or never. */
    fetchArticle: z.enum(['always', 'when-short', 'never']).default('when-short'),
    /** Until the tagger judges relevance, a general feed keeps only items matching one of these (case-insensitive). */
    keywords: z.object({ include: z.array(z.string().min(1)), exclude: z.array(z.string().min(1)).default([]) }).optional(),
    /** A page that lacks this text is a block or challenge page, not the source. */
    expect: z.object({ contains: z.string().min(1) }).optional(),
    /** How far this declaration was verified, since the real sites cannot be reached from the development machines. */
    checked: z.object({ on: isoDate, against: z.string().min(1), status: z.string().min(1) }),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.type === 'listing' && !s.listing)
      ctx.addIssue({ code: 'custom', path: ['listing'], message: 'a listing source needs listing selectors' });
  });

export type Source = z.infer<typeof sourceSchema>;
