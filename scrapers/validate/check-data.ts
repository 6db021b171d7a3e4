// Checks every record under a data folder and lists each problem with the file it is in. Reads only; never repairs.
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { statementSchema, type Speaker, type Statement, type Tags } from '../../src/lib/schema.ts';
import { peopleFileSchema } from '../../src/lib/people.ts';
import { personId } from '../../src/lib/person-id.ts';
import {
  correctionSchema,
  healthSchema,
  outcomeSchema,
  runReportSchema,
  type Correction,
  type Outcome,
} from '../../src/lib/records.ts';
import { parseTaxonomyNames } from '../../src/lib/taxonomy-names.ts';
import { contentHash, jsonFiles, statementId, statementPath } from '../store/statements.ts';
import { describeIssues } from '../../src/lib/describe-issues.ts';

export interface Problem {
  file: string;
  cause: string;
}

export interface ValidationReport {
  problems: Problem[];
  /** Checks that could not run, and why (e.g. no taxonomy yet). */
  notes: string[];
  counts: { statements: number; curated: number; corrections: number; outcomes: number };
}

const TAXONOMY_KINDS = ['platforms', 'actors', 'issues'] as const;
type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];
type TaxonomyIds = Record<TaxonomyKind, ReadonlySet<string>> & {
  /** Office holders' ids from people.json; empty when there is no such file. */
  people: ReadonlySet<string>;
};

/** Nothing Pantau tracks predates the web; anything later than a day ahead is a clock or parsing error. */
const EARLIEST = Date.parse('1990-01-01T00:00:00Z');
const FUTURE_SLACK_MS = 24 * 3_600_000;

type Parsed = { ok: true; value: unknown } | { ok: false; cause: string };

async function readJsonFile(file: string): Promise<Parsed> {
  try {
    return { ok: true, value: JSON.parse(await readFile(file, 'utf8')) };
  } catch (error) {
    return { ok: false, cause: `not JSON (${(error as Error).message})` };
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function flatJsonFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [] as string[];
    throw e;
  });
  return names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort().map((n) => join(dir, n));
}

function dateProblems(fields: [string, string | null][], now: number): string[] {
  const causes: string[] = [];
  for (const [name, value] of fields) {
    if (value === null) continue;
    const t = Date.parse(value);
    if (t < EARLIEST) causes.push(`${name} ${value} is before 1990`);
    else if (t > now + FUTURE_SLACK_MS) causes.push(`${name} ${value} is in the future`);
  }
  return causes;
}

/** Where the store would put this record; a curated event may also sit directly under its year (curated/YYYY/<id>.json). */
function allowedPaths(kindDir: string, kind: 'statements' | 'curated', s: Statement): string[] {
  const paths = [statementPath(kindDir, s)];
  if (kind === 'curated') paths.push(join(kindDir, (s.published ?? s.firstSeen).slice(0, 4), `${s.id}.json`));
  return paths;
}

function statementProblems(
  s: Statement,
  file: string,
  kind: 'statements' | 'curated',
  kindDir: string,
  now: number,
): string[] {
  const causes: string[] = [];
  if (kind === 'statements' && s.origin !== 'scraped')
    causes.push(`origin is '${s.origin}' but statements/ holds scraped statements only (curated events go in curated/)`);
  if (kind === 'curated' && s.origin !== 'curated')
    causes.push(`origin is '${s.origin}' but curated/ holds curated events only, each flagged with origin 'curated'`);
  if (s.id !== statementId(s.canonicalUrl))
    causes.push(`id ${s.id} does not match canonicalUrl (expected ${statementId(s.canonicalUrl)})`);
  if (s.contentHash !== null && s.contentHash !== contentHash(s.text))
    causes.push('contentHash does not match the text');
  s.history.forEach((v, i) => {
    if (v.contentHash !== contentHash(v.text)) causes.push(`history.${i}.contentHash does not match its text`);
  });
  causes.push(
    ...dateProblems(
      [
        ['published', s.published],
        ['firstSeen', s.firstSeen],
        ['lastSeen', s.lastSeen],
        ['removedAt', s.removedAt],
        ...s.history.flatMap((v, i): [string, string][] => [
          [`history.${i}.firstSeen`, v.firstSeen],
          [`history.${i}.lastSeen`, v.lastSeen],
        ]),
      ],
      now,
    ),
  );
  if (Date.parse(s.lastSeen) < Date.parse(s.firstSeen)) causes.push('lastSeen is earlier than firstSeen');
  const expected = allowedPaths(kindDir, kind, s);
  if (!expected.includes(file))
    causes.push(`file path does not agree with the record's id and date (expected ${relative(kindDir, expected[0]!)})`);
  return causes;
}

