// The tables of pantau.sqlite, declared once: the database's DDL, its `_tables` and `_columns` tables and the data
// dictionary on /data/ are all made from this list, so that what the page says a column means is what it holds.

export type ColumnType = 'TEXT' | 'INTEGER' | 'REAL';

export interface Column {
  name: string;
  type: ColumnType;
  /** NOT NULL, PRIMARY KEY, REFERENCES …: written into the DDL as is. */
  sql?: string;
  meaning: string;
  /** Where the value comes from: a field of a record in data/, or how Pantau derives it. */
  from: string;
}

export interface Table {
  name: string;
  meaning: string;
  columns: Column[];
  /** A composite primary key, when no single column is one. */
  primaryKey?: string[];
  /** Indexes made after the rows are in: each a list of columns; `unique` for the keys other tables refer to. */
  indexes?: { columns: string[]; unique?: boolean }[];
}

export interface View {
  name: string;
  meaning: string;
  sql: string;
}

const text = (name: string, meaning: string, from: string, sql?: string): Column => ({ name, type: 'TEXT', meaning, from, ...(sql ? { sql } : {}) });
const int = (name: string, meaning: string, from: string, sql?: string): Column => ({ name, type: 'INTEGER', meaning, from, ...(sql ? { sql } : {}) });
const real = (name: string, meaning: string, from: string, sql?: string): Column => ({ name, type: 'REAL', meaning, from, ...(sql ? { sql } : {}) });

const STATEMENT = 'REFERENCES statements(id)';
const statementRef = (meaning = 'The statement it was found in.') =>
  text('statement_id', meaning, 'the statement record\'s `id`', `NOT NULL ${STATEMENT}`);
/** The first columns of a claim table: a row id, the statement, and the claim's place in it. */
const claimKey = (claim: string): Column[] => [
  int('id', 'Row id; not stable between snapshots: use statement_id and position.', `order of statements and ${claim}s`, 'PRIMARY KEY'),
  statementRef(),
  int('position', `Its place among the statement's ${claim}s, from 1: the statement page's #${claim}-<position>.`, 'order in the record', 'NOT NULL'),
];

/** Whether an editor checked a claim; rejected claims are not in the database. */
const reviewColumn = text(
  'review',
  '"confirmed", "corrected" or "added" by an editor, or "unreviewed" (machine-found, nobody checked it). The site shows unreviewed claims below confidence 0.7 only under "all".',
  'data/corrections: `claims`',
  'NOT NULL',
);

/** Who said a claim, how sure the tagger is and whether an editor checked it: the same four columns on every claim table. */
const speakerColumns = (field: string): Column[] => [
  text('speaker_name', 'Who said it, as the statement names them (a person without honorifics, or a body); NULL when not known.', `\`${field}.speaker.name\``),
  text('speaker_person', 'The speaker\'s person id when the speaker is a person.', `\`${field}.speaker.person\``, 'REFERENCES people(id)'),
  text('speaker_org', 'The body the speaker spoke for (a platform or actor id), when known.', `\`${field}.speaker.org\``),
  real('confidence', 'How sure the tagger is, from 0 to 1; 1 for a claim an editor recorded.', `\`${field}.confidence\``, 'NOT NULL'),
  reviewColumn,
];

const taxonomyColumns = (file: string): Column[] => [
  text('id', 'Pantau\'s id, used in every other table and in the site\'s addresses.', `data/taxonomy/${file}: \`id\``, 'PRIMARY KEY'),
  text('name', 'Display name (the id itself when the taxonomy does not list it).', `data/taxonomy/${file}: \`name\``, 'NOT NULL'),
  int('in_taxonomy', '1 when data/taxonomy lists the id; 0 when only the tags use it.', `data/taxonomy/${file}`, 'NOT NULL'),
];

const tagLink = (table: string, column: string, target: string, field: string): Table => ({
  name: table,
  meaning: `The ${target} each statement is tagged with, as the site shows them: the tagger's tags with a reviewer's correction applied.`,
  columns: [
    statementRef('The statement.'),
    text(column, `The ${target.replace(/s$/, '')}.`, `\`tags.${field}\` and data/corrections`, `NOT NULL REFERENCES ${target}(id)`),
    text('tagged_by', '"tagger" when the tagger found it, "reviewer" when a person added it (data/corrections).', 'data/corrections: `add`', 'NOT NULL'),
  ],
  primaryKey: ['statement_id', column],
  indexes: [{ columns: [column] }],
});

