// What a page costs a reader: its HTML plus every script and stylesheet it loads (following JavaScript imports),
// each gzipped as a static host would serve it.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

export interface PageWeight {
  totalGzip: number;
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
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const body = await readFile(join(outDir, file));
    total += gz(body);
    if (file.endsWith('.js')) {
      scriptGzip += gz(body);
      for (const m of body.toString('utf8').matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g))
        queue.push(toFile(m[1]!, `/${file}`));
    }
  }
  return { totalGzip: total, scriptGzip, scripts: [...seen].filter((f) => f.endsWith('.js')).length };
}
