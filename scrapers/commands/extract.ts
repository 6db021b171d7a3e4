// `npm run --silent extract -- <file.html>... [--url <address>]`: the article extractor alone, on saved pages.
// stdout carries exactly one JSON object per line per file read: {"file","title","published","language","text"}.
// A file that cannot be read is one line on stderr naming it; the exit code is then 1.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { decodeBody } from '../fetch/index.ts';
import { extractArticle } from '../extract/article.ts';

const USAGE = 'usage: pantau extract <file.html|file.html.gz>... [--url <address>]';
/** The address pages are read as when --url is not given: only resolves relative links, never fetched. */
const DEFAULT_URL = 'http://localhost/';

interface Options {
  files: string[];
  url: string;
}

function parseArgs(args: string[]): Options | string {
  const files: string[] = [];
  let url = DEFAULT_URL;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--url') {
      const value = args[++i];
      if (!value) return '--url needs an address';
      try {
        if (!/^https?:$/.test(new URL(value).protocol)) return `--url ${value}: only http(s) addresses`;
      } catch {
        return `--url ${value}: not an absolute address`;
      }
      url = value;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  return files.length ? { files, url } : 'no file given';
}

/** Gzip is recognised by its magic bytes, whatever the file is called. */
async function readPage(file: string): Promise<string> {
  let bytes: Uint8Array = await readFile(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  return decodeBody(bytes, null).text;
}

export async function run(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string') {
    console.error(`pantau extract: ${options}\n${USAGE}`);
    return 2;
  }
  let failed = 0;
  for (const file of options.files) {
    try {
      const article = extractArticle(await readPage(file), options.url);
      const line = { file, title: article.title, published: article.published?.iso ?? null, language: article.language, text: article.text };
      process.stdout.write(JSON.stringify(line) + '\n');
    } catch (error) {
      failed++;
      console.error(`pantau extract: ${file}: ${String((error as Error).message).split('\n')[0]}`);
    }
  }
  return failed ? 1 : 0;
}
