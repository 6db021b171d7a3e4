// RSS feeds of new statements (all, per platform, per issue), built with @astrojs/rss.
import rss from '@astrojs/rss';
import type { Statement } from './schema.ts';
import { statementTime } from './dates.ts';
import { statementPath } from './site-url.ts';
import { escapeMarkup } from './escape.ts';

const FEED_SIZE = 50;

export function statementFeed(options: { title: string; description: string; site: URL | undefined; statements: readonly Statement[] }) {
  return rss({
    title: options.title,
    description: options.description,
    site: options.site ?? 'http://localhost:4321',
    items: options.statements.slice(0, FEED_SIZE).map((s) => ({
      title: s.title,
      link: statementPath(s.id),
      pubDate: new Date(statementTime(s)),
      // Readers render a description as HTML: escaped here, scraped markup shows as text (@astrojs/rss escapes only
      // for XML). Titles are plain text by the RSS profile and stay as they are.
      description: escapeMarkup(s.origin === 'curated' ? `Summary by Pantau: ${s.summary?.text ?? ''}` : s.text.split(/\n\s*\n/)[0]!),
      author: s.outlet,
      categories: [...(s.tags?.platforms ?? []), ...(s.tags?.issues ?? [])],
    })),
  });
}
