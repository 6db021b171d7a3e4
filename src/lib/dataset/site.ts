// The site's pantau.sqlite: made once per build from the records the site shows, when /data/ first asks for it.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSiteData, kindOf, type SiteData } from '../data.ts';
import { statementPath } from '../site-url.ts';
import { offerDataset } from '../../../integrations/dataset-file.ts';
import type { DatasetInput } from './rows.ts';
import { writeDataset, type DatasetFile } from './write.ts';

export function datasetInput(data: SiteData, site: URL | undefined): DatasetInput {
  const listed = new Set(data.statements.map((s) => s.id));
  return {
    statements: data.all,
    stored: data.stored,
    isListed: (s) => listed.has(s.id),
    storyOrigin: (id) => data.stories.get(id)?.originId ?? null,
    corrections: data.corrections,
    claimsOf: data.claimsOf,
    outcomes: data.outcomes,
    sources: data.sources,
    taxonomy: data.taxonomy,
    people: data.people,
    partyKind: (id) => kindOf(data, id),
    permalink: (id) => new URL(statementPath(id), site ?? 'http://localhost/').href,
  };
}

let made: Promise<DatasetFile> | undefined;

/** The database of this build, written to a temporary file that the build moves to /data/pantau.sqlite. */
export function siteDataset(site: URL | undefined): Promise<DatasetFile> {
  made ??= loadSiteData().then((data) =>
    writeDataset(join(tmpdir(), `pantau-${process.pid}-${Date.now()}.sqlite`), datasetInput(data, site)),
  );
  offerDataset(made);
  return made;
}
