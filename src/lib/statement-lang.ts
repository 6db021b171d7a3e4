// The language of a statement's own words, for the `lang` attribute: a screen reader then reads a Malay statement in
// a Malay voice on an English page, and the other way round. Undetermined ("und") gives no attribute.
import type { Statement } from './schema.ts';

/** The language of the statement's title and text, as its source published them. */
export function statementLang(s: Pick<Statement, 'language'>): string | undefined {
  return s.language === 'und' ? undefined : s.language;
}

/** The language of what the site shows as the statement's words besides its title, and of the sentences its claims
 *  quote: its text or, on a curated record, our summary, which may be in another language (`summary.language`). */
export function wordsLang(s: Pick<Statement, 'language' | 'origin' | 'summary'>): string | undefined {
  return (s.origin === 'curated' ? s.summary?.language : undefined) ?? statementLang(s);
}
