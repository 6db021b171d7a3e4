// Everything the site reads from DATA_DIR and SOURCES_DIR, loaded once per build and validated.
// The I/O edge of the site: pages call `loadSiteData()` and stay thin.
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { DATA_DIR, SOURCES_DIR } from './paths.ts';
import type { Statement } from './schema.ts';
import { readStatementFileSync } from '../../scrapers/store/statements.ts';
import { sourceSchema, type Source } from './sources.ts';
import {
  correctionSchema,
  healthSchema,
  outcomeSchema,
  runReportSchema,
  snapshotsSchema,
  type Correction,
  type Health,
  type Outcome,
  type RunReport,
  type Snapshot,
} from './records.ts';
import { applyCorrection } from './corrected-tags.ts';
import { NO_CLAIMS, reviewedClaims, type StatementClaims } from './reviewed-claims.ts';
import { peopleFileSchema, type PersonEntry } from './people.ts';
import { canonicalPersonId, personProfiles, type PersonProfile } from './person-profiles.ts';
import { parseTaxonomyEntries, type TaxonomyEntry, type TaxonomyNames } from './taxonomy-names.ts';
import { byNewest } from './dates.ts';
import type { Story } from '../../scrapers/normalise/syndication.ts';
import { findStoriesInWindows } from './stories.ts';

export type SubjectKind = 'platforms' | 'actors' | 'issues';
export const SUBJECT_KINDS: readonly SubjectKind[] = ['platforms', 'actors', 'issues'];

export interface SiteData {
  /** Every record, newest first, tags corrected: each has its permalink and is in the downloads. */
  all: Statement[];
  /** What lists, charts, counts and feeds show: `all` without those the (corrected) tagger judged off-topic, and
   *  without syndicated copies, so that a wire story counts once (under its origin). */
  statements: Statement[];
  /** Ids tagged as platforms anywhere, so that a party missing from the taxonomy still links to the right page. */
  taggedPlatforms: ReadonlySet<string>;
  /** The records exactly as stored (the tagger's tags), for the JSON downloads. */
  stored: ReadonlyMap<string, Statement>;
  byId: ReadonlyMap<string, Statement>;
  corrections: Correction[];
  /** A statement's claims with editors' reviews applied, each with its review state (see reviewed-claims.ts). */
  claimsOf: (s: Pick<Statement, 'id' | 'tags'>) => StatementClaims;
  /** The office-holder map (data/taxonomy/people.json); empty when there is none. */
  people: PersonEntry[];
  outcomes: Outcome[];
  names: Record<SubjectKind, TaxonomyNames>;
  /** The taxonomy entries with their other fields (an actor's country), for the dataset's tables. */
  taxonomy: Record<SubjectKind, TaxonomyEntry[]>;
  sources: Source[];
  latestRun: RunReport | null;
  health: Health;
  /** The kept copies of pantau.sqlite, oldest first (data/snapshots.json). */
  snapshots: Snapshot[];
  /** statement id → the syndicated story it belongs to (its origin and every copy), when one was found. */
  stories: ReadonlyMap<string, { originId: string; members: string[] }>;
  /** The build date (YYYY-MM-DD) commitment statuses are computed against; PANTAU_TODAY overrides it for tests. */
  today: string;
}

class DataFileError extends Error {
  constructor(file: string, cause: string) {
    super(`${file}: ${cause}`);
    this.name = 'DataFileError';
  }
}

async function readJson(file: string): Promise<unknown | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataFileError(file, `not JSON (${(e as Error).message})`);
  }
}

function validate<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, raw: unknown, file: string): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new DataFileError(file, `${issue.path.join('.') || '(record)'}: ${issue.message}`);
}

async function jsonFilesIn(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [] as string[];
    throw e;
  });
  return names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort().map((n) => join(dir, n));
}