export const TABLES: Table[] = [
  {
    name: 'sources',
    meaning: 'Where statements come from: the source declarations, and any source id a record names without one (curated records).',
    columns: [
      text('id', 'The source\'s id.', 'scrapers/sources/<id>.json: `id`; or a record\'s `sourceId`', 'PRIMARY KEY'),
      text('name', 'The declaration\'s name; NULL when no declaration exists.', '`name`'),
      text('outlet', 'The outlet shown on its statements; NULL when no declaration exists.', '`outlet`'),
      text('kind', 'ministry, regulator, news or platform.', '`kind`'),
      text('jurisdiction', 'ISO 3166-1 alpha-2 country code.', '`jurisdiction`'),
      text('language', 'The language the source usually writes in (each statement\'s own is on the statement).', '`language`'),
      text('type', '"rss" (a feed) or "listing" (a page of links).', '`type`'),
      text('url', 'The feed or listing page read.', '`url`'),
      int('enabled', '1 when the nightly run reads it.', '`enabled`'),
      int('declared', '1 when scrapers/sources declares it; 0 for an id only records name.', 'scrapers/sources', 'NOT NULL'),
    ],
  },
  { name: 'platforms', meaning: 'Online platforms Pantau tags.', columns: [...taxonomyColumns('platforms.json'), text('parent', 'The platform it belongs to (Instagram → meta), when the taxonomy says.', 'data/taxonomy/platforms.json: `parent`')] },
  {
    name: 'actors',
    meaning: 'Governments, regulators and agencies Pantau tags.',
    columns: [
      ...taxonomyColumns('actors.json'),
      text('kind', 'ministry, regulator, police, prosecutor, legislature or government.', 'data/taxonomy/actors.json: `kind`'),
      text('country', 'ISO 3166-1 alpha-2 code of the country it belongs to; NULL for international bodies.', 'data/taxonomy/actors.json: `country`'),
    ],
  },
  { name: 'issues', meaning: 'Policy issues Pantau tags (licensing, scams, child safety…).', columns: taxonomyColumns('issues.json') },
  {
    name: 'people',
    meaning: 'People the tagger found named in statements or speaking in claims.',
    columns: [
      text('id', 'The person\'s id: their name folded to lower-case words joined by hyphens.', '`tags.people[].id`, `speaker.person`', 'PRIMARY KEY'),
      text('name', 'Their name: as the office-holder map gives it, else as first found (statements in id order).', 'data/taxonomy/people.json: `name`; `tags.people[].name`, `speaker.name`', 'NOT NULL'),
      int('in_people_map', '1 when data/taxonomy/people.json lists them, with their offices.', 'data/taxonomy/people.json', 'NOT NULL'),
    ],
  },
  {
    name: 'offices',
    meaning: 'Who held which office for which body, and when, as far as a public page says (data/taxonomy/people.json).',
    columns: [
      text('person_id', 'The person.', 'people.json: `id`', 'NOT NULL REFERENCES people(id)'),
      int('position', 'Order in the map, from 1.', 'order of `offices`', 'NOT NULL'),
      text('org', 'The body the office speaks for (a platform or actor id).', '`offices[].org`', 'NOT NULL'),
      text('title', 'The office in English.', '`offices[].title`', 'NOT NULL'),
      text('title_ms', 'The office in Malay.', '`offices[].titleMs`', 'NOT NULL'),
      text('start', 'When it began: YYYY-MM-DD, YYYY-MM or YYYY as precise as the source gives it; NULL when no public page gives it.', '`offices[].from`'),
      text('end', 'When it ended, as precise as the source gives it; NULL while it lasts or when no end was found.', '`offices[].to`'),
      text('source', 'The public page that gives the office.', '`offices[].source`', 'NOT NULL'),
    ],
    primaryKey: ['person_id', 'position'],
    indexes: [{ columns: ['org'] }],
  },
  {
    name: 'statements',
    meaning: 'Every record: statements scraped from sources (the source\'s own text) and events curated by Pantau (our summary only).',
    columns: [
      int('num', 'Row number (for the full-text index); not stable between snapshots: use `id`.', 'order by id', 'PRIMARY KEY'),
      text('id', 'First 16 hex digits of sha256 of the canonical URL: the same page always has the same id.', '`id`', 'NOT NULL'),
      text('origin', '"scraped": the text is the source\'s own. "curated": written by Pantau\'s editors; only our summary is kept.', '`origin`', 'NOT NULL'),
      text('title', 'The headline as published, or a description by Pantau (see title_by).', '`title`', 'NOT NULL'),
      text('title_by', '"source" (the source\'s headline) or "pantau" (our description, when the headline is not known).', '`titleBy`', 'NOT NULL'),
      text('text', 'The text exactly as published, paragraphs separated by blank lines; empty for a curated record.', '`text`', 'NOT NULL'),
      text('summary', 'Pantau\'s summary in our own words (curated records); never the source\'s text.', '`summary.text`'),
      text('published', 'When the source says it published: ISO 8601 with the source\'s offset; NULL when it does not say.', '`published`'),
      text('published_precision', '"time" when the source gave a time, "day" when only a date.', '`publishedPrecision`'),
      text('day', 'The day it is filed under (YYYY-MM-DD): the published day in the source\'s offset, else the day first seen.', '`published`, else `firstSeen`', 'NOT NULL'),
      text('first_seen', 'When Pantau first saw it (UTC).', '`firstSeen`', 'NOT NULL'),
      text('last_seen', 'When Pantau last found it unchanged (UTC).', '`lastSeen`', 'NOT NULL'),
      text('removed_at', 'When a run found the page gone (404 or 410); the statement is kept.', '`removedAt`'),
      text('url', 'The address it was found at (http or https).', '`url`', 'NOT NULL'),
      text('canonical_url', 'The address without tracking parameters, AMP or mobile variants.', '`canonicalUrl`', 'NOT NULL'),
      text('source_id', 'The source that found it.', '`sourceId`', 'NOT NULL REFERENCES sources(id)'),
      text('outlet', 'The publisher as shown to readers.', '`outlet`', 'NOT NULL'),
      text('kind', 'ministry, regulator, news or platform.', '`kind`', 'NOT NULL'),
      text('jurisdiction', 'ISO 3166-1 alpha-2 code of the country it concerns (or EU).', '`jurisdiction`', 'NOT NULL'),
      text('language', 'ISO 639 code of the text\'s language.', '`language`', 'NOT NULL'),
      text('content_hash', 'sha256 of the text; NULL for a curated record.', '`contentHash`'),
      text('snapshot_hash', 'sha256 of the fetched page, kept apart from the text.', '`snapshotHash`'),
      int('relevant', '1 when about governing online platforms, 0 when judged off-topic (kept, not listed), NULL when not yet tagged; a reviewer\'s verdict overrides the tagger\'s.', '`tags.relevant`, data/corrections: `relevant`'),
      real('relevance', 'The tagger\'s relevance score, 0 to 1.', '`tags.relevance`'),
      text('relevance_reason', 'Why the tagger judged it so.', '`tags.reason`'),
      int('listed', '1 when the site lists, counts and charts it: relevant (or untagged) and not a syndicated copy of another statement.', 'derived', 'NOT NULL'),
      text('story_origin_id', 'For a syndicated story, the earliest statement of it (itself when it is the origin); NULL otherwise.', 'derived from the texts (syndicated-copy detection)', STATEMENT),
      text('permalink', 'The statement\'s page on Pantau.', 'derived from `id`', 'NOT NULL'),
    ],
    indexes: [{ columns: ['id'], unique: true }, { columns: ['day'] }, { columns: ['source_id'] }, { columns: ['jurisdiction', 'day'] }],
  },
  {
    name: 'statement_versions',
    meaning: 'Earlier texts of a statement, kept when the source edited it; the current text is on `statements`.',
    columns: [
      statementRef('The statement.'),
      int('version', 'Version number, oldest first, from 1.', 'order in `history`', 'NOT NULL'),
      text('title', 'The title then.', '`history[].title`', 'NOT NULL'),
      text('text', 'The text then.', '`history[].text`', 'NOT NULL'),
      text('content_hash', 'sha256 of that text.', '`history[].contentHash`', 'NOT NULL'),
      text('first_seen', 'When Pantau first saw this version (UTC).', '`history[].firstSeen`', 'NOT NULL'),
      text('last_seen', 'When Pantau last saw it (UTC).', '`history[].lastSeen`', 'NOT NULL'),
    ],
    primaryKey: ['statement_id', 'version'],
  },
  {
    name: 'statement_speakers',
    meaning: 'Named speakers as the source or curator gives them.',
    columns: [statementRef('The statement.'), int('position', 'Order given, from 1.', 'order in `speakers`', 'NOT NULL'), text('name', 'The speaker as named.', '`speakers[]`', 'NOT NULL')],
    primaryKey: ['statement_id', 'position'],
  },
  tagLink('statement_platforms', 'platform_id', 'platforms', 'platforms'),
  tagLink('statement_actors', 'actor_id', 'actors', 'actors'),
  tagLink('statement_issues', 'issue_id', 'issues', 'issues'),
  {
    name: 'statement_people',
    meaning: 'People the tagger found named in a statement, with the role the statement gives them.',
    columns: [
      statementRef('The statement.'),
      int('position', 'Order found, from 1.', 'order in `tags.people`', 'NOT NULL'),
      text('person_id', 'The person.', '`tags.people[].id`', 'NOT NULL REFERENCES people(id)'),
      text('name', 'Their name as this statement gives it.', '`tags.people[].name`', 'NOT NULL'),
      text('role', 'Their role as this statement gives it.', '`tags.people[].role`'),
      text('org', 'The body that role names (platform or actor id), when known.', '`tags.people[].org`'),
    ],
    primaryKey: ['statement_id', 'position'],
    indexes: [{ columns: ['person_id'] }],
  },
  {
    name: 'commitments',
    meaning: 'Promises a party made about its own future conduct, as the tagger found them, and those Pantau\'s editors recorded with an outcome where no sentence makes the promise.',
    columns: [
      ...claimKey('commitment'),
      text('by_party', 'The party that will act (platform or actor id; see the parties view).', '`tags.commitments[].by`', 'NOT NULL'),
      text('by_kind', '"platform" or "actor": which table by_party is in.', 'data/taxonomy', 'NOT NULL'),
      text('what', 'What it promised, as the statement words it.', '`tags.commitments[].what`', 'NOT NULL'),
      text('due', 'The date it promised it by (YYYY-MM-DD); NULL when none was given.', '`tags.commitments[].due`'),
      text('evidence', 'The sentence making the promise (the source\'s words); for found_by "editor", the editor\'s note.', '`tags.commitments[].evidence`', 'NOT NULL'),
      text('found_by', '"tagger" (found in the text) or "editor" (recorded by Pantau with its outcome).', 'data/outcomes', 'NOT NULL'),
      ...speakerColumns('tags.commitments[]'),
      int('outcome_id', 'What became of it, when recorded: same statement, same party, and `what` equal to or beginning with the outcome\'s.', 'data/outcomes', 'REFERENCES outcomes(id)'),
    ],
    indexes: [{ columns: ['statement_id'] }, { columns: ['by_party'] }, { columns: ['outcome_id'] }],
  },
  {
    name: 'outcomes',
    meaning: 'What became of a commitment, shown by a later statement: recorded by Pantau\'s editors.',
    columns: [
      int('id', 'Row id (data/outcomes files in name order).', 'order of the files', 'PRIMARY KEY'),
      text('statement_id', 'The statement recording the commitment.', 'data/outcomes: `statementId`', `NOT NULL ${STATEMENT}`),
      text('by_party', 'The party that committed.', 'data/outcomes: `by`', 'NOT NULL'),
      text('what', 'The commitment, or the beginning of its wording.', 'data/outcomes: `what`', 'NOT NULL'),
      text('status', 'fulfilled, broken or superseded.', 'data/outcomes: `status`', 'NOT NULL'),
      text('evidence_statement_id', 'The later statement that shows it.', 'data/outcomes: `evidenceStatementId`', `NOT NULL ${STATEMENT}`),
      text('note', 'The editor\'s note, in Pantau\'s words.', 'data/outcomes: `note`', 'NOT NULL'),
    ],
    indexes: [{ columns: ['statement_id'] }, { columns: ['evidence_statement_id'] }],
  },
  {
    name: 'disputes',
    meaning: 'Two parties in opposition: `from_party` acts or complains (warns, fines, sues, refuses), `against_party` is its target.',
    columns: [
      ...claimKey('dispute'),
      text('from_party', 'The party acting or complaining.', '`tags.disputes[].from`', 'NOT NULL'),
      text('against_party', 'Its target.', '`tags.disputes[].against`', 'NOT NULL'),
      text('over_issue', 'The issue it is over, when known.', '`tags.disputes[].over`', 'REFERENCES issues(id)'),
      text('thread', 'The dispute thread: the two parties in sorted order and the issue ("general" when none), as on the site\'s disputes page.', 'derived', 'NOT NULL'),
      text('evidence', 'The sentence that shows it (the source\'s words).', '`tags.disputes[].evidence`', 'NOT NULL'),
      ...speakerColumns('tags.disputes[]'),
    ],
    indexes: [{ columns: ['statement_id'] }, { columns: ['from_party'] }, { columns: ['against_party'] }, { columns: ['thread'] }],
  },
  {
    name: 'demands',
    meaning: 'One party\'s demand, order or request of another (not the other party\'s promise).',
    columns: [
      ...claimKey('demand'),
      text('by_party', 'The party demanding.', '`tags.demands[].by`', 'NOT NULL'),
      text('on_party', 'The party it is made of.', '`tags.demands[].on`', 'NOT NULL'),
      text('what', 'What it demands, as the statement words it.', '`tags.demands[].what`', 'NOT NULL'),
      text('evidence', 'The sentence making it (the source\'s words).', '`tags.demands[].evidence`', 'NOT NULL'),
      ...speakerColumns('tags.demands[]'),
    ],
    indexes: [{ columns: ['statement_id'] }, { columns: ['by_party'] }, { columns: ['on_party'] }],
  },
  {
    name: 'quotes',
    meaning: 'Direct quotations, verbatim from the statement\'s text.',
    columns: [
      ...claimKey('quote'),
      text('text', 'The quotation, verbatim.', '`tags.quotes[].text`', 'NOT NULL'),
      text('speaker_name', 'Who the statement says spoke it; NULL when not known.', '`tags.quotes[].speaker.name`'),
      text('speaker_person', 'The speaker\'s person id when a person.', '`tags.quotes[].speaker.person`', 'REFERENCES people(id)'),
      text('speaker_org', 'The body the speaker spoke for, when known.', '`tags.quotes[].speaker.org`'),
      real('confidence', 'How sure the tagger is, from 0 to 1.', '`tags.quotes[].confidence`', 'NOT NULL'),
      reviewColumn,
    ],
    indexes: [{ columns: ['statement_id'] }, { columns: ['speaker_person'] }],
  },
  {
    name: 'corrections',
    meaning: 'A person\'s review of the tagger\'s tags for one statement; the link tables already have it applied.',
    columns: [
      text('statement_id', 'The statement reviewed.', 'data/corrections: `statementId`', `PRIMARY KEY ${STATEMENT}`),
      int('relevant', 'The reviewer\'s verdict on relevance, when they gave one (1 or 0).', 'data/corrections: `relevant`'),
      text('note', 'Why, in the reviewer\'s words.', 'data/corrections: `note`', 'NOT NULL'),
      text('reviewed_on', 'When (UTC).', 'data/corrections: `reviewedOn`', 'NOT NULL'),
    ],
  },
  {
    name: 'correction_changes',
    meaning: 'Each tag a reviewer added or removed.',
    columns: [
      text('statement_id', 'The statement.', 'data/corrections: `statementId`', 'NOT NULL REFERENCES corrections(statement_id)'),
      text('field', 'platforms, actors or issues.', 'data/corrections', 'NOT NULL'),
      text('change', '"add" or "remove".', 'data/corrections: `add`, `remove`', 'NOT NULL'),
      text('value', 'The id added or removed.', 'data/corrections', 'NOT NULL'),
    ],
    primaryKey: ['statement_id', 'field', 'change', 'value'],
  },
];

