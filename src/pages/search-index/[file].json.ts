// The sharded search index as static JSON files (/search-index/<name>.json), fetched by the search island.
// In a build the files are written in one pass by integrations/build-files.ts (one route per file cost minutes at
// 100,000 statements), so this endpoint hands the index over and makes no routes; the dev server serves every file
// from here.
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchIndex } from '../../lib/search/site.ts';
import { offerBuildFiles } from '../../../integrations/build-files.ts';

export const getStaticPaths = (async () => {
  const index = await siteSearchIndex();
  if (!import.meta.env.DEV) {
    offerBuildFiles('search index', {
      folder: 'search-index',
      names: () => index.names().map((name) => `${name}.json`),
      render: (file) => index.render(file.slice(0, -'.json'.length)),
    });
    return [];
  }
  return index.names().map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await siteSearchIndex()).render(params.file!), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