/** Each file holds one record or an array of them. */
async function readRecords<T>(dir: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): Promise<T[]> {
  const records: T[] = [];
  for (const file of await jsonFilesIn(dir)) {
    const raw = await readJson(file);
    for (const item of Array.isArray(raw) ? raw : [raw]) records.push(validate(schema, item, file));
  }
  return records;
}

async function readOptional<T>(file: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): Promise<T | null> {
  const raw = await readJson(file);
  return raw === undefined ? null : validate(schema, raw, file);
}

function storiesByStatement(stories: Story[]): SiteData['stories'] {
  const byStatement = new Map<string, { originId: string; members: string[] }>();
  for (const story of stories) {
    const entry = { originId: story.originId, members: [story.originId, ...story.copyIds] };
    for (const id of entry.members) byStatement.set(id, entry);
  }
  return byStatement;
}

/** The text of a statement file already validated in this build. Statement files are read synchronously: the build
 *  reads every one three times (below) with nothing else to do meanwhile, and at 100,000 files a synchronous read
 *  cost a tenth of a promise-based one (docs/scale-build.md). */
function textIn(file: string): string {
  return (JSON.parse(readFileSync(file, 'utf8')) as Statement).text;
}

async function load(): Promise<SiteData> {
  const files = [...(await getCollection('statements')), ...(await getCollection('curated'))].map((e) => e.data.file);
  // Stories first, derived from the scraped texts (curated records hold only our summaries), while no text is in
  // memory: every file is validated (once) and kept without its text, then the texts are read a few weeks at a time,
  // then once more to keep. Holding all texts while `findStories` works made the garbage collector let the heap grow
  // past 3 GB at 100,000 statements.
  const records = files.map((file) => ({ file, record: { ...readStatementFileSync(file), text: '' } }));
  const stories = storiesByStatement(
    await findStoriesInWindows(
      records.filter((r) => r.record.origin === 'scraped').map(({ file, record: { id, published, firstSeen } }) => ({ file, id, published, firstSeen })),
      async (docs) => docs.map((d) => textIn(d.file)),
    ),
  );
  const storedList = records.map(({ file, record }) => ({ ...record, text: textIn(file) }));
  const corrections = await readRecords(join(DATA_DIR, 'corrections'), correctionSchema);
  const correctionFor = new Map(corrections.map((c) => [c.statementId, c]));
  const all = storedList
    .map((s) => ({ ...s, tags: applyCorrection(s.tags, correctionFor.get(s.id)) }))
    .sort(byNewest);
  const taxonomy = Object.fromEntries(
    await Promise.all(
      SUBJECT_KINDS.map(async (kind) => [kind, parseTaxonomyEntries(await readJson(join(DATA_DIR, 'taxonomy', `${kind}.json`)))]),
    ),
  ) as Record<SubjectKind, TaxonomyEntry[]>;
  const namesOf = (kind: SubjectKind): TaxonomyNames => new Map(taxonomy[kind].map((e) => [e.id, e.name]));
  const names = { platforms: namesOf('platforms'), actors: namesOf('actors'), issues: namesOf('issues') };
  const isCopy = (s: Statement) => (stories.get(s.id)?.originId ?? s.id) !== s.id;
  const people = (await readOptional(join(DATA_DIR, 'taxonomy', 'people.json'), peopleFileSchema))?.entries ?? [];
  return {
    all,
    statements: all.filter((s) => isListed(s) && !isCopy(s)),
    taggedPlatforms: new Set(all.flatMap((s) => s.tags?.platforms ?? [])),
    stored: new Map(storedList.map((s) => [s.id, s])),
    byId: new Map(all.map((s) => [s.id, s])),
    corrections,
    claimsOf: claimsLookup(correctionFor),
    people,
    outcomes: await readRecords(join(DATA_DIR, 'outcomes'), outcomeSchema),
    names,
    taxonomy,
    sources: await readRecords(SOURCES_DIR, sourceSchema),
    latestRun: await readOptional(join(DATA_DIR, 'runs', 'latest.json'), runReportSchema),
    health: (await readOptional(join(DATA_DIR, 'health.json'), healthSchema)) ?? {},
    snapshots: (await readOptional(join(DATA_DIR, 'snapshots.json'), snapshotsSchema)) ?? [],
    stories,
    today: process.env.PANTAU_TODAY ?? new Date().toISOString().slice(0, 10),
  };
}

