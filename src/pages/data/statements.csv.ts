// One row per statement, with the corrected tags the site shows. Streamed a batch of rows at a time.
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { loadSiteData } from '../../lib/data.ts';
import { STATEMENT_COLUMNS, statementRow } from '../../lib/export.ts';
import { batchedTextStream } from '../../lib/text-stream.ts';

export const GET: APIRoute = async () => {
  const { all } = await loadSiteData();
  // The header comes with the first batch (alone when there are no statements).
  const body = batchedTextStream(Math.max(all.length, 1), (from, to) =>
    stringify(all.slice(from, to).map(statementRow), { header: from === 0, columns: [...STATEMENT_COLUMNS] }),
  );
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
