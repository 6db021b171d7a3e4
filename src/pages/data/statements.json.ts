// The whole dataset: every statement and curated event exactly as stored, newest first. Streamed a batch at a time.
import type { APIRoute } from 'astro';
import { loadSiteData } from '../../lib/data.ts';
import { batchedTextStream } from '../../lib/text-stream.ts';

export const GET: APIRoute = async () => {
  const data = await loadSiteData();
  const { all, stored } = data;
  // An empty dataset still makes "[]"; otherwise "[" + records joined by "," + "]", as JSON.stringify would.
  const body = batchedTextStream(Math.max(all.length, 1), (from, to) => {
    const records = all.slice(from, to).map((s) => JSON.stringify(stored.get(s.id)));
    return `${from === 0 ? '[' : ','}${records.join(',')}${to >= all.length ? ']' : ''}`;
  });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
