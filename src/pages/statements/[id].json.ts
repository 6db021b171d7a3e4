// The record as stored and validated (defaults filled in), with the tagger's own tags: corrections are in
// /data/corrections.json. In a build the records are written in one pass by integrations/build-files.ts (one route
// per record was a large share of the build at 100,000 statements); the dev server serves each from here.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSiteData, type SiteData } from '../../lib/data.ts';
import { offerBuildFiles } from '../../../integrations/build-files.ts';

const recordJson = (data: SiteData, id: string) => JSON.stringify(data.stored.get(id), null, 2);

export const getStaticPaths = (async () => {
  const data = await loadSiteData();
  if (!import.meta.env.DEV) {
    offerBuildFiles('statement records', {
      folder: 'statements',
      names: () => data.all.map((s) => `${s.id}.json`),
      render: (file) => recordJson(data, file.slice(0, -'.json'.length)),
    });
    return [];
  }
  return data.all.map((s) => ({ params: { id: s.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(recordJson(await loadSiteData(), params.id!), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
