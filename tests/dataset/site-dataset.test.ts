// The data for researchers, as the built site gives it: pantau.sqlite against the site's own counts, the documented
// example queries run by Python's sqlite3 (and pandas and R where installed) on the download, the data dictionary,
// the citations a reference manager imports, and the CSV a search downloads, in a real browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { hasRWithSqlite, pandasPython } from '../helpers/example-runtimes.ts';
import * as cheerio from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser } from 'playwright-core';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { launchChromium } from '../helpers/browser.ts';
import { buildFixtureSite, FIXTURE_SITE } from '../helpers/build-site.ts';
import { serveStatic, type StaticSite } from '../site/static-server.ts';
import { sha256File } from '../../src/lib/dataset/write.ts';
import { EXAMPLE_QUERIES } from '../../src/lib/dataset/examples.ts';
import { SEARCH_CSV_COLUMNS } from '../../src/lib/search/export.ts';

const { base: BASE, site: SITE } = FIXTURE_SITE;
const LICENCE = '32fa1e632383e39a'; // a statement with a commitment, a dispute, a correction and an outcome

let work: string;
let out: string;
let db: Database.Database;
let site: StaticSite;
let browser: Browser;
const html = async (path: string) => cheerio.load(await readFile(join(out, path), 'utf8'));

// Runs SQL with Python's own sqlite3 module on the file a researcher downloads: one JSON object a query.
const PYTHON_SQL = `
import json, sqlite3, sys
job = json.load(sys.stdin)
con = sqlite3.connect("file:" + job["db"] + "?mode=ro", uri=True)
out = []
for q in job["queries"]:
    cur = con.execute(q["sql"], q.get("params", {}))
    out.append({"columns": [d[0] for d in cur.description], "rows": cur.fetchall()})
print(json.dumps(out))
`;
const runPython = (args: string[], input: string) => execFileSync('python3', args, { input, encoding: 'utf8' });

// pandas and R run only where the machine has them (`npm test` installs them as root with apt-get).
const PANDAS_PYTHON = pandasPython();
const HAS_R = hasRWithSqlite();

