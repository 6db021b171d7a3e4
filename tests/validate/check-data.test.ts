import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir, type Problem } from '../../scrapers/validate/check-data.ts';
import { contentHash, serialiseStatement, statementPath } from '../../scrapers/store/statements.ts';
import { curated, dataFolder, scraped } from './fixture-data.ts';

const NOW = new Date('2026-11-29T03:00:00Z');

function causesFor(problems: Problem[], fileEnd: string): string[] {
  return problems.filter((p) => p.file.endsWith(fileEnd)).map((p) => p.cause);
}

const seed = scraped('2024/10/30/seed');
const event = curated('2025/licence-in-force');
const outcome = {
  statementId: seed.id,
  by: 'chirper',
  what: 'apply for a licence',
  status: 'fulfilled',
  evidenceStatementId: event.id,
  note: 'The regulator listed Chirper as licensed.',
};
const correction = {
  statementId: seed.id,
  add: { platforms: ['chirper'] },
  remove: {},
  note: 'The article is about Chirper.',
  reviewedOn: '2026-11-28T10:00:00Z',
};
const runReport = {
  startedAt: '2026-11-28T18:00:00Z',
  finishedAt: '2026-11-28T18:05:00Z',
  durationMs: 300000,
  sources: [
    { id: 'news-example', status: 'ok', new: 1, updated: 0, unchanged: 3, removed: 0, failed: 0, durationMs: 1200, error: null },
  ],
};

