// The record as stored and validated (defaults filled in), with the tagger's own tags: corrections are in
// /data/corrections.json.
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/data.ts';

export async function getStaticPaths() {
  const data = await loadSiteData();
  return data.all.map((s) => ({ params: { id: s.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const data = await loadSiteData();
  return new Response(JSON.stringify(data.stored.get(params.id!), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
