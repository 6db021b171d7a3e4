// How the paged lists come out of a build: how many pages the commitments tracker and the dispute threads have (with
// their filter, promise and thread pages) and the largest of them, raw and gzipped, so that a list that stops paging
// shows as one page growing with the data.
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ListPageFigures {
  commitmentPages: number;
  disputePages: number;
  largest: { path: string; bytes: number; gzip: number };
}

async function pagesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && e.name === 'index.html').map((e) => join(e.parentPath, e.name));
}

export async function listPageFigures(outDir: string): Promise<ListPageFigures> {
  const commitments = await pagesBelow(join(outDir, 'commitments'));
  const disputes = await pagesBelow(join(outDir, 'disputes'));
  let largest = { path: '', bytes: 0, gzip: 0 };
  for (const file of [...commitments, ...disputes]) {
    const html = await readFile(file);
    if (html.length > largest.bytes) largest = { path: relative(outDir, file), bytes: html.length, gzip: gzipSync(html).length };
  }
  return { commitmentPages: commitments.length, disputePages: disputes.length, largest };
}
