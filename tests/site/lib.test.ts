// The site's pure functions: what a reader sees depends on each of them.
import { describe, expect, it } from 'vitest';
import type { Statement, Tags } from '../../src/lib/schema.ts';
import type { Correction, Outcome } from '../../src/lib/records.ts';
import { applyCorrection } from '../../src/lib/corrected-tags.ts';
import { commitmentStatus, findOutcome, listCommitments, fallingDue } from '../../src/lib/commitments.ts';
import { disputeThreads } from '../../src/lib/disputes.ts';
import { highlightParagraphs } from '../../src/lib/highlight.ts';
import { diffText, versionChanges, type DiffPart } from '../../src/lib/version-diff.ts';
import { countsByMonth, monthRange, topTagIds } from '../../src/lib/timeline.ts';
import { formatDate, daysBetween } from '../../src/lib/dates.ts';
import { httpHref } from '../../src/lib/safe-url.ts';
import { parseTaxonomyNames, displayName } from '../../src/lib/taxonomy-names.ts';
import { citationText } from '../../src/lib/citation.ts';
import { subjectEvents, subjectStatements } from '../../src/lib/subject-events.ts';
import { reviewedClaims } from '../../src/lib/reviewed-claims.ts';
import { statementLang, wordsLang } from '../../src/lib/statement-lang.ts';

const claimsOf = (s: Statement) => reviewedClaims(s.tags, undefined);

const tags = (t: Partial<Tags> = {}): Tags => ({
  relevant: true, relevance: 1, reason: '', platforms: [], actors: [], issues: [], people: [], quotes: [], commitments: [], disputes: [], demands: [], ...t,
});

let counter = 0;
function statement(s: Partial<Statement> = {}): Statement {
  counter += 1;
  return {
    id: counter.toString(16).padStart(16, '0'), origin: 'scraped', url: 'https://news.example/a', canonicalUrl: 'https://news.example/a',
    sourceId: 'news-example', outlet: 'News Example', kind: 'news', jurisdiction: 'MY', language: 'en', title: 'A title',
    published: '2025-01-15T10:30:00+08:00', publishedPrecision: 'time', firstSeen: '2025-01-15T03:00:00Z', lastSeen: '2025-01-16T03:00:00Z',
    titleBy: 'source', speakers: [], text: 'Text.', contentHash: 'a'.repeat(64), snapshotHash: null, history: [], removedAt: null, summary: null, tags: tags(), ...s,
  };
}

const correction = (c: Partial<Correction>): Correction => ({
  statementId: '0000000000000001', add: {}, remove: {}, claims: [], note: 'reviewed', reviewedOn: '2025-01-01T00:00:00Z', ...c,
});

describe('applyCorrection', () => {
  it('removes and adds tags, keeping the tagger’s order and no duplicates', () => {
    const corrected = applyCorrection(
      tags({ platforms: ['meta', 'wechat', 'tiktok'], issues: ['scams'] }),
      correction({ remove: { platforms: ['wechat'] }, add: { platforms: ['x', 'meta'], issues: ['licensing'] } }),
    );
    expect(corrected?.platforms).toEqual(['meta', 'tiktok', 'x']);
    expect(corrected?.issues).toEqual(['scams', 'licensing']);
  });

  it('overrides relevance only when the reviewer said so, and tags an untagged statement', () => {
    expect(applyCorrection(tags({ relevant: true }), correction({ relevant: false }))?.relevant).toBe(false);
    expect(applyCorrection(tags({ relevant: true }), correction({}))?.relevant).toBe(true);
    expect(applyCorrection(null, correction({ add: { actors: ['mcmc'] } }))?.actors).toEqual(['mcmc']);
    expect(applyCorrection(null, undefined)).toBeNull();
  });
});

