// pantau.sqlite from a handful of fictional records: the Meta question, a statement by id, the foreign keys, the
// explanation of every column, and the same bytes from the same records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Statement, Tags } from '../../src/lib/schema.ts';
import type { Outcome } from '../../src/lib/records.ts';
import { writeDataset, type DatasetFile } from '../../src/lib/dataset/write.ts';
import type { DatasetInput } from '../../src/lib/dataset/rows.ts';
import { EXAMPLE_QUERIES } from '../../src/lib/dataset/examples.ts';
import { TABLES } from '../../src/lib/dataset/tables.ts';
import { reviewedClaims } from '../../src/lib/reviewed-claims.ts';

const tags = (t: Partial<Tags>): Tags => ({
  relevant: true, relevance: 0.9, reason: 'fixture', platforms: [], actors: [], issues: [], people: [], quotes: [],
  commitments: [], disputes: [], demands: [], ...t,
});
const claim = { speaker: null, confidence: 0.8 };

function statement(id: string, s: Partial<Statement>): Statement {
  return {
    id, origin: 'scraped', url: `https://news.example/${id}`, canonicalUrl: `https://news.example/${id}`, sourceId: 'news-example',
    outlet: 'News Example', kind: 'news', jurisdiction: 'MY', language: 'en', title: `Statement ${id}`, titleBy: 'source',
    published: '2025-01-15T10:30:00+08:00', publishedPrecision: 'time', firstSeen: '2025-01-15T03:00:00Z', lastSeen: '2025-01-16T03:00:00Z',
    speakers: [], text: `Text of ${id}.`, contentHash: 'a'.repeat(64), snapshotHash: null, history: [], removedAt: null, summary: null,
    tags: tags({}), ...s,
  };
}

// Meta commits in Malaysia (to MCMC) twice, once with a recorded outcome; in Australia (to eSafety) once; an editor
// records a Meta commitment no sentence states; TikTok commits in Malaysia; a syndicated copy repeats a commitment.
const MY_LICENCE = statement('0000000000000001', {
  title: 'Meta says it will apply for a licence',
  speakers: ['Fahmi Fadzil'],
  tags: tags({
    platforms: ['meta'],
    actors: ['mcmc'],
    issues: ['licensing'],
    people: [{ id: 'fahmi-fadzil', name: 'Fahmi Fadzil', role: 'Communications Minister', org: 'kkd' }],
    quotes: [{ text: 'Meta will apply', speaker: { name: 'Fahmi Fadzil', person: 'fahmi-fadzil', org: 'kkd' }, confidence: 0.9 }],
    commitments: [{ by: 'meta', what: 'apply for a licence by January', due: '2025-01-31', evidence: 'Meta said it would apply for a licence by January.', ...claim }],
    disputes: [{ from: 'mcmc', against: 'meta', over: 'scams', evidence: 'MCMC warned Meta over scam adverts.', ...claim }],
    demands: [{ by: 'mcmc', on: 'meta', what: 'remove scam adverts', evidence: 'MCMC ordered Meta to remove scam adverts.', ...claim }],
  }),
});
const MY_GRANTED = statement('0000000000000002', { title: 'MCMC grants Meta its licence', published: '2025-02-10T09:00:00+08:00', tags: tags({ platforms: ['meta'], actors: ['mcmc'] }) });
const MY_SCAMS = statement('0000000000000003', {
  title: 'Meta pledges faster takedowns',
  published: '2025-03-01T09:00:00+08:00',
  tags: tags({ platforms: ['meta'], actors: ['mcmc'], commitments: [{ by: 'meta', what: 'remove scam adverts within 24 hours', due: null, evidence: 'Meta pledged to remove scam adverts within 24 hours.', ...claim }] }),
});
const AU = statement('0000000000000004', {
  jurisdiction: 'AU',
  tags: tags({ platforms: ['meta'], actors: ['esafety'], commitments: [{ by: 'meta', what: 'comply with the minimum age', due: null, evidence: 'Meta said it would comply.', ...claim }] }),
});
const MY_TIKTOK = statement('0000000000000005', {
  tags: tags({ platforms: ['tiktok'], actors: ['mcmc'], commitments: [{ by: 'tiktok', what: 'apply for a licence', due: null, evidence: 'TikTok will apply.', ...claim }] }),
});
const MY_EDITOR = statement('0000000000000006', { title: 'Meta meets the minister', published: '2025-04-01T09:00:00+08:00', tags: tags({ platforms: ['meta'], actors: ['kkd'] }) });
const MY_COPY = statement('0000000000000007', { ...MY_SCAMS, id: '0000000000000007', outlet: 'Copy Example' });
const CURATED = statement('0000000000000008', {
  origin: 'curated', text: '', contentHash: null, title: 'An event in our words', titleBy: 'pantau', summary: { author: 'Pantau', text: 'Pantau’s summary of the event.' },
  tags: null, sourceId: 'pantau-curated',
});
const STATEMENTS = [MY_LICENCE, MY_GRANTED, MY_SCAMS, AU, MY_TIKTOK, MY_EDITOR, MY_COPY, CURATED];

