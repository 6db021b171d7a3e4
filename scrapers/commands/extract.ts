// `npm run --silent extract -- <file.html>... [--url <address>]`: the article extractor alone, on saved pages.
// stdout carries exactly one JSON object per line per file read: {"file","title","published","language","text"}.
// A file that cannot be read is one line on stderr naming it; the exit code is then 1.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decodeBody } from '../fetch/index.ts';
import { extractArticle } from '../extract/article.ts';
import { command, UsageError } from './options.ts';

const USAGE = `usage: npm run --silent extract -- <file.html|file.html.gz>... [--url <address>]
  --url <address>  the address the pages were read from, to resolve their relative links (never fetched)`;
/** The address pages are read as when --url is not given: only resolves relative links, never fetched. */
const DEFAULT_URL = 'http://localhost/';

/** Gzip is recognised by its magic bytes, whatever the file is called. */
async function readPage(file: string): Promise<string> {
  let bytes: Uint8Array = await readFile(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  return decodeBody(bytes, null).text;
}

/** The --url value, checked: an absolute http(s) address. */
function pageAddress(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--url ${value}: not an absolute address`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new UsageError(`--url ${value}: only http(s) addresses`);
  return value;
}

export const run = command({
  name: 'pantau extract',
  usage: USAGE,
  options: { url: { type: 'string', default: DEFAULT_URL } },
  positionals: { min: 1, max: Number.POSITIVE_INFINITY, what: 'file' },
  run: async ({ values, positionals }) => extract(positionals, pageAddress(values.url)),
});

async function extract(files: string[], url: string): Promise<number> {
  let failed = 0;
  for (const file of files) {
    try {
      const article = extractArticle(await readPage(file), url);
      const line = { file, title: article.title, published: article.published?.iso ?? null, language: article.language, text: article.text };
      process.stdout.write(JSON.stringify(line) + '\n');
    } catch (error) {
      failed++;
      console.error(`pantau extract: ${file}: ${String((error as Error).message).split('\n')[0]}`);
    }
  }
  return failed ? 1 : 0;
}
