// `npm run --silent tag -- <file.jsonl>`: tag one statement per line ({id, title, text, lang?, date?}) and print
// one JSON object per line, in input order, and nothing else. A bad line stops the run before anything is printed.
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { sortedPair } from '../../src/lib/dispute-pair.ts';
import type { Speaker } from '../../src/lib/schema.ts';
import { loadTaxonomy, tagStatements } from '../tag/index.ts';
import { command } from './options.ts';

/** Claims' attribution, flat: the speaker's name and the body they spoke for, and the confidence. */
function claimFields(claim: { speaker: Speaker | null; confidence: number }) {
  return { speaker: claim.speaker?.name ?? null, speakerOrg: claim.speaker?.org ?? null, confidence: claim.confidence };
}

const lineSchema = z.object({
  id: z.union([z.string().min(1), z.number()]),
  title: z.string(),
  text: z.string(),
  lang: z.string().optional(),
  date: z.string().optional(),
});

export const run = command({
  name: 'pantau tag',
  usage: 'usage: npm run --silent tag -- <file.jsonl>\n  one statement a line in ({id, title, text, lang?, date?}), one JSON object a line out',
  options: {},
  positionals: { min: 1, max: 1, what: 'file' },
  run: async ({ positionals }) => tag(positionals[0]!),
});

async function tag(file: string): Promise<number> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    console.error(`pantau tag: ${file}: ${cause}`);
    return 1;
  }
  const statements: z.infer<typeof lineSchema>[] = [];
  const lines = content.split('\n');
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    let parsed: z.SafeParseReturnType<unknown, z.infer<typeof lineSchema>>;
    try {
      parsed = lineSchema.safeParse(JSON.parse(line));
    } catch {
      console.error(`pantau tag: ${file}:${index + 1}: not valid JSON`);
      return 1;
    }
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      console.error(`pantau tag: ${file}:${index + 1}: ${issue?.path.join('.') || 'line'}: ${issue?.message ?? 'invalid'}`);
      return 1;
    }
    statements.push(parsed.data);
  }
  const taxonomy = await loadTaxonomy();
  const out: string[] = [];
  const tagged = tagStatements(statements.map((s) => ({ title: s.title, text: s.text, lang: s.lang, date: s.date })), taxonomy);
  for (const [i, s] of statements.entries()) {
    const tags = tagged[i]!;
    // The key order is part of the contract: other checks read this output.
    out.push(
      JSON.stringify({
        id: s.id,
        relevant: tags.relevant,
        relevance: tags.relevance,
        platforms: tags.platforms,
        actors: tags.actors,
        issues: tags.issues,
        people: tags.people.map((p) => p.name),
        commitments: tags.commitments.map((c) => ({ by: c.by, what: c.what, due: c.due, evidence: c.evidence, ...claimFields(c) })),
        // `parties` (sorted) as before; `from` and `against` give the direction.
        disputes: tags.disputes.map((d) => ({
          parties: sortedPair(d.from, d.against),
          over: d.over,
          evidence: d.evidence,
          from: d.from,
          against: d.against,
          ...claimFields(d),
        })),
        quotes: tags.quotes.map((q) => ({ text: q.text, ...claimFields(q) })),
        demands: tags.demands.map((d) => ({ by: d.by, on: d.on, what: d.what, evidence: d.evidence, ...claimFields(d) })),
      }),
    );
  }
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
