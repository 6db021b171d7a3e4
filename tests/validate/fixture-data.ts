// Small, obviously fictional data folders for the validator's tests (every host ends in .example).
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Statement } from '../../src/lib/schema.ts';
import { contentHash, serialiseStatement, statementId, statementPath } from '../../scrapers/store/statements.ts';
import { stableJson } from '../../scrapers/store/files.ts';

export function scraped(path: string, overrides: Partial<Statement> = {}): Statement {
  const canonicalUrl = `https://news.example/${path}`;
  const text = `Text of ${path}, as the outlet published it.`;
  return {
    id: statementId(canonicalUrl),
    origin: 'scraped',
    url: canonicalUrl,
    canonicalUrl,
    sourceId: 'news-example',
    outlet: 'News Example',
    kind: 'news',
    jurisdiction: 'MY',
    language: 'en',
    title: `Headline of ${path}`,
    titleBy: 'source',
    published: '2024-10-30T00:00:00+08:00',
    publishedPrecision: 'day',
    firstSeen: '2024-10-30T05:00:00Z',
    lastSeen: '2024-10-30T05:00:00Z',
    speakers: [],
    text,
    contentHash: contentHash(text),
    snapshotHash: null,
    history: [],
    removedAt: null,
    summary: null,
    tags: null,
    ...overrides,
  };
}

export function curated(path: string, overrides: Partial<Statement> = {}): Statement {
  const canonicalUrl = `https://regulator.example/${path}`;
  return {
    ...scraped(path),
    id: statementId(canonicalUrl),
    origin: 'curated',
    url: canonicalUrl,
    canonicalUrl,
    sourceId: 'regulator-example',
    outlet: 'Regulator Example',
    kind: 'regulator',
    published: '2025-01-01T00:00:00+08:00',
    firstSeen: '2026-11-29T00:00:00Z',
    lastSeen: '2026-11-29T00:00:00Z',
    text: '',
    contentHash: null,
    summary: { author: 'Pantau', text: 'The regulator said a fictional rule took effect. It gave no figures.' },
    ...overrides,
  };
}

export const TAXONOMY = {
  platforms: { entries: [{ id: 'chirper', name: 'Chirper' }] },
  actors: { entries: [{ id: 'regulator', name: 'Regulator Example' }] },
  issues: { entries: [{ id: 'licensing', name: 'Licensing' }] },
};

export interface FixtureSpec {
  statements?: Statement[];
  curated?: Statement[];
  /** Extra files by path relative to the data folder: objects are written as JSON, strings as they are. */
  files?: Record<string, unknown>;
  taxonomy?: boolean;
}

export async function writeFixtureFile(path: string, content: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, typeof content === 'string' ? content : stableJson(content));
}

/** A fresh data folder; each statement goes where the store would put it. */
export async function dataFolder(spec: FixtureSpec): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pantau-validate-'));
  for (const kind of ['statements', 'curated'] as const)
    for (const s of spec[kind] ?? []) await writeFixtureFile(statementPath(join(dir, kind), s), serialiseStatement(s));
  if (spec.taxonomy !== false)
    for (const [kind, body] of Object.entries(TAXONOMY)) await writeFixtureFile(join(dir, 'taxonomy', `${kind}.json`), body);
  for (const [path, content] of Object.entries(spec.files ?? {})) await writeFixtureFile(join(dir, path), content);
  return dir;
}
