// A general news feed carries everything; a declaration's keywords decide what is worth a closer look.
import type { Source } from '../../src/lib/sources.ts';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One case-insensitive pattern for a list of keywords. A keyword matches whole words ("Meta" is not "metal");
 * a trailing `*` makes it a prefix ("licen*" finds licence, licensing, licensed).
 */
function pattern(keywords: readonly string[]): RegExp | null {
  if (keywords.length === 0) return null;
  const alternatives = keywords.map((k) => {
    const prefix = k.endsWith('*');
    const word = escape(k.replace(/\*$/, '').trim()).replace(/\s+/g, '\\s+');
    return prefix ? word : `${word}(?![\\p{L}\\p{N}])`;
  });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'iu');
}

/** Whether an item's title and summary pass the source's keyword filter (always, when it declares none). */
export function keywordFilter(keywords: Source['keywords']): (text: string) => boolean {
  if (!keywords) return () => true;
  const include = pattern(keywords.include);
  const exclude = pattern(keywords.exclude);
  return (text) => (include === null || include.test(text)) && !(exclude?.test(text) ?? false);
}
