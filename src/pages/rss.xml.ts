import type { APIRoute } from 'astro';
import { loadSiteData } from '../lib/data.ts';
import { statementFeed } from '../lib/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await loadSiteData();
  return statementFeed({ title: 'Pantau: new statements', description: 'New statements on regulating social media.', site, statements: data.statements });
};