/** Claims are reviewed once per statement and kept only for statements that have some, so that the many without
 *  claims cost nothing at 100,000 statements. */
function claimsLookup(correctionFor: ReadonlyMap<string, Correction>): SiteData['claimsOf'] {
  const cache = new Map<string, StatementClaims>();
  return (s) => {
    const correction = correctionFor.get(s.id);
    const t = s.tags;
    const none = !t || t.commitments.length + t.disputes.length + t.demands.length + t.quotes.length === 0;
    if (none && !correction?.claims.length) return NO_CLAIMS;
    let claims = cache.get(s.id);
    if (!claims) cache.set(s.id, (claims = reviewedClaims(t, correction)));
    return claims;
  };
}

/** Untagged statements are listed (the tagger may not have run yet); those judged off-topic are not. */
export function isListed(s: Statement): boolean {
  return s.tags === null || s.tags.relevant;
}

let cached: Promise<SiteData> | undefined;

export function loadSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

/** Every id of a kind worth a page: the taxonomy's and any the data uses. */
export function subjectIds(data: SiteData, kind: SubjectKind): readonly string[] {
  let byKind = subjectIdsOf.get(data);
  if (!byKind) subjectIdsOf.set(data, (byKind = new Map()));
  let ids = byKind.get(kind);
  if (!ids) byKind.set(kind, (ids = findSubjectIds(data, kind)));
  return ids;
}

// Computed once per build and kind: a dozen pages ask, and each answer is a pass over every statement's claims.
const subjectIdsOf = new WeakMap<SiteData, Map<SubjectKind, string[]>>();

function findSubjectIds(data: SiteData, kind: SubjectKind): string[] {
  const ids = new Set(data.names[kind].keys());
  for (const s of data.statements) for (const id of s.tags?.[kind] ?? []) ids.add(id);
  // Claims name platforms and actors by id too, and a dispute the issue it is over: editors' claims and those of
  // syndicated copies included, since the tracker and the threads link to them.
  const listed = data.all.filter(isListed);
  if (kind === 'issues') {
    for (const s of listed) for (const { claim } of data.claimsOf(s).disputes) if (claim.over) ids.add(claim.over);
  } else {
    for (const s of listed) {
      const claims = data.claimsOf(s);
      for (const { claim } of claims.commitments) if (kindOf(data, claim.by) === kind) ids.add(claim.by);
      for (const { claim } of claims.disputes) for (const p of [claim.from, claim.against]) if (kindOf(data, p) === kind) ids.add(p);
    }
  }
  return [...ids].sort();
}

let profiles: { byId: Map<string, PersonProfile>; canonical: (id: string) => string } | undefined;

/** Everyone with a person page: the office-holder map and every speaker of a claim, by id (built once per build). */
export function personPages(data: SiteData): Map<string, PersonProfile> {
  profiles ??= {
    byId: personProfiles(data.statements, data.claimsOf, data.people),
    canonical: canonicalPersonId(data.people),
  };
  return profiles.byId;
}

/** The page of a person named by id or by the id of another spelling of their name, if they have one. */
export function personPage(data: SiteData, id: string): PersonProfile | undefined {
  const pages = personPages(data);
  return pages.get(profiles!.canonical(id));
}

/** Whether an id names a platform or an actor (commitments and disputes use both); actors when unknown. */
export function kindOf(data: SiteData, id: string): 'platforms' | 'actors' {
  if (data.names.platforms.has(id)) return 'platforms';
  if (data.names.actors.has(id)) return 'actors';
  return data.taggedPlatforms.has(id) ? 'platforms' : 'actors';
}
