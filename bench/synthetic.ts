// Clearly synthetic statements for the benchmark: "[synthetic]" titles on *.bench.example hosts, with texts drawn from
// the real article bodies of the extraction benchmark so that the vocabulary (and so the index) is realistic.
import { readFile } from 'node:fs/promises';
import type { Statement } from '../src/lib/schema.ts';
import { contentHash, statementId } from '../scrapers/store/statements.ts';

export const CORPUS = new URL('../../shared/corpora/article-extraction-benchmark/ground-truth.json', import.meta.url);

/** A small seeded generator (mulberry32): the same size always gives the same statements. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The corpus's articles, each as its paragraphs. */
export async function loadArticles(): Promise<string[][]> {
  const corpus = JSON.parse(await readFile(CORPUS, 'utf8')) as Record<string, { articleBody?: string }>;
  return Object.values(corpus)
    .map((a) => (a.articleBody ?? '').split(/\n{2,}/).map((p) => p.trim()).filter((p) => p.length >= 40))
    .filter((paragraphs) => paragraphs.length >= 3);
}

const PLATFORMS = ['facebook', 'tiktok', 'youtube', 'x', 'instagram', 'telegram', 'whatsapp', 'threads', 'linkedin', 'reddit', 'snapchat', 'wechat'];
const KINDS = ['news', 'ministry', 'regulator', 'platform'] as const;
const JURISDICTIONS = ['MY', 'MY', 'MY', 'SG', 'ID', 'AU', 'EU'];
const LANGUAGES = ['en', 'en', 'en', 'ms'];
const pad = (n: number) => String(n).padStart(2, '0');
const benchPerson = (n: string) => ({ id: `bench-person-${n}`, name: `Bench Person ${n}`, role: null, org: null });

export function syntheticStatements(count: number, articles: readonly string[][], seed = 20_260_101): Statement[] {
  const rand = random(seed + count);
  const paragraphs = articles.flat();
  // Skewed towards the first items, as real outlets and subjects are.
  const pick = <T>(list: readonly T[]) => list[Math.floor(list.length * rand() ** 2)]!;
  const several = <T>(list: readonly T[], max: number) => [...new Set(Array.from({ length: Math.floor(rand() * (max + 1)) }, () => pick(list)))].sort();
  const actors = Array.from({ length: 40 }, (_, i) => `bench-actor-${pad(i + 1)}`);
  const issues = Array.from({ length: 20 }, (_, i) => `bench-issue-${pad(i + 1)}`);
  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  const statements: Statement[] = [];
  for (let i = 0; i < count; i++) {
    const outletNo = Math.floor(60 * rand() ** 2) + 1;
    const host = `outlet-${pad(outletNo)}.bench.example`;
    const url = `https://${host}/statement/${i}`;
    const curated = rand() < 0.01;
    // A run of one article (real sentences, so phrases occur as they do in news) plus a stray paragraph or two.
    const article = articles[Math.floor(rand() * articles.length)]!;
    const from = Math.floor(rand() * (article.length - 2));
    const run = article.slice(from, from + 3 + Math.floor(rand() * 12));
    const strays = Array.from({ length: 1 + Math.floor(rand() * 2) }, () => paragraphs[Math.floor(rand() * paragraphs.length)]!);
    const text = [...run, ...strays].join('\n\n');
    const lead = paragraphs[Math.floor(rand() * paragraphs.length)]!.split(/\s+/).slice(0, 6 + Math.floor(rand() * 6)).join(' ');
    const published = new Date(start + Math.floor(rand() * span));
    published.setUTCSeconds(0, 0);
    const publishedIso = `${new Date(published.getTime() + 8 * 3_600_000).toISOString().slice(0, 16)}:00+08:00`;
    const firstSeen = new Date(published.getTime() + 3_600_000).toISOString().replace('.000Z', 'Z');
    const platforms = several(PLATFORMS, 3);
    const actorList = several(actors, 2);
    const by = actorList[0] ?? 'bench-actor-01';
    statements.push({
      id: statementId(url),
      origin: curated ? 'curated' : 'scraped',
      url,
      canonicalUrl: url,
      sourceId: `bench-outlet-${pad(outletNo)}`,
      outlet: `Bench Outlet ${pad(outletNo)}`,
      kind: pick(KINDS),
      jurisdiction: pick(JURISDICTIONS),
      language: pick(LANGUAGES),
      title: `[synthetic] ${lead}`,
      titleBy: curated ? 'pantau' : 'source',
      published: publishedIso,
      publishedPrecision: 'time',
      firstSeen,
      lastSeen: firstSeen,
      speakers: [],
      text: curated ? '' : text,
      contentHash: curated ? null : contentHash(text),
      snapshotHash: null,
      history: [],
      removedAt: null,
      summary: curated ? { author: 'Pantau', text: text.slice(0, 600) } : null,
      tags: {
        relevant: true,
        relevance: Math.round(rand() * 100) / 100,
        reason: 'synthetic',
        platforms,
        actors: actorList,
        issues: several(issues, 2),
        people: rand() < 0.3 ? [benchPerson(pad(Math.floor(rand() * 50)))] : [],
        quotes: [],
        commitments: rand() < 0.1 ? [{ by, what: 'a synthetic commitment', due: null, evidence: lead, speaker: null, confidence: 0.9 }] : [],
        disputes:
          rand() < 0.08
            ? [{ from: by, against: platforms[0] ?? 'facebook', over: null, evidence: lead, speaker: null, confidence: 0.9 }]
            : [],
        demands: [],
      },
    });
  }
  return statements;
}