describe('commitment status', () => {
  it('is open, due soon within 30 days, or past due against the build date', () => {
    expect(commitmentStatus(null, '2025-06-01')).toBe('open');
    expect(commitmentStatus('2025-07-02', '2025-06-01')).toBe('open');
    expect(commitmentStatus('2025-07-01', '2025-06-01')).toBe('due-soon');
    expect(commitmentStatus('2025-06-01', '2025-06-01')).toBe('due-soon');
    expect(commitmentStatus('2025-05-31', '2025-06-01')).toBe('past-due');
  });

  it('takes an outcome record over the date, matched by statement, actor and a prefix of what', () => {
    const s = statement({ tags: tags({ commitments: [{ by: 'tiktok', what: 'apply for a licence by January', due: '2025-01-01', evidence: 'e', speaker: null, confidence: 0.9 }] }) });
    const outcome: Outcome = { statementId: s.id, by: 'tiktok', what: 'apply for a licence', status: 'fulfilled', evidenceStatementId: 'f'.repeat(16), note: 'n' };
    expect(findOutcome(s.id, s.tags!.commitments[0]!, [{ ...outcome, by: 'meta' }])).toBeNull();
    const [row] = listCommitments([s], claimsOf, [outcome], '2025-06-01');
    expect(row?.status).toBe('fulfilled');
    expect(listCommitments([s], claimsOf, [], '2025-06-01')[0]?.status).toBe('past-due');
  });

  it("keeps an editor's outcome the tagger found no commitment for, marked as recorded by Pantau", () => {
    const s = statement({ tags: tags({ commitments: [{ by: 'tiktok', what: 'apply for a licence', due: null, evidence: 'e', speaker: null, confidence: 0.9 }] }) });
    const found: Outcome = { statementId: s.id, by: 'tiktok', what: 'apply', status: 'fulfilled', evidenceStatementId: 'f'.repeat(16), note: 'n' };
    const unfound: Outcome = { ...found, by: 'telegram', what: 'obtain a licence', note: 'Telegram was licensed later.' };
    const rows = listCommitments([s], claimsOf, [found, unfound], '2025-06-01');
    expect(rows.map((r) => [r.commitment.by, r.status, r.recorded, r.index])).toEqual([
      ['tiktok', 'fulfilled', false, 0],
      ['telegram', 'fulfilled', true, 1],
    ]);
    expect(listCommitments([statement({})], claimsOf, [unfound], '2025-06-01')).toEqual([]);
  });

  it('lists unresolved commitments with a due date, soonest first', () => {
    const s = statement({ tags: tags({ commitments: [
      { by: 'a', what: 'later', due: '2025-09-01', evidence: 'e', speaker: null, confidence: 0.9 },
      { by: 'a', what: 'undated', due: null, evidence: 'e', speaker: null, confidence: 0.9 },
      { by: 'a', what: 'sooner', due: '2025-06-10', evidence: 'e', speaker: null, confidence: 0.9 },
    ] }) });
    expect(fallingDue(listCommitments([s], claimsOf, [], '2025-06-01')).map((r) => r.commitment.what)).toEqual(['sooner', 'later']);
  });
});

describe('disputeThreads', () => {
  it('groups by the two parties whatever their order and by issue, oldest first, latest thread first', () => {
    const d = ([from, against]: [string, string], over: string | null) => ({ from, against, over, evidence: 'e', speaker: null, confidence: 0.9 });
    const threads = disputeThreads([
      statement({ published: '2025-03-01T00:00:00+08:00', tags: tags({ disputes: [d(['kkd', 'telegram'], 'licensing')] }) }),
      statement({ published: '2025-01-01T00:00:00+08:00', tags: tags({ disputes: [d(['telegram', 'kkd'], 'licensing')] }) }),
      statement({ published: '2025-02-01T00:00:00+08:00', tags: tags({ disputes: [d(['telegram', 'kkd'], 'scams')] }) }),
    ], claimsOf);
    expect(threads.map((t) => [t.parties, t.over, t.events.map((e) => e.day)])).toEqual([
      [['kkd', 'telegram'], 'licensing', ['2025-01-01', '2025-03-01']],
      [['kkd', 'telegram'], 'scams', ['2025-02-01']],
    ]);
  });
});

describe('highlightParagraphs', () => {
  it('splits paragraphs and marks each evidence sentence once, as text', () => {
    const text = 'First <b>one</b>. TikTok agreed to apply.\n\nX rejected it. TikTok agreed to apply.';
    const result = highlightParagraphs(text, [
      { kind: 'commitment', evidence: 'TikTok agreed to apply.' },
      { kind: 'dispute', evidence: 'X rejected it.' },
      { kind: 'dispute', evidence: 'Not in the text.' },
    ]);
    expect(result).toEqual([
      [{ text: 'First <b>one</b>. ', mark: null }, { text: 'TikTok agreed to apply.', mark: 'commitment' }],
      [{ text: 'X rejected it.', mark: 'dispute' }, { text: ' TikTok agreed to apply.', mark: null }],
    ]);
  });

  it('leaves overlapping evidence unmarked rather than nesting marks', () => {
    const [paragraph] = highlightParagraphs('Meta will comply by May.', [
      { kind: 'commitment', evidence: 'Meta will comply by May.' },
      { kind: 'dispute', evidence: 'comply by May' },
    ]);
    expect(paragraph).toEqual([{ text: 'Meta will comply by May.', mark: 'commitment' }]);
  });
});

