// Display names for taxonomy ids. The taxonomy files are written by the tagger's side; read them tolerantly and fall
// back to the id itself, so that a missing or renamed name never breaks the site.

export type TaxonomyNames = ReadonlyMap<string, string>;

function entryName(entry: unknown): string | null {
  if (typeof entry === 'string') return entry;
  if (!entry || typeof entry !== 'object') return null;
  const e = entry as Record<string, unknown>;
  for (const key of ['name', 'displayName', 'label', 'title']) if (typeof e[key] === 'string' && e[key]) return e[key];
  return null;
}

const WRAPPER_KEYS = ['entries', 'items', 'platforms', 'actors', 'issues'];

/** Accepts an array of `{ id, name }`, an object keyed by id, or either wrapped in `{ entries | items | <kind> }`. */
export function parseTaxonomyNames(raw: unknown): Map<string, string> {
  const names = new Map<string, string>();
  for (const { id, entry } of taxonomyEntries(raw)) {
    const name = entryName(entry);
    if (name) names.set(id, name);
  }
  return names;
}

/** Each entry of a taxonomy file in any of the shapes above, with its id. */
export function taxonomyEntries(raw: unknown): { id: string; entry: unknown }[] {
  let list: unknown = raw;
  if (list && typeof list === 'object' && !Array.isArray(list)) {
    const record = list as Record<string, unknown>;
    const key = WRAPPER_KEYS.find((k) => Array.isArray(record[k]));
    if (key) list = record[key];
  }
  if (Array.isArray(list)) {
    return list.flatMap((entry) => {
      const id = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).id : null;
      return typeof id === 'string' ? [{ id, entry }] : [];
    });
  }
  if (list && typeof list === 'object') return Object.entries(list).map(([id, entry]) => ({ id, entry }));
  return [];
}

export function displayName(names: TaxonomyNames, id: string): string {
  return names.get(id) ?? id;
}

/** A taxonomy entry as the dataset reads it: its id, display name, and the entry's other plain fields (an actor's
 *  `kind` and `country`, a platform's `parent`). Entries without a name are left out, as in the names. */
export interface TaxonomyEntry {
  id: string;
  name: string;
  fields: Readonly<Record<string, unknown>>;
}

export function parseTaxonomyEntries(raw: unknown): TaxonomyEntry[] {
  return taxonomyEntries(raw).flatMap(({ id, entry }) => {
    const name = entryName(entry);
    return name ? [{ id, name, fields: entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {} }] : [];
  });
}
