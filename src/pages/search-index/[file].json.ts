// The sharded search index as static JSON files (/search-index/<name>.json), fetched by the search island.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchIndex } from '../../lib/search/site.ts';

export const getStaticPaths = (async () => {
  const index = await siteSearchIndex();
  return index.names().map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await siteSearchIndex()).render(params.file!), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