describe('version diff', () => {
  it('shows insertions and deletions word by word', () => {
    expect(diffText('The minister said no.', 'The minister said yes.')).toEqual([
      { kind: 'same', text: 'The minister said ' },
      { kind: 'removed', text: 'no' },
      { kind: 'added', text: 'yes' },
      { kind: 'same', text: '.' },
    ]);
  });

  it('compares a wire copy paragraph by paragraph, then word by word within a changed paragraph', () => {
    const before = 'The MCMC fined the app.\n\nIt has 30 days to pay.\n\nThe minister spoke.';
    const after = 'The MCMC fined the app.\n\nIt has 14 days to pay.\n\nA new paragraph from the wire.\n\nThe minister spoke.';
    const parts = diffText(before, after);
    expect(parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text.trim()])).toEqual([
      ['removed', '30'],
      ['added', '14'],
      ['added', 'A new paragraph from the wire.'],
    ]);
    // Nothing lost: the unchanged and removed parts give the first text back, the unchanged and added the second.
    const join = (drop: DiffPart['kind']) => parts.filter((p) => p.kind !== drop).map((p) => p.text).join('');
    expect([join('added'), join('removed')]).toEqual([before, after]);
  });

  it('shows a paragraph replaced by an unrelated one as removed and added, with no word diff between them', () => {
    const parts = diffText('Intro.\n\nThe minister announced the new rules for the platforms on Monday.', 'Intro.\n\nThe floods closed the schools in the north on Monday.');
    expect(parts.map((p) => p.kind)).toEqual(['same', 'removed', 'added']);
  });

  it('shows a paragraph rewritten throughout whole, not as a word-by-word tangle', () => {
    const old = Array.from({ length: 150 }, (_, i) => `the old${i}`).join(' ');
    const rewritten = Array.from({ length: 150 }, (_, i) => `the new${i}`).join(' ');
    expect(diffText(`Intro.\n\n${old}`, `Intro.\n\n${rewritten}`).map((p) => p.kind)).toEqual(['same', 'removed', 'added']);
  });

  it('shortens long unchanged stretches around an ellipsis', () => {
    const words = Array.from({ length: 80 }, (_, i) => `w${i}`).join(' ');
    const parts = diffText(`${words} old`, `${words} new`);
    expect(parts[0]!.text.startsWith('… ')).toBe(true);
    expect(parts[0]!.text).toContain('w79');
    expect(parts[0]!.text).not.toContain('w10 ');
  });

  it('compares each earlier version with the one that replaced it', () => {
    const v = (title: string, text: string) => ({ title, text, contentHash: 'b'.repeat(64), firstSeen: '2025-01-01T00:00:00Z', lastSeen: '2025-01-02T00:00:00Z' });
    const changes = versionChanges({ title: 'T3', text: 'c', history: [v('T1', 'a'), v('T1', 'b')] });
    expect(changes.map((c) => [c.version, c.title.length > 0, c.text.filter((p) => p.kind !== 'same').map((p) => p.text)])).toEqual([
      [1, false, ['a', 'b']],
      [2, true, ['b', 'c']],
    ]);
  });
});

