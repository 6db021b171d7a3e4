// Statements scraped from sources and events curated by Pantau's editors: one schema, two folders.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { statementSchema } from './lib/schema.ts';
import { DATA_DIR } from './lib/paths.ts';

const statements = defineCollection({
  loader: glob({ pattern: '**/*.json', base: `${DATA_DIR}/statements` }),
  schema: statementSchema,
});

const curated = defineCollection({
  loader: glob({ pattern: '**/*.json', base: `${DATA_DIR}/curated` }),
  schema: statementSchema,
});

export const collections = { statements, curated };
