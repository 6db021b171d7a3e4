// One row per commitment, with its status on the build date.
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { loadSiteData } from '../../lib/data.ts';
import { listCommitments } from '../../lib/commitments.ts';
import { COMMITMENT_COLUMNS, commitmentCsvRow } from '../../lib/export.ts';

export const GET: APIRoute = async () => {
  const data = await loadSiteData();
  const rows = listCommitments(data.statements, data.outcomes, data.today).map(commitmentCsvRow);
  return new Response(stringify(rows, { header: true, columns: [...COMMITMENT_COLUMNS] }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
