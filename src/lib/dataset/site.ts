// The site's pantau.sqlite: made once per build from the records the site shows, when /data/ first asks for it.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.ts';
import { peopleFileSchema, type PersonEntry } from '../people.ts';
import { loadSiteData, kindOf, type SiteData } from '../data.ts';
import { statementPath } from '../site-url.ts';
import { offerDataset } from '../../../integrations/dataset-file.ts';
import type { DatasetInput } from './rows.ts';
import { writeDataset, type DatasetFile } from './write.ts';

/** The office-holder map, validated; none when the file is missing. */
async function readPeopleMap(): Promise<PersonEntry[]> {
  const file = join(DATA_DIR, 'taxonomy', 'people.json');
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : Promise.reject(e)));
  if (text === null) return [];
  const parsed = peopleFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]!.path.join('.')}: ${parsed.error.issues[0]!.message}`);
  return parsed.data.entries;
}

export function datasetInput(data: SiteData, people: PersonEntry[], site: URL | undefined): DatasetInput {
  const listed = new Set(data.statements.map((s) => s.id));
  return {
    statements: data.all,
    stored: data.stored,
    isListed: (s) => listed.has(s.id),
    storyOrigin: (id) => data.stories.get(id)?.originId ?? null,
    corrections: data.corrections,
    outcomes: data.outcomes,
    sources: data.sources,
    taxonomy: data.taxonomy,
    people,
    partyKind: (id) => kindOf(data, id),
    permalink: (id) => new URL(statementPath(id), site ?? 'http://localhost/').href,
  };
}

let made: Promise<DatasetFile> | undefined;

/** The database of this build, written to a temporary file that the build moves to /data/pantau.sqlite. */
export function siteDataset(site: URL | undefined): Promise<DatasetFile> {
  made ??= Promise.all([loadSiteData(), readPeopleMap()]).then(([data, people]) =>
    writeDataset(join(tmpdir(), `pantau-${process.pid}-${Date.now()}.sqlite`), datasetInput(data, people, site)),
  );
  offerDataset(made);
  return made;
}
