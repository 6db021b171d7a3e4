// The rows of pantau.sqlite, made from the records the site shows, one statement at a time so that nothing but the
// current statement's rows is held. Pure: src/lib/dataset/write.ts puts them into the database.
import type { Statement } from '../schema.ts';
import type { Correction, Outcome } from '../records.ts';
import type { Source } from '../sources.ts';
import type { TaxonomyEntry } from '../taxonomy-names.ts';
import type { PersonEntry } from '../people.ts';
import { listCommitments } from '../commitments.ts';
import { inScope, type ClaimKind, type ReviewedClaim, type StatementClaims } from '../reviewed-claims.ts';
import { threadKey } from '../disputes.ts';
import { statementDay } from '../dates.ts';

export type Value = string | number | null;
export type Row = Record<string, Value>;
export type TableRow = [table: string, row: Row];
type TagField = 'platforms' | 'actors' | 'issues';

export interface DatasetInput {
  /** Every record, with the corrected tags the site shows. */
  statements: readonly Statement[];
  /** The records as stored (the tagger's own tags), to tell the tagger's tags from a reviewer's. */
  stored: ReadonlyMap<string, Statement>;
  /** Whether the site lists, counts and charts a statement. */
  isListed: (s: Statement) => boolean;
  /** The earliest statement of the syndicated story a statement belongs to, or null. */
  storyOrigin: (id: string) => string | null;
  corrections: readonly Correction[];
  /** A statement's claims with editors' reviews applied (rejected ones are left out of the database). */
  claimsOf: (s: Statement) => StatementClaims;
  outcomes: readonly Outcome[];
  sources: readonly Source[];
  taxonomy: Record<TagField, readonly TaxonomyEntry[]>;
  /** The office-holder map (data/taxonomy/people.json). */
  people: readonly PersonEntry[];
  /** Which table a party of a commitment, dispute or demand belongs to. */
  partyKind: (id: string) => 'platforms' | 'actors';
  permalink: (id: string) => string;
}

const TAG_TABLES: [TagField, string, string][] = [
  ['platforms', 'statement_platforms', 'platform_id'],
  ['actors', 'statement_actors', 'actor_id'],
  ['issues', 'statement_issues', 'issue_id'],
];

const flag = (value: boolean | null | undefined): number | null => (value === null || value === undefined ? null : value ? 1 : 0);
const stringField = (entry: TaxonomyEntry | undefined, key: string): string | null =>
  typeof entry?.fields[key] === 'string' ? (entry.fields[key] as string) : null;

type Speaker = { name: string; person: string | null; org: string | null } | null;
const speakerColumns = (speaker: Speaker) => ({
  speaker_name: speaker?.name ?? null,
  speaker_person: speaker?.person ?? null,
  speaker_org: speaker?.org ?? null,
});

/** Every row, table by table within each statement; the taxonomy, people and sources last, once every id they must
 *  hold (for the foreign keys) has been seen. */
