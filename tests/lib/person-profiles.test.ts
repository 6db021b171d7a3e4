import { describe, expect, it } from 'vitest';
import { personProfiles } from '../../src/lib/person-profiles.ts';
import { reviewedClaims } from '../../src/lib/reviewed-claims.ts';
import type { PersonEntry } from '../../src/lib/people.ts';
import type { Statement, Tags } from '../../src/lib/schema.ts';

const minister: PersonEntry = {
  id: 'aminah-contoh',
  name: 'Aminah Contoh',
  aliases: ['Aminah binti Contoh'],
  offices: [{ org: 'ministry-example', title: 'Minister', titleMs: 'Menteri', from: '2023-12-12', to: null, source: 'https://gov.example/cabinet' }],
};
const tags = (t: Partial<Tags>): Tags => ({
  relevant: true, relevance: 1, reason: '', platforms: [], actors: [], issues: [], people: [], quotes: [], commitments: [], disputes: [], demands: [], ...t,
});
let n = 0;
const statement = (s: Partial<Statement>): Statement => {
  n += 1;
  return {
    id: n.toString(16).padStart(16, '0'), origin: 'scraped', url: 'https://news.example/a', canonicalUrl: 'https://news.example/a', sourceId: 'news-example',
    outlet: 'News Example', kind: 'news', jurisdiction: 'MY', language: 'en', title: `Statement ${n}`, titleBy: 'source',
    published: '2025-01-15T10:30:00+08:00', publishedPrecision: 'time', firstSeen: '2025-01-15T03:00:00Z', lastSeen: '2025-01-15T03:00:00Z',
    speakers: [], text: 'Text.', contentHash: 'a'.repeat(64), snapshotHash: null, history: [], removedAt: null, summary: null, tags: null, ...s,
  };
};
const claimsOf = (s: Statement) => reviewedClaims(s.tags, undefined);

describe('personProfiles', () => {
  it("gathers a person's quotes, reported claims and statements, under one page whichever spelling the statement used", () => {
    const quoted = statement({
      tags: tags({
        quotes: [{ text: 'Platforms must comply.', speaker: { name: 'Aminah binti Contoh', person: 'aminah-binti-contoh', org: 'ministry-example' }, confidence: 0.9 }],
        commitments: [{ by: 'chirper', what: 'comply', due: null, evidence: 'Chirper will comply, Aminah said.', speaker: { name: 'Aminah', person: 'aminah-contoh', org: null }, confidence: 0.8 }],
      }),
    });
    const listing = statement({ speakers: ['Aminah Contoh'] });
    const naming = statement({ tags: tags({ people: [{ id: 'aminah-contoh', name: 'Aminah Contoh', role: 'Minister', org: 'ministry-example' }] }) });
    const unrelated = statement({ speakers: ['Someone Else'] });
    const profiles = personProfiles([quoted, listing, naming, unrelated], claimsOf, [minister]);
    const aminah = profiles.get('aminah-contoh')!;
    expect(aminah.quotes.map((q) => q.reviewed.claim.text)).toEqual(['Platforms must comply.']);
    expect(aminah.claims.map((c) => c.reviewed.kind)).toEqual(['commitment']);
    expect(aminah.statements.map((s) => s.id)).toEqual([quoted.id, listing.id, naming.id]);
    // Someone listed as speaking but neither in the map nor quoted gets no page.
    expect([...profiles.keys()]).toEqual(['aminah-contoh']);
  });

  it('gives a page to a quoted speaker outside the map, with the role a statement gave them', () => {
    const older = statement({ tags: tags({ people: [{ id: 'ali-contoh', name: 'Ali Contoh', role: 'spokesperson', org: null }] }) });
    const quoted = statement({ tags: tags({ quotes: [{ text: 'We disagree.', speaker: { name: 'Ali Contoh', person: 'ali-contoh', org: 'chirper' }, confidence: 0.9 }] }) });
    const ali = personProfiles([quoted, older], claimsOf, []).get('ali-contoh')!;
    expect(ali).toMatchObject({ name: 'Ali Contoh', entry: null, role: 'spokesperson' });
    expect(ali.statements).toHaveLength(1);
  });
});
