// Every labelled text (the tests' .jsonl sets, title and text) and each of its sentences: what the tests that hold a
// rewritten RegExp equal to its original read both over.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../scrapers/tag/text.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.jsonl') ? [join(d, e.name)] : []));

/** The labelled texts and their sentences, each once. */
export function labelledPieces(): string[] {
  const texts = files(dir).flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { title: string; text: string })
      .map((item) => `${item.title}\n${item.text}`),
  );
  return [...new Set([...texts, ...texts.flatMap((t) => splitSentences(t).map((s) => s.text))])];
}