/** Commitment status on the day of the query, as the site computes it on its build day (30 days is "due soon"). */
const COMMITMENT_STATUS = `CASE
    WHEN o.status IS NOT NULL THEN o.status
    WHEN c.due IS NULL THEN 'open'
    WHEN c.due < date('now') THEN 'past-due'
    WHEN julianday(c.due) - julianday(date('now')) <= 30 THEN 'due-soon'
    ELSE 'open' END`;

export const VIEWS: View[] = [
  {
    name: 'parties',
    meaning: 'Platforms and actors together: the parties of commitments, disputes and demands.',
    sql: `SELECT id, 'platform' AS kind, name, NULL AS country FROM platforms UNION ALL SELECT id, 'actor', name, country FROM actors`,
  },
  {
    name: 'commitment_status',
    meaning: 'Every commitment of a listed statement with its status today (an outcome\'s status, else open, due-soon or past-due by its due date).',
    sql: `SELECT c.id, c.statement_id, c.position, c.by_party, c.what, c.due, s.day AS said_on, ${COMMITMENT_STATUS} AS status,
    o.evidence_statement_id AS outcome_statement_id
  FROM commitments c JOIN statements s ON s.id = c.statement_id LEFT JOIN outcomes o ON o.id = c.outcome_id
  WHERE s.listed = 1`,
  },
  {
    name: 'open_commitments',
    meaning: 'Commitments with no recorded outcome, by party, soonest due first.',
    sql: `SELECT cs.by_party, p.name AS party_name, cs.what, cs.due, cs.status, cs.said_on, cs.statement_id, cs.position, s.title, s.url
  FROM commitment_status cs JOIN statements s ON s.id = cs.statement_id LEFT JOIN parties p ON p.id = cs.by_party
  WHERE cs.status IN ('open', 'due-soon', 'past-due')
  ORDER BY cs.by_party, cs.due IS NULL, cs.due, cs.said_on`,
  },
  {
    name: 'open_commitments_by_party',
    meaning: 'How many commitments each party has open, and the next one due.',
    sql: `SELECT by_party, party_name, COUNT(*) AS open, SUM(status = 'past-due') AS past_due, MIN(due) AS next_due
  FROM open_commitments GROUP BY by_party, party_name ORDER BY open DESC, by_party`,
  },
  {
    name: 'dispute_threads',
    meaning: 'Disputes of listed statements between the same two parties over the same issue, most recently active first.',
    sql: `SELECT d.thread, MIN(d.from_party, d.against_party) AS party_a, MAX(d.from_party, d.against_party) AS party_b, d.over_issue,
    COUNT(*) AS disputes, MIN(s.day) AS first_day, MAX(s.day) AS last_day
  FROM disputes d JOIN statements s ON s.id = d.statement_id
  WHERE s.listed = 1
  GROUP BY d.thread ORDER BY last_day DESC, d.thread`,
  },
];

