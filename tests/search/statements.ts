// Fictional statements for the search tests: every host ends in .example.
import { createHash } from 'node:crypto';
import type { Statement, Tags } from '../../src/lib/schema.ts';

let counter = 0;

export function fictionalStatement(fields: Partial<Statement> & { title: string }, tags: Partial<Tags> | null = {}): Statement {
  counter++;
  const url = `https://news.example/${counter}-${encodeURIComponent(fields.title.slice(0, 20))}`;
  const text = fields.text ?? `${fields.title}.`;
  const curated = fields.origin === 'curated';
  return {
    id: createHash('sha256').update(url).digest('hex').slice(0, 16),
    origin: 'scraped',
    url,
    canonicalUrl: url,
    sourceId: 'news-example',
    outlet: 'News Example',
    kind: 'news',
    titleBy: 'source',
    jurisdiction: 'MY',
    language: 'en',
    published: '2025-01-15T09:00:00+08:00',
    publishedPrecision: 'time',
    firstSeen: '2025-01-15T02:00:00Z',
    lastSeen: '2025-01-15T02:00:00Z',
    speakers: [],
    contentHash: curated ? null : createHash('sha256').update(text).digest('hex'),
    snapshotHash: null,
    history: [],
    removedAt: null,
    summary: null,
    ...fields,
    text: curated ? '' : text,
    tags:
      tags === null
        ? null
        : {
            relevant: true,
            relevance: 0.9,
            reason: 'fixture',
            platforms: [],
            actors: [],
            issues: [],
            people: [],
            quotes: [],
            commitments: [],
            disputes: [],
            demands: [],
            ...tags,
          },
  };
}
