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

/** A taxonomy entry as the site reads it: its id, display name, and the entry's other plain fields (an actor's
 *  `kind` and `country`, a platform's `parent`) for the dataset's tables. */
export interface TaxonomyEntry {
  id: string;
  name: string;
  fields: Readonly<Record<string, unknown>>;
}

/** Accepts an array of `{ id, name }`, an object keyed by id, or either wrapped in `{ entries | items | <kind> }`;
 *  entries without a name are left out. */
export function parseTaxonomyEntries(raw: unknown): TaxonomyEntry[] {
  let list: unknown = raw;
  if (list && typeof list === 'object' && !Array.isArray(list)) {
    const record = list as Record<string, unknown>;
    const key = WRAPPER_KEYS.find((k) => Array.isArray(record[k]));
    if (key) list = record[key];
  }
  const pairs: [unknown, unknown][] = Array.isArray(list)
    ? list.map((entry) => [entry && typeof entry === 'object' ? (entry as Record<string, unknown>).id : null, entry])
    : list && typeof list === 'object'
      ? Object.entries(list)
      : [];
  const entries: TaxonomyEntry[] = [];
  for (const [id, entry] of pairs) {
    const name = entryName(entry);
    if (typeof id !== 'string' || !name) continue;
    entries.push({ id, name, fields: entry && typeof entry === 'object' ? (entry as Record<string, unknown>) : {} });
  }
  return entries;
}

export function parseTaxonomyNames(raw: unknown): Map<string, string> {
  return new Map(parseTaxonomyEntries(raw).map((e) => [e.id, e.name]));
}

export function displayName(names: TaxonomyNames, id: string): string {
  return names.get(id) ?? id;
}