/** The full-text index: external content (the texts are stored once, in `statements`). */
export const FULL_TEXT = {
  name: 'statements_fts',
  meaning: 'Full-text index over statements\' titles, texts and summaries (SQLite FTS5): `statements_fts MATCH \'licence\'`; its rowid is statements.num.',
  sql: `CREATE VIRTUAL TABLE statements_fts USING fts5(title, text, summary, content='statements', content_rowid='num', tokenize='unicode61 remove_diacritics 2')`,
};

/** The tables that explain the others. */
export const META_TABLES = {
  tables: { name: '_tables', meaning: 'Every table and view, and what it holds.' },
  columns: { name: '_columns', meaning: 'Every column of every table: its type, meaning and where it comes from.' },
};

export function createTableSql(table: Table): string {
  const columns = table.columns.map((c) => `  ${c.name} ${c.type}${c.sql ? ` ${c.sql}` : ''}`);
  if (table.primaryKey) columns.push(`  PRIMARY KEY (${table.primaryKey.join(', ')})`);
  return `CREATE TABLE ${table.name} (\n${columns.join(',\n')}\n)`;
}

export function createIndexSql(table: Table): string[] {
  return (table.indexes ?? []).map(
    (index) => `CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX ${table.name}_${index.columns.join('_')} ON ${table.name} (${index.columns.join(', ')})`,
  );
}