beforeAll(async () => {
  work = await mkdtemp(resolve('tests/dataset/.build-'));
  out = join(work, 'dist');
  await buildFixtureSite(work);
  db = new Database(join(out, 'data', 'pantau.sqlite'), { readonly: true });
  site = await serveStatic(out, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  db?.close();
  await browser?.close();
  await site?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe('pantau.sqlite in the built site', () => {
  it('has as many rows as the site has pages, listed statements, commitments and records', async () => {
    const pages = (await readdir(join(out, 'statements'), { withFileTypes: true })).filter((e) => e.isDirectory()).length;
    const records = JSON.parse(await readFile(join(out, 'data', 'statements.json'), 'utf8')) as unknown[];
    const manifest = JSON.parse(await readFile(join(out, 'search-index', 'manifest.json'), 'utf8')) as { docs: number };
    const commitmentsCsv = parseCsv(await readFile(join(out, 'data', 'commitments.csv'), 'utf8'), { columns: true }) as { status: string }[];
    const outcomes = JSON.parse(await readFile(join(out, 'data', 'outcomes.json'), 'utf8')) as unknown[];
    const corrections = JSON.parse(await readFile(join(out, 'data', 'corrections.json'), 'utf8')) as unknown[];
    expect(count('SELECT COUNT(*) AS n FROM statements')).toBe(pages);
    expect(count('SELECT COUNT(*) AS n FROM statements')).toBe(records.length);
    expect(count('SELECT COUNT(*) AS n FROM statements WHERE listed = 1')).toBe(manifest.docs);
    expect(count('SELECT COUNT(*) AS n FROM commitment_status')).toBe(commitmentsCsv.length);
    expect(count("SELECT COUNT(*) AS n FROM commitment_status WHERE status IN ('fulfilled', 'broken', 'superseded')")).toBe(
      commitmentsCsv.filter((r) => ['fulfilled', 'broken', 'superseded'].includes(r.status)).length,
    );
    expect(count('SELECT COUNT(*) AS n FROM outcomes')).toBe(outcomes.length);
    expect(count('SELECT COUNT(*) AS n FROM corrections')).toBe(corrections.length);
    expect(pages).toBeGreaterThan(5);
  });

  it('gives a statement\'s text, corrected tags and claims for its id, as its page shows them', async () => {
    const $ = await html(`statements/${LICENCE}/index.html`);
    const row = db.prepare('SELECT title, text FROM statements WHERE id = ?').get(LICENCE) as { title: string; text: string };
    expect($('h1').text()).toBe(row.title);
    expect($('.text').text()).toContain(row.text.split('\n')[0]!.slice(0, 60));
    const platforms = db.prepare('SELECT platform_id AS id FROM statement_platforms WHERE statement_id = ? ORDER BY id').all(LICENCE).map((r) => (r as { id: string }).id);
    // The fixture correction removed wechat and added child-safety.
    expect(platforms).not.toContain('wechat');
    expect(db.prepare("SELECT tagged_by FROM statement_issues WHERE statement_id = ? AND issue_id = 'child-safety'").get(LICENCE)).toEqual({ tagged_by: 'reviewer' });
    expect(count(`SELECT COUNT(*) AS n FROM commitments WHERE statement_id = '${LICENCE}'`)).toBe($('.event-commitment').length);
    expect(count(`SELECT COUNT(*) AS n FROM disputes WHERE statement_id = '${LICENCE}'`)).toBe($('.event-dispute').length);
  });

  it('is the file whose hash /data/ cites, and every foreign key in it holds', async () => {
    const $ = await html('data/index.html');
    const hash = await sha256File(join(out, 'data', 'pantau.sqlite'));
    expect($('.dataset-hash').text()).toBe(hash);
    expect($('#dataset-citation').text()).toContain(hash);
    expect($('#dataset-citation').text()).toContain('snapshot of 1 June 2025');
    expect($('a[href="/pantau/data/pantau.sqlite"]').length).toBe(1);
    expect(execFileSync('python3', ['-c', `import sqlite3; c = sqlite3.connect("${join(out, 'data', 'pantau.sqlite')}"); print(c.execute("PRAGMA foreign_key_check").fetchall(), c.execute("PRAGMA integrity_check").fetchone()[0])`], { encoding: 'utf8' }).trim()).toBe('[] ok');
  });
});

describe('the data dictionary on /data/', () => {
  it('explains every column of every table in the database', async () => {
    const $ = await html('data/index.html');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'statements_fts%' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_%' ESCAPE '\\'").all() as { name: string }[];
    for (const { name } of tables) {
      const shown = $(`#table-${name} tbody th code`).map((_, e) => $(e).text()).get();
      expect(shown, name).toEqual((db.pragma(`table_info(${name})`) as { name: string }[]).map((c) => c.name));
      expect($(`#table-${name} tbody tr`).first().find('td').last().text(), name).not.toBe('');
    }
  });

  it('shows example queries that Python\'s sqlite3 runs on the download as they are written', async () => {
    const $ = await html('data/index.html');
    const shown = $('.example-query pre.sql code').map((_, e) => $(e).text()).get();
    expect(shown).toHaveLength(EXAMPLE_QUERIES.length);
    const queries = shown.map((text) => {
      // The page gives the parameter a real id in a comment first: `-- :id = '…'`.
      const param = /^-- :(\w+) = '([^']*)'\n/.exec(text);
      return { sql: param ? text.slice(param[0].length) : text, params: param ? { [param[1]!]: param[2] } : {} };
    });
    const results = JSON.parse(runPython(['-c', PYTHON_SQL], JSON.stringify({ db: join(out, 'data', 'pantau.sqlite'), queries }))) as { columns: string[]; rows: unknown[][] }[];
    const byId = Object.fromEntries(EXAMPLE_QUERIES.map((e, i) => [e.id, results[i]!]));
    // The statement example is filled in with a real statement, and finds it.
    expect(byId.statement!.rows).toHaveLength(1);
    expect(byId['full-text']!.rows.length).toBeGreaterThan(0);
    expect(byId['open-by-party']!.columns).toEqual(['by_party', 'party_name', 'open', 'past_due', 'next_due']);
    expect(byId['threads']!.rows.length).toBe(count('SELECT COUNT(*) AS n FROM dispute_threads'));
    expect(byId['meta-malaysia']!.columns).toContain('outcome_url');
  });

  // Registered only where the machine has pandas or R, so that nothing is skipped; where they are missing, the run
  // says so on its output.
  // Each language's examples run in one process, one after the other, as a researcher would paste them.
  const examplesIn = async (language: string) => {
    const $ = await html('data/index.html');
    return $(`.example-query pre.${language} code`).map((_, e) => $(e).text()).get();
  };
  if (PANDAS_PYTHON)
    it('runs the pandas examples as shown', async () => {
      const code = await examplesIn('python');
      const script = code.map((c) => `${c}\nprint("example ran:", len(df))`).join('\n\n');
      const output = execFileSync(PANDAS_PYTHON, ['-c', script], { cwd: join(out, 'data'), encoding: 'utf8' });
      expect(output.match(/^example ran: \d+$/gm)).toHaveLength(EXAMPLE_QUERIES.length);
    }, 180_000);
  else process.stderr.write('site-dataset: pandas is not installed here, so the pandas examples were not run\n');
  if (HAS_R)
    it('runs the R examples as shown', async () => {
      const code = await examplesIn('r');
      const script = code.map((c) => `${c}\ncat("example ran:", nrow(df), "\\n")`).join('\n\n');
      const output = execFileSync('Rscript', ['-e', script], { cwd: join(out, 'data'), encoding: 'utf8' });
      expect(output.match(/^example ran: \d+ $/gm)).toHaveLength(EXAMPLE_QUERIES.length);
    }, 180_000);
  else process.stderr.write('site-dataset: R with DBI and RSQLite is not installed here, so the R examples were not run\n');
});

describe('citations', () => {
  it('gives each statement BibTeX and CSL-JSON that a reference manager reads as the same item', async () => {
    const $ = await html(`statements/${LICENCE}/index.html`);
    const record = JSON.parse(await readFile(join(out, 'statements', `${LICENCE}.json`), 'utf8')) as { title: string; url: string; outlet: string; published: string };
    const fromBibtex = new Cite($('pre.bibtex').text()).data[0] as Record<string, unknown>;
    const fromCsl = new Cite(JSON.parse($('pre.csl-json').text())).data[0] as Record<string, unknown>;
    for (const item of [fromBibtex, fromCsl]) {
      expect(item.title).toBe(record.title);
      expect(item.URL).toBe(record.url);
      expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual(record.published.slice(0, 10).split('-').map(Number));
    }
    expect(fromCsl.note).toContain(`${SITE}${BASE}statements/${LICENCE}/`);
    const apa = new Cite(fromCsl).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }) as string;
    expect(apa).toContain(record.title);
    expect(apa).toContain(record.url);
  });

  it('cites the dataset with its snapshot date and the database\'s hash, in both formats', async () => {
    const $ = await html('data/index.html');
    const hash = await sha256File(join(out, 'data', 'pantau.sqlite'));
    const fromBibtex = new Cite($('pre.bibtex').text()).data[0] as Record<string, unknown>;
    const fromCsl = new Cite(JSON.parse($('pre.csl-json').text())).data[0] as Record<string, unknown>;
    for (const item of [fromBibtex, fromCsl]) {
      expect(String(item.note)).toContain(hash);
      expect((item.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual([2025, 6, 1]);
    }
  });
});

describe('search export', () => {
  it('downloads every result of the current search, with its filters, as CSV', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}${BASE}search/?platform=meta`);
    const status = page.getByRole('status');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toMatch(/^\d+ statements?\./);
    const shown = Number(/^(\d+)/.exec(await status.innerText())![1]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /as CSV$/ }).click()]);
    expect(download.suggestedFilename()).toBe('pantau-search-meta.csv');
    const rows = parseCsv(await readFile((await download.path())!, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...SEARCH_CSV_COLUMNS]);
    expect(rows).toHaveLength(shown);
    const titles = await page.locator('.search-results ol h3').allInnerTexts();
    expect(rows.map((r) => r.title)).toEqual(titles);
    // Every row is a statement tagged with Meta, as the database says.
    for (const r of rows) {
      expect(db.prepare("SELECT 1 AS y FROM statement_platforms WHERE statement_id = ? AND platform_id = 'meta'").get(r.id)).toEqual({ y: 1 });
      expect(r.permalink).toBe(`${site.origin}${BASE}statements/${r.id}/`);
    }
    await page.close();
  });
});