describe('checkDataDir', () => {
  it('passes a folder where every record is valid, and counts what it checked', async () => {
    const dir = await dataFolder({
      statements: [seed],
      curated: [event],
      files: {
        [`corrections/${seed.id}.json`]: correction,
        'outcomes/chirper-licence.json': outcome,
        'runs/latest.json': runReport,
        'health.json': {},
      },
    });
    const report = await checkDataDir(dir, NOW);
    expect(report.problems).toEqual([]);
    expect(report.notes).toEqual([]);
    expect(report.counts).toEqual({ statements: 1, curated: 1, corrections: 1, outcomes: 1 });
  });

  it('accepts a curated event filed directly under its year', async () => {
    const dir = await dataFolder({ files: { [`curated/2025/${event.id}.json`]: serialiseStatement(event) } });
    expect((await checkDataDir(dir, NOW)).problems).toEqual([]);
  });

  it('names a file that is not JSON', async () => {
    const dir = await dataFolder({ files: { 'statements/2024/10/0123456789abcdef.json': '{"id": ' } });
    const { problems } = await checkDataDir(dir, NOW);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(join(dir, 'statements/2024/10/0123456789abcdef.json'));
    expect(problems[0]!.cause).toMatch(/^not JSON/);
  });

  it('reports schema breaches, including an address that is not http(s)', async () => {
    const bad = { ...scraped('bad'), url: 'javascript:alert(1)', title: '' };
    const dir = await dataFolder({ statements: [bad] });
    const causes = causesFor((await checkDataDir(dir, NOW)).problems, `${bad.id}.json`);
    expect(causes).toHaveLength(1);
    expect(causes[0]).toContain('url:');
    expect(causes[0]).toContain('title:');
  });

  it('flags dates before 1990 and more than a day in the future', async () => {
    const old = scraped('old', { published: '1985-05-01T00:00:00+08:00' });
    const future = scraped('future', { lastSeen: '2026-12-05T00:00:00Z' });
    const dir = await dataFolder({ statements: [old, future] });
    const { problems } = await checkDataDir(dir, NOW);
    expect(causesFor(problems, `${old.id}.json`)).toEqual(['published 1985-05-01T00:00:00+08:00 is before 1990']);
    expect(causesFor(problems, `${future.id}.json`)).toEqual(['lastSeen 2026-12-05T00:00:00Z is in the future']);
  });

  it('accepts a time within a day ahead (clock skew), and flags lastSeen before firstSeen', async () => {
    const skewed = scraped('skewed', { firstSeen: '2026-11-29T12:00:00Z', lastSeen: '2026-11-29T12:00:00Z' });
    const backwards = scraped('backwards', { lastSeen: '2024-10-30T04:00:00Z' });
    const dir = await dataFolder({ statements: [skewed, backwards] });
    const { problems } = await checkDataDir(dir, NOW);
    expect(causesFor(problems, `${skewed.id}.json`)).toEqual([]);
    expect(causesFor(problems, `${backwards.id}.json`)).toEqual(['lastSeen is earlier than firstSeen']);
  });

  it('allows one record per canonical address across statements and curated events', async () => {
    const copy = curated('x', { url: seed.url, canonicalUrl: seed.canonicalUrl, id: seed.id });
    const dir = await dataFolder({ statements: [seed], curated: [copy] });
    const { problems } = await checkDataDir(dir, NOW);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toContain(join(dir, 'curated'));
    expect(problems[0]!.cause).toBe(`same canonical address as ${statementPath(join(dir, 'statements'), seed)}: one page, one record`);
  });

  it('requires the id to be derived from the canonical address', async () => {
    const wrong = scraped('id', { id: '0000000000000000' });
    const dir = await dataFolder({ statements: [wrong] });
    const causes = causesFor((await checkDataDir(dir, NOW)).problems, '0000000000000000.json');
    expect(causes).toEqual([`id 0000000000000000 does not match canonicalUrl (expected ${scraped('id').id})`]);
  });

  it('requires the file path to agree with the id and the date', async () => {
    const dir = await dataFolder({ files: { [`statements/2024/11/${seed.id}.json`]: serialiseStatement(seed) } });
    const { problems } = await checkDataDir(dir, NOW);
    expect(problems).toEqual([
      {
        file: join(dir, `statements/2024/11/${seed.id}.json`),
        cause: `file path does not agree with the record's id and date (expected 2024/10/${seed.id}.json)`,
      },
    ]);
  });

  it('keeps curated events flagged and apart from scraped statements', async () => {
    const noSummary = { ...curated('no-summary'), summary: null };
    const misfiled = curated('misfiled');
    const scrapedInCurated = scraped('in-curated');
    const dir = await dataFolder({ statements: [misfiled], curated: [noSummary, scrapedInCurated] });
    const { problems } = await checkDataDir(dir, NOW);
    expect(causesFor(problems, `${noSummary.id}.json`)).toEqual(['summary: a curated record needs our summary']);
    expect(causesFor(problems, `${misfiled.id}.json`)[0]).toMatch(/^origin is 'curated' but statements\/ holds scraped/);
    expect(causesFor(problems, `${scrapedInCurated.id}.json`)[0]).toMatch(/^origin is 'scraped' but curated\/ holds curated/);
  });

  it('detects a text that no longer matches its hash', async () => {
    const edited = { ...seed, text: 'Someone edited this by hand.' };
    const dir = await dataFolder({ statements: [edited] });
    expect(causesFor((await checkDataDir(dir, NOW)).problems, `${seed.id}.json`)).toEqual([
      'contentHash does not match the text',
    ]);
  });

  it('checks taxonomy ids in tags, and says so when there is no taxonomy to check against', async () => {
    const tagged = scraped('tagged', {
      tags: {
        relevant: true,
        relevance: 0.9,
        reason: 'mentions a platform',
        platforms: ['chirper', 'myspace'],
        actors: [],
        issues: ['licensing'],
        people: [],
        quotes: [],
        commitments: [],
        disputes: [],
        demands: [],
      },
    });
    const withTaxonomy = await checkDataDir(await dataFolder({ statements: [tagged] }), NOW);
    expect(withTaxonomy.problems.map((p) => p.cause)).toEqual([
      "tags.platforms: 'myspace' is not in taxonomy/platforms.json",
    ]);
    const without = await checkDataDir(await dataFolder({ statements: [tagged], taxonomy: false }), NOW);
    expect(without.problems).toEqual([]);
    expect(without.notes[0]).toMatch(/^no taxonomy folder/);
  });

  it('checks the ids claims name: parties, issue, bodies, and people either by their name or from people.json', async () => {
    const speaker = (name: string, person: string | null, org: string | null) => ({ name, person, org });
    const claims = scraped('claims', {
      tags: {
        relevant: true, relevance: 0.9, reason: 'a regulator and a platform', platforms: ['chirper'], actors: ['regulator'],
        issues: ['licensing'],
        people: [{ id: 'aminah', name: 'Aminah Contoh', role: 'Minister', org: 'nobody' }],
        quotes: [
          { text: 'We will act.', speaker: speaker('Aminah Contoh', 'aminah-contoh', 'regulator'), confidence: 0.9 },
          { text: 'Soon.', speaker: speaker('Aminah Contoh', 'aminah', null), confidence: 0.9 },
        ],
        commitments: [
          { by: 'ghost', what: 'apply for a licence', due: null, evidence: 'Chirper will apply.', speaker: speaker('Minister Aminah', 'minister-aminah', null), confidence: 0.5 },
        ],
        disputes: [
          { from: 'regulator', against: 'chirper', over: 'no-such-issue', evidence: 'The regulator warned Chirper.', speaker: speaker('Ali Contoh', 'ali-contoh', 'regulator'), confidence: 0.8 },
        ],
        demands: [{ by: 'regulator', on: 'myspace', what: 'remove the posts', evidence: 'It told Myspace to remove them.', speaker: null, confidence: 0.6 }],
      },
    });
    const people = {
      entries: [
        { id: 'ali-contoh', name: 'Ali Contoh', aliases: [], offices: [{ org: 'regulator', title: 'Chair', titleMs: 'Pengerusi', from: '2023-03-01', to: null, source: 'https://regulator.example/board' }] },
        { id: 'siti-contoh', name: 'Siti Contoh', aliases: [], offices: [{ org: 'nowhere', title: 'Chair', titleMs: 'Pengerusi', from: null, to: null, source: 'https://nowhere.example/' }] },
      ],
    };
    const { problems } = await checkDataDir(await dataFolder({ statements: [claims], files: { 'taxonomy/people.json': people } }), NOW);
    expect(causesFor(problems, `${claims.id}.json`)).toEqual([
      "tags.people.0.id: 'aminah' is not the id of 'Aminah Contoh' (aminah-contoh)",
      "tags.people.0.org: 'nobody' is neither a platform nor an actor in the taxonomy",
      "tags.quotes.1.speaker.person: 'aminah' is neither the id of 'Aminah Contoh' (aminah-contoh) nor a person in taxonomy/people.json",
      "tags.commitments.0.by: 'ghost' is neither a platform nor an actor in the taxonomy",
      "tags.demands.0.on: 'myspace' is neither a platform nor an actor in the taxonomy",
      "tags.disputes.0.over: 'no-such-issue' is not in taxonomy/issues.json",
    ]);
    expect(causesFor(problems, 'people.json')).toEqual([
      "siti-contoh: offices.0.org: 'nowhere' is neither a platform nor an actor in the taxonomy",
    ]);
    const badPeople = await checkDataDir(await dataFolder({ files: { 'taxonomy/people.json': { entries: [{ ...people.entries[0], id: 'ali' }] } } }), NOW);
    expect(causesFor(badPeople.problems, 'people.json')).toEqual(['entries.0.id: id must be ali-contoh (personId of the name)']);
  });

  it('checks claim reviews: each names exactly one claim the tagger found, once, and a fix or an addition is a whole, known, verbatim claim', async () => {
    const said = 'Chirper will apply for a licence by January.';
    const reviewed = scraped('reviewed', {
      text: `${said} The regulator warned Chirper. Chirper said it would also remove scam ads.`,
      tags: {
        relevant: true, relevance: 0.9, reason: '', platforms: ['chirper'], actors: ['regulator'], issues: ['licensing'], people: [], quotes: [], demands: [],
        commitments: [
          { by: 'chirper', what: 'apply for a licence by January', due: null, evidence: said, speaker: null, confidence: 0.5 },
          { by: 'chirper', what: 'remove scam ads', due: null, evidence: 'Chirper said it would also remove scam ads.', speaker: null, confidence: 0.5 },
        ],
        disputes: [{ from: 'regulator', against: 'chirper', over: 'licensing', evidence: 'The regulator warned Chirper.', speaker: null, confidence: 0.6 }],
      },
    });
    const statement = { ...reviewed, contentHash: contentHash(reviewed.text) };
    const claims = [
      { kind: 'commitment', review: 'confirm', match: { what: 'apply for a licence' } },
      { kind: 'commitment', review: 'confirm', match: { by: 'chirper' } },
      { kind: 'dispute', review: 'reject', match: { from: 'chirper' }, note: 'Not at odds.' },
      { kind: 'commitment', review: 'fix', match: { what: 'apply' }, set: { by: 'ghost' } },
      { kind: 'dispute', review: 'fix', match: { from: 'regulator' }, set: { against: 'regulator' } },
      { kind: 'quote', review: 'add', claim: { text: 'We will comply fully.', speaker: null } },
      { kind: 'demand', review: 'add', claim: { by: 'regulator', on: 'chirper', what: 'remove scam ads', evidence: 'Chirper said it would also remove scam ads.', speaker: null } },
    ];
    const dir = await dataFolder({
      statements: [statement],
      files: { [`corrections/${statement.id}.json`]: { ...correction, statementId: statement.id, claims } },
    });
    expect(causesFor((await checkDataDir(dir, NOW)).problems, `corrections/${statement.id}.json`)).toEqual([
      'claims.1: names 2 commitments of the statement (match {"by":"chirper"}); add a field to tell them apart',
      'claims.2: names no dispute the tagger found in the statement (match {"from":"chirper"})',
      'claims.3: reviews the same commitment as claims.0',
      'claims.4.set: the fixed claim: a dispute needs two different parties',
      "claims.5.claim.text: not found word for word in the statement's title, text or summary",
    ]);
    const fixed = await dataFolder({
      statements: [statement],
      files: { [`corrections/${statement.id}.json`]: { ...correction, statementId: statement.id, claims: [{ kind: 'commitment', review: 'fix', match: { what: 'remove' }, set: { by: 'ghost' } }] } },
    });
    expect(causesFor((await checkDataDir(fixed, NOW)).problems, '.json')).toEqual([
      "claims.0.set.by: 'ghost' is neither a platform nor an actor in the taxonomy",
    ]);
  });

  it('flags an addition the tagger now finds itself, unless the tagger\'s claim is reviewed too (the site would show it twice)', async () => {
    const said = 'Chirper will apply for a licence by January.';
    const found = scraped('found', {
      text: `${said} The regulator warned Chirper.`,
      tags: {
        relevant: true, relevance: 0.9, reason: '', platforms: ['chirper'], actors: ['regulator'], issues: ['licensing'], people: [], quotes: [], demands: [],
        commitments: [{ by: 'chirper', what: 'apply for a licence', due: null, evidence: said, speaker: null, confidence: 0.9 }],
        disputes: [{ from: 'regulator', against: 'chirper', over: 'licensing', evidence: 'The regulator warned Chirper.', speaker: null, confidence: 0.9 }],
      },
    });
    const statement = { ...found, contentHash: contentHash(found.text) };
    const added = [
      { kind: 'commitment', review: 'add', claim: { by: 'chirper', what: 'apply for a licence by January', due: '2027-01-01', evidence: said, speaker: null } },
      { kind: 'dispute', review: 'add', claim: { from: 'regulator', against: 'chirper', over: 'licensing', evidence: 'The regulator warned Chirper.', speaker: null } },
      // Another party's promise or another issue is another claim.
      { kind: 'commitment', review: 'add', claim: { by: 'regulator', what: 'apply for a licence by January', due: null, evidence: said, speaker: null } },
      { kind: 'dispute', review: 'add', claim: { from: 'regulator', against: 'chirper', over: null, evidence: 'The regulator warned Chirper.', speaker: null } },
    ];
    const folder = (claims: unknown[]) =>
      dataFolder({ statements: [statement], files: { [`corrections/${statement.id}.json`]: { ...correction, statementId: statement.id, claims } } });
    expect(causesFor((await checkDataDir(await folder(added), NOW)).problems, `corrections/${statement.id}.json`)).toEqual([
      'claims.0: the tagger now finds this commitment itself (tags.commitments.0); confirm or fix that one instead of adding it',
      'claims.1: the tagger now finds this dispute itself (tags.disputes.0); confirm or fix that one instead of adding it',
    ]);
    const reviewedToo = [
      { kind: 'commitment', review: 'fix', match: { what: 'apply for a licence' }, set: { what: 'apply for a licence by January', due: '2027-01-01' } },
      { kind: 'dispute', review: 'reject', match: { from: 'regulator' }, note: 'Not at odds.' },
      ...added.slice(2),
    ];
    expect(causesFor((await checkDataDir(await folder(reviewedToo), NOW)).problems, `corrections/${statement.id}.json`)).toEqual([]);
  });

  it('checks corrections: file name, target statement and taxonomy ids', async () => {
    const dir = await dataFolder({
      statements: [seed],
      files: {
        'corrections/aaaaaaaaaaaaaaaa.json': { ...correction, statementId: 'aaaaaaaaaaaaaaaa' },
        'corrections/misnamed.json': { ...correction, add: { issues: ['unknown-issue'] } },
        'corrections/bbbbbbbbbbbbbbbb.json': { statementId: 'bbbbbbbbbbbbbbbb', note: '' },
      },
    });
    const { problems } = await checkDataDir(dir, NOW);
    expect(causesFor(problems, 'aaaaaaaaaaaaaaaa.json')).toEqual([
      'statementId aaaaaaaaaaaaaaaa matches no statement or curated event',
    ]);
    expect(causesFor(problems, 'misnamed.json')).toEqual([
      `a correction is stored as corrections/<statementId>.json (expected ${seed.id}.json)`,
      "add.issues: 'unknown-issue' is not in taxonomy/issues.json",
    ]);
    expect(causesFor(problems, 'bbbbbbbbbbbbbbbb.json')[0]).toContain('reviewedOn');
  });

  it('checks outcomes: both statements exist, the evidence comes later, and the actor is known', async () => {
    const later = curated('later');
    const dir = await dataFolder({
      statements: [seed],
      curated: [later],
      files: {
        'outcomes/missing.json': { ...outcome, evidenceStatementId: 'cccccccccccccccc' },
        'outcomes/backwards.json': { ...outcome, statementId: later.id, evidenceStatementId: seed.id },
        'outcomes/unknown-actor.json': [{ ...outcome, evidenceStatementId: later.id, by: 'nobody' }],
      },
    });
    const { problems, counts } = await checkDataDir(dir, NOW);
    expect(counts.outcomes).toBe(3);
    expect(causesFor(problems, 'missing.json')).toEqual([
      'evidenceStatementId cccccccccccccccc matches no statement or curated event',
    ]);
    expect(causesFor(problems, 'backwards.json')).toEqual(['the evidence (2024-10-30) predates the commitment (2025-01-01)']);
    expect(causesFor(problems, 'unknown-actor.json')).toEqual([
      "by: 'nobody' is neither a platform nor an actor in the taxonomy",
    ]);
  });

  it('validates the run report and the health file when present', async () => {
    const dir = await dataFolder({
      files: {
        'runs/latest.json': { ...runReport, durationMs: -1 },
        'health.json': { 'news-example': { state: 'asleep' } },
      },
    });
    const { problems } = await checkDataDir(dir, NOW);
    expect(causesFor(problems, 'latest.json')[0]).toContain('durationMs');
    expect(causesFor(problems, 'health.json')[0]).toContain('news-example.state');
  });
});

describe('the data of record', () => {
  it('passes validation: every curated event, the seed statement, outcomes and corrections', async () => {
    const report = await checkDataDir('data');
    expect(report.problems).toEqual([]);
    expect(report.counts.curated).toBeGreaterThanOrEqual(150);
  });
});
