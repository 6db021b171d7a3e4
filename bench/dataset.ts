// pantau.sqlite for the benchmark: written in-process by the same writer the build uses, from the synthetic
// statements (every one listed, none corrected), timed, with the file's size. Its memory is part of the build's
// peak (the `astro build` rows), where the site writes it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Statement } from '../src/lib/schema.ts';
import { writeDataset } from '../src/lib/dataset/write.ts';
import { reviewedClaims } from '../src/lib/reviewed-claims.ts';

export async function measureDataset(statements: readonly Statement[]): Promise<{ ms: number; bytes: number }> {
  const platforms = new Set(statements.flatMap((s) => s.tags?.platforms ?? []));
  const folder = await mkdtemp(join(tmpdir(), 'pantau-bench-dataset-'));
  try {
    const started = performance.now();
    const file = await writeDataset(join(folder, 'pantau.sqlite'), {
      statements,
      stored: new Map(statements.map((s) => [s.id, s])),
      isListed: () => true,
      storyOrigin: () => null,
      corrections: [],
      claimsOf: (s) => reviewedClaims(s.tags, undefined),
      outcomes: [],
      sources: [],
      taxonomy: { platforms: [], actors: [], issues: [] },
      people: [],
      partyKind: (id) => (platforms.has(id) ? 'platforms' : 'actors'),
      permalink: (id) => `https://pantau.bench.example/statements/${id}/`,
    });
    return { ms: performance.now() - started, bytes: file.bytes };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
