// The citation block on a statement page: enough for a reader to find the source and Pantau's copy.
import type { Statement } from './schema.ts';
import { formatDate } from './dates.ts';

export function citationText(
  s: Pick<Statement, 'title' | 'titleBy' | 'outlet' | 'url' | 'published' | 'publishedPrecision' | 'origin' | 'speakers'>,
  permalink: string,
  accessed: string,
): string {
  const when = s.published ? formatDate(s.published, s.publishedPrecision ?? 'day') : 'date not given';
  const who = s.speakers.length > 0 ? `${s.speakers.join(', ')}. ` : '';
  const what = s.origin === 'curated' ? `Summary by Pantau of: ${s.outlet}` : s.outlet;
  // A title Pantau wrote is not the source's: cite it in square brackets, as a supplied title.
  const title = s.titleBy === 'pantau' ? `[${s.title}]` : `"${s.title}"`;
  return `${who}${title}. ${what}, ${when}. ${s.url}. Pantau record: ${permalink} (accessed ${formatDate(accessed)}).`;
}