export function* datasetRows(input: DatasetInput): Generator<TableRow> {
  const used: Record<TagField, Set<string>> = { platforms: new Set(), actors: new Set(), issues: new Set() };
  const people = new Map<string, string>();
  const sourceIds = new Set<string>();
  const outcomeIds = new Map(input.outcomes.map((o, i) => [o, i + 1]));
  const counter = { commitments: 0, disputes: 0, demands: 0, quotes: 0 };
  const party = (id: string) => {
    const kind = input.partyKind(id);
    used[kind].add(id);
    return kind === 'platforms' ? 'platform' : 'actor';
  };
  const person = (id: string | null | undefined, name: string) => {
    if (id && !people.has(id)) people.set(id, name);
  };

  const ordered = [...input.statements].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const [n, s] of ordered.entries()) {
    const tags = s.tags;
    sourceIds.add(s.sourceId);
    yield ['statements', {
      num: n + 1,
      id: s.id,
      origin: s.origin,
      title: s.title,
      title_by: s.titleBy,
      text: s.text,
      summary: s.summary?.text ?? null,
      published: s.published,
      published_precision: s.publishedPrecision,
      day: statementDay(s),
      first_seen: s.firstSeen,
      last_seen: s.lastSeen,
      removed_at: s.removedAt,
      url: s.url,
      canonical_url: s.canonicalUrl,
      source_id: s.sourceId,
      outlet: s.outlet,
      kind: s.kind,
      jurisdiction: s.jurisdiction,
      language: s.language,
      content_hash: s.contentHash,
      snapshot_hash: s.snapshotHash,
      relevant: flag(tags?.relevant),
      relevance: tags?.relevance ?? null,
      relevance_reason: tags?.reason ?? null,
      listed: flag(input.isListed(s)),
      story_origin_id: input.storyOrigin(s.id),
      permalink: input.permalink(s.id),
    }];
    for (const [i, v] of s.history.entries())
      yield ['statement_versions', { statement_id: s.id, version: i + 1, title: v.title, text: v.text, content_hash: v.contentHash, first_seen: v.firstSeen, last_seen: v.lastSeen }];
    for (const [i, name] of s.speakers.entries()) yield ['statement_speakers', { statement_id: s.id, position: i + 1, name }];
    const taggerTags = input.stored.get(s.id)?.tags;
    for (const [field, table, column] of TAG_TABLES) {
      for (const id of tags?.[field] ?? []) {
        used[field].add(id);
        yield [table, { statement_id: s.id, [column]: id, tagged_by: taggerTags?.[field].includes(id) ? 'tagger' : 'reviewer' }];
      }
    }
    for (const [i, p] of (tags?.people ?? []).entries()) {
      person(p.id, p.name);
      yield ['statement_people', { statement_id: s.id, position: i + 1, person_id: p.id, name: p.name, role: p.role, org: p.org }];
    }
    // The status listCommitments computes is left out: the commitment_status view computes it on the day of the query,
    // so that the file does not change with the build date.
    for (const row of listCommitments([s], input.claimsOf, input.outcomes, statementDay(s), 'all')) {
      const c = row.commitment;
      person(c.speaker?.person, c.speaker?.name ?? '');
      yield ['commitments', {
        id: ++counter.commitments,
        statement_id: s.id,
        position: row.index + 1,
        by_party: c.by,
        by_kind: party(c.by),
        what: c.what,
        due: c.due,
        evidence: c.evidence,
        found_by: row.recorded ? 'editor' : 'tagger',
        review: row.state,
        ...speakerColumns(c.speaker),
        confidence: c.confidence,
        outcome_id: row.outcome ? outcomeIds.get(row.outcome)! : null,
      }];
    }
    const claims = input.claimsOf(s);
    // Rejected claims stay out; the others carry their review state.
    const kept = <K extends ClaimKind>(list: readonly ReviewedClaim<K>[]) => list.filter((c) => inScope(c, 'all'));
    for (const { claim: d, index: i, state } of kept(claims.disputes)) {
      party(d.from);
      party(d.against);
      if (d.over) used.issues.add(d.over);
      person(d.speaker?.person, d.speaker?.name ?? '');
      yield ['disputes', {
        id: ++counter.disputes,
        statement_id: s.id,
        position: i + 1,
        from_party: d.from,
        against_party: d.against,
        over_issue: d.over,
        thread: threadKey(d),
        evidence: d.evidence,
        ...speakerColumns(d.speaker),
        confidence: d.confidence,
        review: state,
      }];
    }
    for (const { claim: d, index: i, state } of kept(claims.demands)) {
      party(d.by);
      party(d.on);
      person(d.speaker?.person, d.speaker?.name ?? '');
      yield ['demands', { id: ++counter.demands, statement_id: s.id, position: i + 1, by_party: d.by, on_party: d.on, what: d.what, evidence: d.evidence, ...speakerColumns(d.speaker), confidence: d.confidence, review: state }];
    }
    for (const { claim: q, index: i, state } of kept(claims.quotes)) {
      person(q.speaker?.person, q.speaker?.name ?? '');
      yield ['quotes', { id: ++counter.quotes, statement_id: s.id, position: i + 1, text: q.text, ...speakerColumns(q.speaker), confidence: q.confidence, review: state }];
    }
  }

  for (const [o, id] of outcomeIds)
    yield ['outcomes', { id, statement_id: o.statementId, by_party: o.by, what: o.what, status: o.status, evidence_statement_id: o.evidenceStatementId, note: o.note }];
  for (const c of input.corrections) {
    yield ['corrections', { statement_id: c.statementId, relevant: flag(c.relevant), note: c.note, reviewed_on: c.reviewedOn }];
    for (const change of ['add', 'remove'] as const)
      for (const field of ['platforms', 'actors', 'issues'] as const)
        for (const value of new Set(c[change][field] ?? [])) yield ['correction_changes', { statement_id: c.statementId, field, change, value }];
  }
  yield* taxonomyRows(input.taxonomy, used);
  yield* peopleRows(input.people, people);
  yield* sourceRows(input.sources, sourceIds);
}

/** The taxonomy's entries, and every id the records use that it lacks (named by their id). */
function* taxonomyRows(taxonomy: DatasetInput['taxonomy'], used: Record<TagField, Set<string>>): Generator<TableRow> {
  for (const field of ['platforms', 'actors', 'issues'] as const) {
    const entries = new Map(taxonomy[field].map((e) => [e.id, e]));
    for (const id of [...new Set([...entries.keys(), ...used[field]])].sort()) {
      const entry = entries.get(id);
      const row: Row = { id, name: entry?.name ?? id, in_taxonomy: entry ? 1 : 0 };
      if (field === 'platforms') row.parent = stringField(entry, 'parent');
      if (field === 'actors') Object.assign(row, { kind: stringField(entry, 'kind'), country: stringField(entry, 'country') });
      yield [field, row];
    }
  }
}

/** Everyone in the office-holder map, with their offices, and everyone else the records name. */
function* peopleRows(map: readonly PersonEntry[], named: ReadonlyMap<string, string>): Generator<TableRow> {
  const mapped = new Map(map.map((p) => [p.id, p]));
  for (const id of [...new Set([...mapped.keys(), ...named.keys()])].sort()) {
    const entry = mapped.get(id);
    yield ['people', { id, name: entry?.name ?? (named.get(id) || id), in_people_map: entry ? 1 : 0 }];
    for (const [i, o] of (entry?.offices ?? []).entries())
      yield ['offices', { person_id: id, position: i + 1, org: o.org, title: o.title, title_ms: o.titleMs, start: o.from, end: o.to, source: o.source }];
  }
}

function* sourceRows(sources: readonly Source[], used: ReadonlySet<string>): Generator<TableRow> {
  const declared = new Map(sources.map((s) => [s.id, s]));
  for (const id of [...new Set([...declared.keys(), ...used])].sort()) {
    const s = declared.get(id);
    yield ['sources', {
      id,
      name: s?.name ?? null,
      outlet: s?.outlet ?? null,
      kind: s?.kind ?? null,
      jurisdiction: s?.jurisdiction ?? null,
      language: s?.language ?? null,
      type: s?.type ?? null,
      url: s?.url ?? null,
      enabled: flag(s?.enabled),
      declared: s ? 1 : 0,
    }];
  }
}
