// Every labelled item (the tests' .jsonl sets) and each text's sentences: what the tests that hold a rewritten RegExp,
// or a faster way of tagging, equal to the original read them over.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { splitSentences } from '../../scrapers/tag/text.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = (d: string): string[] =>
  readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(d, e.name)) : e.name.endsWith('.jsonl') ? [join(d, e.name)] : []));

export interface LabelledItem {
  title: string;
  text: string;
  lang?: string;
  date?: string;
}

/** The labelled items, as written (a few lines of some sets hold no text). */
export function labelledItems(): LabelledItem[] {
  return files(dir).flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as LabelledItem),
  );
}

/** The labelled texts (title and text) and their sentences, each once. */
export function labelledPieces(): string[] {
  const texts = labelledItems().map((item) => `${item.title}\n${item.text}`);
  return [...new Set([...texts, ...texts.flatMap((t) => splitSentences(t).map((s) => s.text))])];
}
