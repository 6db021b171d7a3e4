// The language of a statement's own words (title, text, Pantau's summary, the sentences its claims quote), for the
// `lang` attribute: a screen reader then reads a Malay statement in a Malay voice on an English page, and the other
// way round. Undetermined ("und") gives no attribute. A curated record's summary is taken to be in its language.
import type { Statement } from './schema.ts';

export function statementLang(s: Pick<Statement, 'language'>): string | undefined {
  return s.language === 'und' ? undefined : s.language;
}
