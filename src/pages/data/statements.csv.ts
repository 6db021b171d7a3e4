// One row per statement, with the corrected tags the site shows.
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { loadSiteData } from '../../lib/data.ts';
import { STATEMENT_COLUMNS, statementRow } from '../../lib/export.ts';

export const GET: APIRoute = async () => {
  const data = await loadSiteData();
  const csv = stringify(data.all.map(statementRow), { header: true, columns: [...STATEMENT_COLUMNS] });
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
