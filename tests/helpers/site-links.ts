// A link checker for a built site: every link, stylesheet and script inside the site (below its base path) must name a
// file the build wrote, and a link to #fragment an element with that id on the page it names.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, posix, relative } from 'node:path';
import * as cheerio from 'cheerio';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Every broken link as "<page> → <href> (<why>)"; none means the site's own links all work. */
export async function brokenLinks(outDir: string, base: string): Promise<string[]> {
  const ids = new Map<string, Promise<Set<string> | null>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      ids.set(
        file,
        stat(file).then(
          async (s) => (s.isFile() ? new Set(cheerio.load(await readFile(file, 'utf8'))('[id]').map((_, el) => el.attribs.id!).get()) : null),
          () => null,
        ),
      );
    }
    return ids.get(file)!;
  };
  const exists = (file: string) => stat(file).then((s) => s.isFile(), () => false);
  const broken: string[] = [];
  for (const page of await htmlFiles(outDir)) {
    const pagePath = `${base}${relative(outDir, page).split('\\').join('/')}`;
    const $ = cheerio.load(await readFile(page, 'utf8'));
    const refs = $('a[href], link[href], script[src], img[src]').map((_, el) => el.attribs.href ?? el.attribs.src).get();
    for (const ref of new Set(refs)) {
      const url = new URL(ref, `http://site.invalid${pagePath}`);
      if (url.origin !== 'http://site.invalid' || ref.startsWith('data:')) continue;
      const where = `${relative(outDir, page)} → ${ref}`;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${where} (outside the base path ${base})`);
        continue;
      }
      const rest = decodeURIComponent(url.pathname.slice(base.length));
      const file = join(outDir, rest === '' || rest.endsWith('/') ? posix.join(rest, 'index.html') : rest);
      if (!url.hash) {
        if (!(await exists(file))) broken.push(`${where} (no such file)`);
        continue;
      }
      const targets = file.endsWith('.html') ? await idsOf(file) : null;
      if (!targets) broken.push(`${where} (no such page)`);
      else if (!targets.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${where} (no element with that id)`);
    }
  }
  return broken;
}