const OUTCOMES: Outcome[] = [
  { statementId: MY_LICENCE.id, by: 'meta', what: 'apply for a licence', status: 'fulfilled', evidenceStatementId: MY_GRANTED.id, note: 'Licensed in February.' },
  { statementId: MY_EDITOR.id, by: 'meta', what: 'appoint a local representative', status: 'broken', evidenceStatementId: MY_SCAMS.id, note: 'No one was appointed.' },
];

function input(statements: Statement[] = STATEMENTS): DatasetInput {
  const withCorrection = statements.map((s) => (s.id === MY_GRANTED.id && s.tags ? { ...s, tags: { ...s.tags, issues: ['licensing'] } } : s));
  return {
    statements: withCorrection,
    stored: new Map(statements.map((s) => [s.id, s])),
    isListed: (s) => s.id !== MY_COPY.id,
    storyOrigin: (id) => (id === MY_COPY.id || id === MY_SCAMS.id ? MY_SCAMS.id : null),
    corrections: [{ statementId: MY_GRANTED.id, add: { issues: ['licensing'] }, remove: {}, claims: [], note: 'It is about the licence.', reviewedOn: '2025-03-01T00:00:00Z' }],
    claimsOf: (s) => reviewedClaims(s.tags, undefined),
    outcomes: OUTCOMES,
    sources: [{
      id: 'news-example', name: 'News Example feed', outlet: 'News Example', kind: 'news', jurisdiction: 'MY', language: 'en', type: 'rss',
      url: 'https://news.example/feed.xml', enabled: true, fetchArticle: 'when-short', checked: { on: '2025-01-01', against: 'fixture', status: 'fixture' },
    }],
    taxonomy: {
      platforms: [{ id: 'meta', name: 'Meta', fields: { parent: null } }, { id: 'tiktok', name: 'TikTok', fields: {} }],
      actors: [
        { id: 'mcmc', name: 'Malaysian Communications and Multimedia Commission', fields: { kind: 'regulator', country: 'MY' } },
        { id: 'kkd', name: 'Ministry of Communications', fields: { kind: 'ministry', country: 'MY' } },
        { id: 'esafety', name: 'eSafety Commissioner', fields: { kind: 'regulator', country: 'AU' } },
      ],
      issues: [{ id: 'licensing', name: 'Licensing', fields: {} }],
    },
    people: [{
      id: 'fahmi-fadzil', name: 'Fahmi Fadzil', aliases: [],
      offices: [{ org: 'kkd', title: 'Minister of Communications', titleMs: 'Menteri Komunikasi', from: '2023-12', to: null, source: 'https://gov.example/cabinet' }],
    }, {
      id: 'teo-nie-ching', name: 'Teo Nie Ching', aliases: [],
      offices: [{ org: 'kkd', title: 'Deputy Minister of Communications', titleMs: 'Timbalan Menteri Komunikasi', from: null, to: null, source: 'https://gov.example/cabinet' }],
    }],
    partyKind: (id) => (['meta', 'tiktok'].includes(id) ? 'platforms' : 'actors'),
    permalink: (id) => `https://pantau.example/statements/${id}/`,
  };
}

let work: string;
let file: DatasetFile;
let db: Database.Database;
const example = (id: string) => EXAMPLE_QUERIES.find((e) => e.id === id)!.sql;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pantau-dataset-'));
  file = await writeDataset(join(work, 'pantau.sqlite'), input());
  db = new Database(file.path, { readonly: true });
});

afterAll(async () => {
  db?.close();
  await rm(work, { recursive: true, force: true });
});