function unknownIds(ids: TaxonomyIds, kind: TaxonomyKind, values: readonly string[] | undefined, where: string): string[] {
  return (values ?? []).filter((v) => !ids[kind].has(v)).map((v) => `${where}.${kind}: '${v}' is not in taxonomy/${kind}.json`);
}

async function loadTaxonomy(dir: string, problems: Problem[]): Promise<TaxonomyIds | null> {
  if (!(await exists(dir))) return null;
  const ids = { people: new Set<string>() } as Record<TaxonomyKind, Set<string>> & { people: Set<string> };
  for (const kind of TAXONOMY_KINDS) {
    const file = join(dir, `${kind}.json`);
    ids[kind] = new Set();
    if (!(await exists(file))) {
      problems.push({ file, cause: 'missing: the taxonomy folder exists but this file does not' });
      continue;
    }
    const parsed = await readJsonFile(file);
    if (!parsed.ok) {
      problems.push({ file, cause: parsed.cause });
      continue;
    }
    const names = parseTaxonomyNames(parsed.value);
    if (names.size === 0) problems.push({ file, cause: 'no entries with an id and a name' });
    for (const id of names.keys()) ids[kind].add(id);
  }
  const peopleFile = join(dir, 'people.json');
  if (await exists(peopleFile)) {
    for (const person of (await readRecord(peopleFile, peopleFileSchema, problems))?.[0]?.entries ?? []) {
      ids.people.add(person.id);
      person.offices.forEach((office, i) => {
        if (!isParty(ids, office.org))
          problems.push({ file: peopleFile, cause: `${person.id}: offices.${i}.org: '${office.org}' is neither a platform nor an actor in the taxonomy` });
      });
    }
  }
  return ids;
}

const isParty = (taxonomy: TaxonomyIds, id: string) => taxonomy.platforms.has(id) || taxonomy.actors.has(id);

/** Every party, issue, body and person id a statement's claims name must be one the taxonomy knows or a well-formed person id. */
function claimProblems(tags: Tags, taxonomy: TaxonomyIds): string[] {
  const causes: string[] = [];
  const party = (where: string, id: string | null) => {
    if (id !== null && !isParty(taxonomy, id)) causes.push(`${where}: '${id}' is neither a platform nor an actor in the taxonomy`);
  };
  const speaker = (where: string, s: Speaker | null) => {
    if (!s) return;
    if (s.person !== null && s.person !== personId(s.name) && !taxonomy.people.has(s.person))
      causes.push(`${where}.person: '${s.person}' is neither the id of '${s.name}' (${personId(s.name)}) nor a person in taxonomy/people.json`);
    party(`${where}.org`, s.org);
  };
  tags.people.forEach((p, i) => {
    if (p.id !== personId(p.name)) causes.push(`tags.people.${i}.id: '${p.id}' is not the id of '${p.name}' (${personId(p.name)})`);
    party(`tags.people.${i}.org`, p.org);
  });
  tags.quotes.forEach((q, i) => speaker(`tags.quotes.${i}.speaker`, q.speaker));
  tags.commitments.forEach((c, i) => {
    party(`tags.commitments.${i}.by`, c.by);
    speaker(`tags.commitments.${i}.speaker`, c.speaker);
  });
  tags.demands.forEach((d, i) => {
    party(`tags.demands.${i}.by`, d.by);
    party(`tags.demands.${i}.on`, d.on);
    speaker(`tags.demands.${i}.speaker`, d.speaker);
  });
  tags.disputes.forEach((d, i) => {
    party(`tags.disputes.${i}.from`, d.from);
    party(`tags.disputes.${i}.against`, d.against);
    if (d.over !== null && !taxonomy.issues.has(d.over)) causes.push(`tags.disputes.${i}.over: '${d.over}' is not in taxonomy/issues.json`);
    speaker(`tags.disputes.${i}.speaker`, d.speaker);
  });
  return causes;
}

/** The valid records in one file (a record or an array of them); each invalid one is reported. */
async function readRecord<T>(file: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>, problems: Problem[]): Promise<T[] | null> {
  const parsed = await readJsonFile(file);
  if (!parsed.ok) {
    problems.push({ file, cause: parsed.cause });
    return null;
  }
  const items = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  const records: T[] = [];
  for (const [i, item] of items.entries()) {
    const result = schema.safeParse(item);
    if (result.success) records.push(result.data);
    else problems.push({ file, cause: `${Array.isArray(parsed.value) ? `item ${i}: ` : ''}${describeIssues(result.error)}` });
  }
  return records;
}

