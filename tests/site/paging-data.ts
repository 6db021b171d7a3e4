// Fictional data with enough commitments and disputes to span several pages of the tracker and the threads: 230
// statements on paging.example, each with its own promise and its own dispute, a promise repeated by 15 statements
// and a thread of 25 events, some claims below the confidence shown by default. Texts are random words, so that no two
// statements pass for syndicated copies.
import { join } from 'node:path';
import type { Commitment, Dispute, Statement } from '../../src/lib/schema.ts';
import { contentHash, statementId, writeStatement } from '../../scrapers/store/statements.ts';

export const PAGING = {
  statements: 230,
  parties: ['party-a', 'party-b', 'party-c', 'party-d', 'party-e'],
  issues: ['licensing', 'scams', 'child-safety'],
  /** Statements 0..14 also report the same promise of party-a. */
  repeated: { count: 15, what: 'open a regional office' },
  /** Statements 0..24 also carry a dispute of party-a against long-rival over scams. */
  longThread: { count: 25, key: 'long-rival--party-a--scams' },
  today: '2025-06-01',
} as const;

/** One statement in ten has its own claims machine-found with confidence 0.5, below the default threshold. */
export const isLowConfidence = (i: number) => i % 10 === 3;
export const promiseOf = (i: number) => `publish audit number ${i}`;

const WORDS = ('platform regulator licence minister ministry court review statement policy content online safety ' +
  'users children scam advert removal request notice deadline appeal hearing parliament committee report data ' +
  'privacy fine penalty order compliance audit office region market service network account verify identity ' +
  'public consult draft rule code practice industry group letter response meeting agreement plan launch budget')
  .split(' ');

/** Seeded (mulberry32), so that the fixture is the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function statement(i: number, rand: () => number): Statement {
  const url = `https://paging.example/statements/${i}`;
  const day = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const text = Array.from({ length: 80 }, () => WORDS[Math.floor(rand() * WORDS.length)]!).join(' ');
  const party = PAGING.parties[i % PAGING.parties.length]!;
  const confidence = isLowConfidence(i) ? 0.5 : 0.9;
  // Due dates before, near and after the build day, and none: every status but the outcomes.
  const due = [null, '2025-01-01', '2025-06-20', '2026-01-01'][i % 4] ?? null;
  const commitments: Commitment[] = [{ by: party, what: promiseOf(i), due, evidence: `Evidence ${i}.`, speaker: null, confidence }];
  if (i < PAGING.repeated.count) commitments.push({ by: 'party-a', what: PAGING.repeated.what, due: null, evidence: `Office ${i}.`, speaker: null, confidence: 0.9 });
  const disputes: Dispute[] = [{ from: party, against: `rival-${i}`, over: PAGING.issues[i % PAGING.issues.length]!, evidence: `Dispute ${i}.`, speaker: null, confidence }];
  if (i < PAGING.longThread.count) disputes.push({ from: 'party-a', against: 'long-rival', over: 'scams', evidence: `Long ${i}.`, speaker: null, confidence: 0.9 });
  return {
    id: statementId(url), origin: 'scraped', url, canonicalUrl: url, sourceId: 'paging-example', outlet: 'Paging Example',
    kind: 'news', jurisdiction: 'MY', language: 'en', title: `Fictional statement ${i}`, titleBy: 'source',
    published: `${day}T10:00:00+08:00`, publishedPrecision: 'time', firstSeen: `${day}T03:00:00Z`, lastSeen: `${day}T03:00:00Z`,
    speakers: [], text, contentHash: contentHash(text), snapshotHash: null, history: [], removedAt: null, summary: null,
    tags: {
      relevant: true, relevance: 0.9, reason: 'fixture', platforms: [], actors: [party], issues: [], people: [], quotes: [],
      commitments, disputes, demands: [],
    },
  };
}

/** Writes the statements into `dataDir`/statements. */
export async function writePagingData(dataDir: string): Promise<void> {
  const rand = random(13);
  for (let i = 0; i < PAGING.statements; i++) await writeStatement(join(dataDir, 'statements'), statement(i, rand));
}