describe('timeline counts', () => {
  it('fills every month between the first and the last, across a year end', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('counts statements per month in their own offset, for each series', () => {
    const list = [
      statement({ published: '2025-01-31T23:30:00+08:00', tags: tags({ platforms: ['meta'] }) }),
      statement({ published: null, publishedPrecision: null, firstSeen: '2025-03-02T00:00:00Z', tags: tags({ platforms: ['meta', 'x'] }) }),
    ];
    const counts = countsByMonth(list, [
      { label: 'Meta', weight: (s) => (s.tags?.platforms.includes('meta') ? 1 : 0) },
      { label: 'X', weight: (s) => (s.tags?.platforms.includes('x') ? 1 : 0) },
    ]);
    expect(counts).toEqual({
      months: ['2025-01', '2025-02', '2025-03'],
      series: [{ label: 'Meta', counts: [1, 0, 1] }, { label: 'X', counts: [0, 0, 1] }],
    });
    expect(topTagIds(list, 'platforms', 1)).toEqual(['meta']);
  });
});

describe('subjectEvents', () => {
  it('takes events from statements tagged with the subject and events naming it, newest first', () => {
    const c = { by: 'meta', what: 'w', due: null, evidence: 'e', speaker: null, confidence: 0.9 };
    const older = statement({ published: '2025-01-01T00:00:00+08:00', tags: tags({ commitments: [c] }) });
    const newer = statement({ published: '2025-02-01T00:00:00+08:00', tags: tags({ platforms: ['meta'], disputes: [{ from: 'x', against: 'mcmc', over: null, evidence: 'e', speaker: null, confidence: 0.9 }] }) });
    const unrelated = statement({ tags: tags({ commitments: [{ ...c, by: 'x' }] }) });
    expect(subjectEvents([older, unrelated, newer], claimsOf, 'platforms', 'meta').map((e) => [e.type, e.statement.id])).toEqual([
      ['dispute', newer.id],
      ['commitment', older.id],
    ]);
  });

  it('gives a subject page its own statements, in list order, and the same events as a scan of every statement', () => {
    const c = { by: 'meta', what: 'w', due: null, evidence: 'e', speaker: null, confidence: 0.9 };
    const committing = statement({ tags: tags({ commitments: [c] }) });
    const tagged = statement({ tags: tags({ platforms: ['meta'] }) });
    const overIssue = statement({ tags: tags({ disputes: [{ from: 'mcmc', against: 'x', over: 'scams', evidence: 'e', speaker: null, confidence: 0.9 }] }) });
    const unrelated = statement({ tags: tags({ platforms: ['tiktok'] }) });
    const data = { statements: [committing, unrelated, tagged, overIssue], claimsOf: (s: Pick<Statement, 'id' | 'tags'>) => reviewedClaims(s.tags, undefined) };
    expect(subjectStatements(data, 'platforms', 'meta').map((s) => s.id)).toEqual([committing.id, tagged.id]);
    expect(subjectStatements(data, 'issues', 'scams').map((s) => s.id)).toEqual([overIssue.id]);
    expect(subjectStatements(data, 'platforms', 'nobody')).toEqual([]);
    for (const [kind, id] of [['platforms', 'meta'], ['actors', 'mcmc'], ['issues', 'scams']] as const)
      expect(subjectEvents(subjectStatements(data, kind, id), claimsOf, kind, id)).toEqual(subjectEvents(data.statements, claimsOf, kind, id));
  });
});

describe('the language of a statement\'s words', () => {
  it('takes a curated record\'s summary language for its summary and claims, the page\'s for its title', () => {
    const curated = statement({ origin: 'curated', language: 'ms', text: '', summary: { author: 'Pantau', text: 'The minister said so.', language: 'en' } });
    expect([statementLang(curated), wordsLang(curated)]).toEqual(['ms', 'en']);
    expect(wordsLang({ ...curated, summary: { author: 'Pantau', text: 'Menteri berkata begitu.' } })).toBe('ms');
    expect(wordsLang(statement({ language: 'und' }))).toBeUndefined();
  });
});

describe('formatting and links', () => {
  it('shows the time in the source’s own offset, or only the day', () => {
    expect(formatDate('2025-01-15T10:30:00+08:00', 'time')).toBe('15 January 2025, 10:30 UTC+08:00');
    expect(formatDate('2025-01-15T02:30:00Z', 'time')).toBe('15 January 2025, 02:30 UTC');
    expect(formatDate('2025-01-15T10:30:00+08:00', 'day')).toBe('15 January 2025');
    expect(daysBetween('2025-12-31', '2026-01-30')).toBe(30);
  });

  it('links only http(s) addresses', () => {
    expect(httpHref('https://news.example/a?b=1')).toBe('https://news.example/a?b=1');
    expect(httpHref(' javascript:alert(1)')).toBeNull();
    expect(httpHref('JAVASCRIPT:alert(1)')).toBeNull();
    expect(httpHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(httpHref('/relative')).toBeNull();
    expect(httpHref(null)).toBeNull();
  });

  it('reads taxonomy names from a list or a map, falling back to the id', () => {
    const names = parseTaxonomyNames([{ id: 'kkd', name: 'Ministry of Communications' }, { id: 'nameless' }]);
    expect(displayName(names, 'kkd')).toBe('Ministry of Communications');
    expect(displayName(names, 'nameless')).toBe('nameless');
    expect(displayName(parseTaxonomyNames({ platforms: [{ id: 'x', name: 'X' }] }), 'x')).toBe('X');
    expect(displayName(parseTaxonomyNames({ tiktok: { name: 'TikTok' } }), 'tiktok')).toBe('TikTok');
    expect(parseTaxonomyNames(undefined).size).toBe(0);
  });

  it('cites speaker, title, outlet, date, original and the Pantau record with the access date', () => {
    const s = statement({ speakers: ['A Minister'], title: 'Deadline set' });
    expect(citationText(s, 'https://pantau.example/statements/x/', '2025-06-01')).toBe(
      'A Minister. "Deadline set". News Example, 15 January 2025, 10:30 UTC+08:00. https://news.example/a. ' +
        'Pantau record: https://pantau.example/statements/x/ (accessed 1 June 2025).',
    );
    expect(citationText({ ...s, origin: 'curated', titleBy: 'pantau', speakers: [] }, 'p', '2025-06-01')).toMatch(
      /^\[Deadline set\]\. Summary by Pantau of: News Example,/,
    );
  });
});
