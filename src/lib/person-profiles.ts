// What a person page shows: the office-holder entry, the quotes and claims the person is the speaker of, and the
// statements naming them, gathered for every person in one pass over the statements (so that a page per person
// adds no cost per statement).
import type { Statement } from './schema.ts';
import type { PersonEntry } from './people.ts';
import type { ReviewedClaim, StatementClaims } from './reviewed-claims.ts';
import { personId } from './person-id.ts';

export interface PersonClaim<K extends 'quote' | 'commitment' | 'dispute' | 'demand' = 'quote' | 'commitment' | 'dispute' | 'demand'> {
  statement: Statement;
  reviewed: ReviewedClaim<K>;
}

export interface PersonProfile {
  id: string;
  name: string;
  /** The office-holder map's entry, when the person is in it. */
  entry: PersonEntry | null;
  /** A role the statements gave, for a person not in the map. */
  role: string | null;
  quotes: PersonClaim<'quote'>[];
  /** Commitments, disputes and demands the person is reported as the speaker of. */
  claims: PersonClaim<'commitment' | 'dispute' | 'demand'>[];
  /** Every statement that names the person or carries their words, newest first as given. */
  statements: Statement[];
}

/** The id of a person's page from the id of any spelling of their name the map knows ("azalina-othman"). */
export function canonicalPersonId(people: readonly PersonEntry[]): (id: string) => string {
  const byName = new Map<string, string>();
  for (const entry of people) for (const name of [entry.name, ...entry.aliases]) byName.set(personId(name), entry.id);
  return (id) => byName.get(id) ?? id;
}

/** The people a statement is by or about, by page id: the speakers of its quotes and claims, and the people of the
 *  office-holder map it names (among its speakers or the people the tagger found with a role). Used for the person
 *  pages' statements and for the search's speaker filter, so that both agree. */
export function statementPersonIds(s: Statement, canonical: (id: string) => string, known: (id: string) => boolean): Set<string> {
  const ids = new Set<string>();
  const t = s.tags;
  if (t) {
    for (const claim of [...t.quotes, ...t.commitments, ...t.disputes, ...t.demands])
      if (claim.speaker?.person) ids.add(canonical(claim.speaker.person));
    for (const p of t.people) if (known(canonical(p.id))) ids.add(canonical(p.id));
  }
  for (const name of s.speakers) if (known(canonical(personId(name)))) ids.add(canonical(personId(name)));
  return ids;
}

/** Profiles for everyone in the map and everyone who speaks a claim in `statements` (newest first), in that order. */
export function personProfiles(
  statements: readonly Statement[],
  claimsOf: (s: Statement) => StatementClaims,
  people: readonly PersonEntry[],
): Map<string, PersonProfile> {
  const profiles = new Map<string, PersonProfile>();
  for (const entry of people)
    profiles.set(entry.id, { id: entry.id, name: entry.name, entry, role: null, quotes: [], claims: [], statements: [] });
  const canonical = canonicalPersonId(people);
  const profile = (id: string, name: string) => {
    const known = profiles.get(id);
    if (known) return known;
    const created: PersonProfile = { id, name, entry: null, role: null, quotes: [], claims: [], statements: [] };
    profiles.set(id, created);
    return created;
  };
  // Statements by or about each person, kept for everyone: a person may turn out to speak a claim in an older one.
  const namedIn = new Map<string, Statement[]>();
  const roles = new Map<string, string>();
  const inMap = new Set(people.map((p) => p.id));
  for (const s of statements) {
    const claims = claimsOf(s);
    const speak = (reviewed: ReviewedClaim, push: (p: PersonProfile) => void) => {
      const speaker = reviewed.claim.speaker;
      if (speaker?.person && reviewed.state !== 'rejected') push(profile(canonical(speaker.person), speaker.name));
    };
    for (const reviewed of claims.quotes) speak(reviewed, (p) => p.quotes.push({ statement: s, reviewed }));
    for (const reviewed of [...claims.commitments, ...claims.disputes, ...claims.demands])
      speak(reviewed, (p) => p.claims.push({ statement: s, reviewed }));
    for (const p of s.tags?.people ?? []) if (p.role && !roles.has(canonical(p.id))) roles.set(canonical(p.id), p.role);
    for (const id of statementPersonIds(s, canonical, (id) => inMap.has(id))) {
      const list = namedIn.get(id);
      if (list) list.push(s);
      else namedIn.set(id, [s]);
    }
  }
  for (const p of profiles.values()) {
    p.statements = namedIn.get(p.id) ?? [];
    if (!p.entry) p.role = roles.get(p.id) ?? null;
  }
  return profiles;
}
