import { describe, expect, it } from 'vitest';
import { groupCommitments, normalisedPromise } from '../../src/lib/commitment-groups.ts';
import type { CommitmentRow } from '../../src/lib/commitments.ts';
import type { Outcome } from '../../src/lib/records.ts';

let n = 0;
function row(by: string, what: string, published: string, extra: Partial<CommitmentRow> = {}, statementId?: string): CommitmentRow {
  n += 1;
  const id = statementId ?? n.toString(16).padStart(16, '0');
  return {
    statement: { id, title: `Report ${n}`, outlet: 'News Example', published: `${published}T10:00:00+08:00`, firstSeen: `${published}T03:00:00Z`, language: 'en' },
    index: 0,
    commitment: { by, what, due: null, evidence: `${by} ${what}.`, speaker: null, confidence: 0.9 },
    state: 'unreviewed',
    note: null,
    said: published,
    status: 'open',
    outcome: null,
    recorded: false,
    ...extra,
  };
}

describe('normalisedPromise', () => {
  it('reads two wordings of one promise as one: case, filler words, inflection and word order aside', () => {
    expect(normalisedPromise('provide feedback on the proposals')).toBe(normalisedPromise('providing its feedback on proposals'));
    expect(normalisedPromise('Apply for a licence')).toBe(normalisedPromise('apply for licences'));
    expect(normalisedPromise('akan mematuhi undang-undang Malaysia')).toBe(normalisedPromise('mematuhi undang-undang Malaysia'));
    expect(normalisedPromise('remove scam ads within 24 hours')).toBe(normalisedPromise('within 24 hours, remove scam ads'));
  });

  it('keeps different promises apart', () => {
    expect(normalisedPromise('apply for a licence')).not.toBe(normalisedPromise('appeal against the licence'));
    expect(normalisedPromise('remove scam ads within 24 hours')).not.toBe(normalisedPromise('remove scam ads within 48 hours'));
  });
});

describe('groupCommitments', () => {
  it('gives one row per party and promise, with every report in date order, the latest due date and the outcome', () => {
    const outcome: Outcome = { statementId: 'x'.repeat(16), by: 'meta', what: 'provide feedback', status: 'fulfilled', evidenceStatementId: 'f'.repeat(16), note: 'n' };
    const first = row('meta', 'provide feedback on the proposals', '2024-10-30', { commitment: { by: 'meta', what: 'provide feedback on the proposals', due: '2024-11-15', evidence: 'e', speaker: null, confidence: 0.6 } });
    const followUp = row('meta', 'providing its feedback on proposals', '2024-11-20', {
      commitment: { by: 'meta', what: 'providing its feedback on proposals', due: '2024-12-01', evidence: 'e', speaker: null, confidence: 0.8 },
      state: 'confirmed',
      outcome,
    });
    const other = row('tiktok', 'provide feedback on the proposals', '2024-10-30');
    const groups = groupCommitments([followUp, other, first], '2025-06-01');
    expect(groups.map((g) => [g.first.commitment.by, g.rows.map((r) => r.said)])).toEqual([
      ['meta', ['2024-10-30', '2024-11-20']],
      ['tiktok', ['2024-10-30']],
    ]);
    expect(groups[0]).toMatchObject({ due: '2024-12-01', status: 'fulfilled', state: 'confirmed', confidence: 0.8 });
    expect(groups[0]!.first).toBe(first);
    // Without an outcome the status follows the group's due date against the build date.
    expect(groupCommitments([first], '2025-06-01')[0]!.status).toBe('past-due');
  });

  it("joins a syndicated copy whose wording an editor changed to its origin's commitment by the same party", () => {
    const origin = row('tiktok', 'apply for a licence before February', '2025-01-15', {}, 'a'.repeat(16));
    const copy = row('tiktok', 'apply for the licence by February', '2025-01-15', {}, 'b'.repeat(16));
    const elsewhere = row('tiktok', 'apply for the licence by February', '2025-03-01', {}, 'c'.repeat(16));
    const originOf = (id: string) => (id === 'b'.repeat(16) ? 'a'.repeat(16) : id);
    const groups = groupCommitments([origin, copy, elsewhere], '2025-06-01', { originOf });
    expect(groups.map((g) => g.rows.map((r) => r.statement.id[0]))).toEqual([['a', 'b'], ['c']]);
  });
});
