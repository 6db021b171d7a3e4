// Reviewers' tag corrections and the recorded outcomes of commitments, as stored.
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/data.ts';

export function getStaticPaths() {
  return [{ params: { name: 'corrections' } }, { params: { name: 'outcomes' } }];
}

export const GET: APIRoute = async ({ params }) => {
  const data = await loadSiteData();
  const body = params.name === 'corrections' ? data.corrections : data.outcomes;
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
