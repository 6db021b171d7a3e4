// Statements scraped from sources and events curated by Pantau's editors: one schema, two folders. The collections
// index the files; their records are read and validated with `statementSchema` by `loadSiteData()` (src/lib/data.ts),
// so that Astro's data store stays small at 100,000 statements (see docs/scale-build.md).
import { defineCollection } from 'astro:content';
import { statementFileSchema, statementFiles } from './lib/statement-files.ts';
import { DATA_DIR } from './lib/paths.ts';

const statements = defineCollection({
  loader: statementFiles(`${DATA_DIR}/statements`),
  schema: statementFileSchema,
});

const curated = defineCollection({
  loader: statementFiles(`${DATA_DIR}/curated`),
  schema: statementFileSchema,
});

export const collections = { statements, curated };
