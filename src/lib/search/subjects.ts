// What search knows of the taxonomy: each platform, actor and issue with its names in English and Malay, and the
// people the search box suggests. Read at build time; the index carries what the island needs of it.
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { loadTaxonomy, type Taxonomy } from '../../../scrapers/tag/taxonomy.ts';

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
  name: string;
  /** What the person is, shown beside the name: "Communications Minister, Ministry of Communications…". */
  office: string;
}

export interface SearchVocabulary {
  subjects: Subject[];
  people: Person[];
}

export function subjectsOf(taxonomy: Taxonomy): Subject[] {
  const subjects: Subject[] = [];
  for (const e of taxonomy.platformEntries.values())
    subjects.push({ facet: 'platform', id: e.id, name: e.name, aliases: [...e.aliases.en, ...e.aliases.ms, ...e.caseSensitive] });
  for (const e of taxonomy.actorEntries.values())
    subjects.push({
      facet: 'actor',
      id: e.id,
      name: e.name,
      aliases: [...e.aliases.en, ...e.aliases.ms, ...e.caseSensitive, ...e.contextAliases.en, ...e.contextAliases.ms],
    });
  for (const e of taxonomy.issueEntries.values())
    subjects.push({ facet: 'issue', id: e.id, name: e.name, aliases: [...e.aliases.en, ...e.aliases.ms, ...e.caseSensitive] });
  return subjects;
}

/**
 * The people the search box suggests. Today the office holders the actors list; the one place to switch when the
 * taxonomy gains a people list of its own.
 */
export function peopleOf(taxonomy: Taxonomy): Person[] {
  const people = new Map<string, Person>();
  for (const e of taxonomy.actorEntries.values())
    for (const p of e.people) if (!people.has(p.name)) people.set(p.name, { name: p.name, office: p.office });
  return [...people.values()];
}

/** The taxonomy in `dataDir`, or nothing when the folder has none (a fixture site, a fresh data folder). */
export async function loadSearchVocabulary(dataDir: string): Promise<SearchVocabulary> {
  const dir = join(dataDir, 'taxonomy');
  const present = await access(dir).then(
    () => true,
    () => false,
  );
  if (!present) return { subjects: [], people: [] };
  const taxonomy = await loadTaxonomy(dir);
  return { subjects: subjectsOf(taxonomy), people: peopleOf(taxonomy) };
}
