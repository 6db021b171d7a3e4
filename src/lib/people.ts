// The office-holder map (data/taxonomy/people.json): who held which office for which body, and when. Read by the
// tagger (a named office holder speaks for their body), the validator and the site (person pages, "minister at the
// time"). Dates are only ever what a public page gave: a day, a month or a year, or null when none was found.
import { z } from 'astro/zod';
import { httpUrl } from './schema.ts';
import { personId } from './person-id.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case id with hyphens');

/** A date to the precision the source gave it: YYYY-MM-DD, YYYY-MM or YYYY. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY-MM-DD, YYYY-MM or YYYY')
  .refine((s) => s.length < 10 || new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'a real date');

export const officeSchema = z
  .object({
    /** The taxonomy id (actor or platform) of the body the office speaks for. */
    org: slug,
    title: z.string().min(1),
    titleMs: z.string().min(1),
    /** When the office began, as precise as `source` gives it; null when no public page was found that gives it. */
    from: partialDate.nullable(),
    /** When it ended; null while it lasts, or when no end was found (the file's $comment says which). */
    to: partialDate.nullable(),
    /** The public page that gives the office (and its dates, when it has them). */
    source: httpUrl,
  })
  .strict()
  .refine((o) => o.from === null || o.to === null || o.from <= o.to, 'from is after to');

export const personEntrySchema = z
  .object({
    id: slug,
    name: z.string().min(1),
    /** Other spellings the reports use for the same person, full names only ("Azalina Othman"). */
    aliases: z.array(z.string().min(1)),
    offices: z.array(officeSchema).min(1),
  })
  .strict()
  .refine((p) => p.id === personId(p.name), (p) => ({ path: ['id'], message: `id must be ${personId(p.name)} (personId of the name)` }));

export const peopleFileSchema = z
  .object({ $comment: z.string().optional(), entries: z.array(personEntrySchema) })
  .strict()
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.entries.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `id ${p.id} appears twice` });
      seen.add(p.id);
    });
  });

export type Office = z.infer<typeof officeSchema>;
export type PersonEntry = z.infer<typeof personEntrySchema>;
export type PeopleFile = z.infer<typeof peopleFileSchema>;

/** Whether `day` (YYYY-MM-DD) falls within the office, comparing at the precision each bound was given. */
function within(office: Office, day: string): boolean {
  const from = office.from;
  const to = office.to;
  return (from === null || day.slice(0, from.length) >= from) && (to === null || day.slice(0, to.length) <= to);
}

/** The offices a person held on `day`, as far as the dates say: only offices whose start is known. */
export function officesOn(person: PersonEntry, day: string): Office[] {
  return person.offices.filter((o) => o.from !== null && within(o, day));
}

/** The office that makes the person speak for a body today (their latest-starting one; undated offices last). */
export function latestOffice(person: PersonEntry): Office {
  return [...person.offices].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0]!;
}
