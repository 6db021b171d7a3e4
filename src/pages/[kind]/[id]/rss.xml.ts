// Feeds per platform and per issue.
import type { APIRoute } from 'astro';
import { loadSiteData, subjectIds, type SubjectKind } from '../../../lib/data.ts';
import { statementFeed } from '../../../lib/feed.ts';
import { displayName } from '../../../lib/taxonomy-names.ts';

const FEED_KINDS = ['platforms', 'issues'] as const;

export async function getStaticPaths() {
  const data = await loadSiteData();
  return FEED_KINDS.flatMap((kind) => subjectIds(data, kind).map((id) => ({ params: { kind, id } })));
}

export const GET: APIRoute = async ({ params, site }) => {
  const data = await loadSiteData();
  const kind = params.kind as SubjectKind;
  const id = params.id!;
  const name = displayName(data.names[kind], id);
  return statementFeed({
    title: `Pantau: ${name}`,
    description: `New statements tagged ${name}.`,
    site,
    statements: data.statements.filter((s) => s.tags?.[kind].includes(id)),
  });
};
