// The whole dataset: every statement and curated event exactly as stored, newest first.
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/data.ts';

export const GET: APIRoute = async () => {
  const data = await loadSiteData();
  const records = data.all.map((s) => data.stored.get(s.id));
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