export async function checkDataDir(dataDir: string, now: Date = new Date()): Promise<ValidationReport> {
  const problems: Problem[] = [];
  const notes: string[] = [];
  const counts = { statements: 0, curated: 0, corrections: 0, outcomes: 0 };
  const nowMs = now.getTime();

  const taxonomy = await loadTaxonomy(join(dataDir, 'taxonomy'), problems);
  if (!taxonomy) notes.push('no taxonomy folder: taxonomy ids in tags, corrections and outcomes were not checked');

  const byId = new Map<string, Statement>();
  const fileByAddress = new Map<string, string>();
  const fileById = new Map<string, string>();

  for (const kind of ['statements', 'curated'] as const) {
    const kindDir = join(dataDir, kind);
    for await (const file of jsonFiles(kindDir)) {
      counts[kind]++;
      const parsed = await readJsonFile(file);
      if (!parsed.ok) {
        problems.push({ file, cause: parsed.cause });
        continue;
      }
      const result = statementSchema.safeParse(parsed.value);
      if (!result.success) {
        problems.push({ file, cause: describeIssues(result.error) });
        continue;
      }
      const s = result.data;
      const causes = statementProblems(s, file, kind, kindDir, nowMs);
      if (s.tags && taxonomy) {
        for (const k of TAXONOMY_KINDS) causes.push(...unknownIds(taxonomy, k, s.tags[k], 'tags'));
        causes.push(...claimProblems(s.tags, taxonomy));
      }
      const sameAddress = fileByAddress.get(s.canonicalUrl);
      if (sameAddress) causes.push(`same canonical address as ${sameAddress}: one page, one record`);
      else fileByAddress.set(s.canonicalUrl, file);
      const sameId = fileById.get(s.id);
      if (sameId && sameId !== sameAddress) causes.push(`same id as ${sameId}`);
      else if (!sameId) fileById.set(s.id, file);
      for (const cause of causes) problems.push({ file, cause });
      if (!byId.has(s.id)) byId.set(s.id, s);
    }
  }

  for (const file of await flatJsonFiles(join(dataDir, 'corrections'))) {
    counts.corrections++;
    const records = await readRecord<Correction>(file, correctionSchema, problems);
    for (const c of records ?? []) {
      if (basename(file) !== `${c.statementId}.json`)
        problems.push({ file, cause: `a correction is stored as corrections/<statementId>.json (expected ${c.statementId}.json)` });
      if (!byId.has(c.statementId)) problems.push({ file, cause: `statementId ${c.statementId} matches no statement or curated event` });
      for (const cause of dateProblems([['reviewedOn', c.reviewedOn]], nowMs)) problems.push({ file, cause });
      if (taxonomy)
        for (const side of ['add', 'remove'] as const)
          for (const k of TAXONOMY_KINDS)
            for (const cause of unknownIds(taxonomy, k, c[side][k], side)) problems.push({ file, cause });
    }
  }

  for (const file of await flatJsonFiles(join(dataDir, 'outcomes'))) {
    const records = await readRecord<Outcome>(file, outcomeSchema, problems);
    for (const o of records ?? []) {
      counts.outcomes++;
      const statement = byId.get(o.statementId);
      const evidence = byId.get(o.evidenceStatementId);
      if (!statement) problems.push({ file, cause: `statementId ${o.statementId} matches no statement or curated event` });
      if (!evidence) problems.push({ file, cause: `evidenceStatementId ${o.evidenceStatementId} matches no statement or curated event` });
      if (o.statementId === o.evidenceStatementId) problems.push({ file, cause: 'a statement cannot be the evidence for its own commitment' });
      if (statement && evidence) {
        const said = statement.published ?? statement.firstSeen;
        const shown = evidence.published ?? evidence.firstSeen;
        if (Date.parse(shown) < Date.parse(said))
          problems.push({ file, cause: `the evidence (${shown.slice(0, 10)}) predates the commitment (${said.slice(0, 10)})` });
      }
      if (taxonomy && !isParty(taxonomy, o.by))
        problems.push({ file, cause: `by: '${o.by}' is neither a platform nor an actor in the taxonomy` });
    }
  }

  const report = join(dataDir, 'runs', 'latest.json');
  if (await exists(report)) await readRecord(report, runReportSchema, problems);
  const health = join(dataDir, 'health.json');
  if (await exists(health)) await readRecord(health, healthSchema, problems);

  return { problems, notes, counts };
}
