// What a page costs a reader: its HTML plus every script and stylesheet it loads (following JavaScript imports),
// each gzipped as a static host would serve it. Chunks reached only through a dynamic import() are fetched when the
// reader acts (typing for suggestions, asking for a CSV), so they are counted apart.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

export interface PageWeight {
  /** What opening the page fetches. */
  totalGzip: number;
  /** Scripts fetched later, on demand (dynamic imports), not in totalGzip. */
  onDemandGzip: number;
  scriptGzip: number;
  scripts: number;
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 6 }).length;

/** `page` is a path below the site root such as `search/index.html`; `base` is the site's base path. */
export async function pageWeight(outDir: string, page: string, base = '/'): Promise<PageWeight> {
  const html = await readFile(join(outDir, page), 'utf8');
  const toFile = (url: string, from: string) => {
    const path = url.startsWith('/') ? url.slice(base.length - 1) : posix.join(posix.dirname(from), url);
    return path.replace(/^\/+/, '').split(/[?#]/)[0]!;
  };
  const refs = new Set<string>();
  const attr = /(?:component-url|renderer-url|src|href)="([^"]+\.(?:js|css))"/g;
  for (const m of html.matchAll(attr)) refs.add(toFile(m[1]!, `/${page}`));
  let total = gz(html);
  let scriptGzip = 0;
  let inlineScripts = 0;
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) if (m[1]!.trim()) inlineScripts += gz(m[1]!);
  scriptGzip += inlineScripts;
  const seen = new Set<string>();
  const queue = [...refs];
  const later: string[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const body = await readFile(join(outDir, file));
    total += gz(body);
    if (file.endsWith('.js')) {
      scriptGzip += gz(body);
      const code = body.toString('utf8');
      for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)) queue.push(toFile(m[1]!, `/${file}`));
      for (const m of code.matchAll(/\bimport\s*\(\s*["']([^"']+\.js)["']/g)) later.push(toFile(m[1]!, `/${file}`));
    }
  }
  let onDemand = 0;
  for (const file of new Set(later)) if (!seen.has(file)) onDemand += gz(await readFile(join(outDir, file)));
  return { totalGzip: total, onDemandGzip: onDemand, scriptGzip, scripts: [...seen].filter((f) => f.endsWith('.js')).length };
}
