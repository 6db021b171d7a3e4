// One row per commitment, with its status on the build date: every claim but those an editor rejected, with its
// review state and confidence, so that a researcher can choose the threshold.
import type { APIRoute } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { loadSiteData } from '../../lib/data.ts';
import { listCommitments } from '../../lib/commitments.ts';
import { COMMITMENT_COLUMNS, commitmentCsvRow } from '../../lib/export.ts';

export const GET: APIRoute = async () => {
  const data = await loadSiteData();
  const rows = listCommitments(data.statements, data.claimsOf, data.outcomes, data.today, 'all').map(commitmentCsvRow);
  return new Response(stringify(rows, { header: true, columns: [...COMMITMENT_COLUMNS] }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