describe('pantau.sqlite', () => {
  it('answers the Meta question with one query: Malaysian commitments only, outcomes joined, copies counted once', () => {
    const rows = db.prepare(example('meta-malaysia')).all() as Record<string, string | null>[];
    expect(rows.map((r) => [r.what, r.outcome, r.outcome_in])).toEqual([
      ['apply for a licence by January', 'fulfilled', 'MCMC grants Meta its licence'],
      ['remove scam adverts within 24 hours', null, null],
      ['appoint a local representative', 'broken', 'Meta pledges faster takedowns'],
    ]);
    expect(rows[0]).toMatchObject({ due: '2025-01-31', said_on: '2025-01-15', url: MY_LICENCE.url, outcome_on: '2025-02-10' });
  });

  it('returns a statement\'s text, tags and claims by its id', () => {
    const row = db.prepare(example('statement')).get({ id: MY_LICENCE.id });
    expect(row).toEqual({ title: MY_LICENCE.title, text: MY_LICENCE.text, summary: null, platforms: 'meta', actors: 'mcmc', issues: 'licensing', commitments: 1, disputes: 1 });
    const claims = db.prepare(`SELECT (SELECT speaker_person FROM quotes WHERE statement_id = :id) AS quoted,
      (SELECT on_party FROM demands WHERE statement_id = :id) AS demanded_of, (SELECT thread FROM disputes WHERE statement_id = :id) AS thread`).get({ id: MY_LICENCE.id });
    expect(claims).toEqual({ quoted: 'fahmi-fadzil', demanded_of: 'meta', thread: 'mcmc--meta--scams' });
    expect(db.prepare('SELECT summary, text FROM statements WHERE id = ?').get(CURATED.id)).toEqual({ summary: 'Pantau’s summary of the event.', text: '' });
  });

  it('tells a reviewer\'s tag from the tagger\'s, and keeps the correction', () => {
    expect(db.prepare('SELECT issue_id, tagged_by FROM statement_issues WHERE statement_id = ?').all(MY_GRANTED.id)).toEqual([{ issue_id: 'licensing', tagged_by: 'reviewer' }]);
    expect(db.prepare('SELECT field, change, value FROM correction_changes').all()).toEqual([{ field: 'issues', change: 'add', value: 'licensing' }]);
  });

  it('holds every id the records use, so that every foreign key holds, and names unknown ones by their id', () => {
    const check = new Database(file.path);
    expect(check.pragma('foreign_key_check')).toEqual([]);
    check.close();
    expect(db.prepare('SELECT id, declared FROM sources ORDER BY id').all()).toEqual([{ id: 'news-example', declared: 1 }, { id: 'pantau-curated', declared: 0 }]);
    expect(db.prepare("SELECT name, in_taxonomy FROM issues WHERE id = 'scams'").get()).toEqual({ name: 'scams', in_taxonomy: 0 });
    expect(db.prepare("SELECT kind FROM parties WHERE id = 'meta'").get()).toEqual({ kind: 'platform' });
  });

  it('holds the office-holder map: every person in it with their dated offices, and those only the records name', () => {
    expect(db.prepare('SELECT id, in_people_map FROM people ORDER BY id').all()).toEqual([
      { id: 'fahmi-fadzil', in_people_map: 1 },
      { id: 'teo-nie-ching', in_people_map: 1 },
    ]);
    const minister = db.prepare(`SELECT o.title, o.start, o.end FROM quotes q JOIN offices o ON o.person_id = q.speaker_person
      WHERE q.statement_id = ? AND o.org = 'kkd'`).get(MY_LICENCE.id);
    expect(minister).toEqual({ title: 'Minister of Communications', start: '2023-12', end: null });
  });

  it('finds statements by words in their titles, texts and summaries', () => {
    const ids = (q: string) => db.prepare('SELECT s.id FROM statements_fts f JOIN statements s ON s.num = f.rowid WHERE statements_fts MATCH ? ORDER BY s.id').all(q).map((r) => (r as { id: string }).id);
    expect(ids('licence')).toEqual([MY_LICENCE.id, MY_GRANTED.id]);
    expect(ids('summary')).toEqual([CURATED.id]);
  });

  it('counts open commitments per party and threads disputes', () => {
    expect(db.prepare('SELECT by_party, open FROM open_commitments_by_party').all()).toEqual([
      { by_party: 'meta', open: 2 },
      { by_party: 'tiktok', open: 1 },
    ]);
    expect(db.prepare('SELECT thread, disputes FROM dispute_threads').all()).toEqual([{ thread: 'mcmc--meta--scams', disputes: 1 }]);
  });

  it('explains every column of every table in _columns', () => {
    const described = db.prepare('SELECT table_name || \'.\' || column_name AS c FROM _columns').all().map((r) => (r as { c: string }).c);
    const actual = TABLES.flatMap((t) => (db.pragma(`table_info(${t.name})`) as { name: string }[]).map((c) => `${t.name}.${c.name}`));
    expect(described.sort()).toEqual(actual.sort());
    expect(db.prepare("SELECT kind FROM _tables WHERE name = 'open_commitments'").get()).toEqual({ kind: 'view' });
  });

  it('makes the same bytes from the same records, whatever their order, and reports its row counts', async () => {
    const again = await writeDataset(join(work, 'again.sqlite'), input([...STATEMENTS].reverse()));
    expect(again.sha256).toBe(file.sha256);
    expect(file.counts).toMatchObject({ statements: STATEMENTS.length, commitments: 6, outcomes: 2, disputes: 1 });
  });
});
