// What search knows of the taxonomy: each platform, actor and issue with its names in English and Malay, and the
// people the search box suggests. Read at build time, as tolerantly as the display names (taxonomy-names.ts): a
// taxonomy in another shape, or none, gives fewer subjects, never a failed build.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { latestOffice, personEntrySchema } from '../people.ts';
import { displayName, parseTaxonomyNames, taxonomyEntries } from '../taxonomy-names.ts';

/** The facets a subject filters by; a person has no facet (see suggest.ts). */
export type SubjectFacet = 'platform' | 'actor' | 'issue';

export interface Subject {
  facet: SubjectFacet;
  id: string;
  name: string;
  /** Every name a reader may type for it, English and Malay: aliases, short names, names only used in context. */
  aliases: string[];
}

export interface Person {
  /** The person's id in the office-holder map: the value of the speaker facet. */
  id: string;
  name: string;
  /** What the person is, shown beside the name: their latest office. */
  office: string;
  /** Other spellings of the name, and the titles of their offices in English and Malay. */
  aliases: string[];
}

export interface SearchVocabulary {
  subjects: Subject[];
  people: Person[];
}

const FILES: [SubjectFacet, string][] = [
  ['platform', 'platforms'],
  ['actor', 'actors'],
  ['issue', 'issues'],
];

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : []);
const field = (entry: unknown, key: string): unknown => (entry && typeof entry === 'object' ? (entry as Record<string, unknown>)[key] : undefined);
/** An `{ en, ms }` list of names, or a plain list. */
const nameLists = (value: unknown): string[] => (Array.isArray(value) ? strings(value) : [...strings(field(value, 'en')), ...strings(field(value, 'ms'))]);

/** The subjects of one taxonomy file as parsed JSON (platforms.json, actors.json or issues.json). */
export function subjectsIn(facet: SubjectFacet, raw: unknown): Subject[] {
  const names = parseTaxonomyNames(raw);
  return taxonomyEntries(raw).map(({ id, entry }) => ({
    facet,
    id,
    name: displayName(names, id),
    aliases: [...nameLists(field(entry, 'aliases')), ...strings(field(entry, 'caseSensitive')), ...nameLists(field(entry, 'contextAliases'))],
  }));
}

/** The people the search box suggests, from the office-holder map (people.json): names, spellings and titles. */
export function peopleIn(peopleRaw: unknown): Person[] {
  const people: Person[] = [];
  for (const { entry } of taxonomyEntries(peopleRaw)) {
    const parsed = personEntrySchema.safeParse(entry);
    if (!parsed.success) continue;
    const person = parsed.data;
    const titles = person.offices.flatMap((o) => [o.title, o.titleMs]);
    people.push({ id: person.id, name: person.name, office: latestOffice(person).title, aliases: [...person.aliases, ...titles] });
  }
  return people;
}

async function readTaxonomyFile(dir: string, name: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(join(dir, `${name}.json`), 'utf8'));
  } catch {
    return null;
  }
}

/** The taxonomy in `dataDir`: what search reads queries by and suggests. */
export async function loadSearchVocabulary(dataDir: string): Promise<SearchVocabulary> {
  const dir = join(dataDir, 'taxonomy');
  const raw = new Map(await Promise.all(FILES.map(async ([facet, name]) => [facet, await readTaxonomyFile(dir, name)] as const)));
  return {
    subjects: FILES.flatMap(([facet]) => subjectsIn(facet, raw.get(facet))),
    people: peopleIn(await readTaxonomyFile(dir, 'people')),
  };
}
