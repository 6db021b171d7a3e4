// RegExps read only where one of their matches can begin. V8 tries a RegExp at every place in a text, and a big
// alternation with look-behinds or the 'i' flag costs much at each place; where every match begins with one of a few
// literals (`leadingLiterals`), a RegExp of those literals alone, without the 'i' flag against the lower-cased text,
// finds the places several times faster, and the RegExp itself is tried (sticky) only there.
import { aliasAlternation, beginsAtWordBoundary, leadingLiterals } from './alias-source.ts';

// The one character that lower-cases to an ASCII word character from another (İ lower-cases to two): in a text
// without it, the lower-cased text has its word boundaries where the text has them.
const KELVIN_SIGN = '\u212A';
/** Is `lower` (`text.toLowerCase()`) the text letter for letter, its word boundaries where the text has them? */
const alignedLower = (text: string, lower: string) => lower.length === text.length && !text.includes(KELVIN_SIGN);

/** The literals' alternation, after `\b` where every match of `regex` begins at a word boundary; null: none read. */
function literalsSource(regex: RegExp, fold: boolean): string | null {
  const literals = leadingLiterals(regex.source);
  if (!literals) return null;
  const alternation = aliasAlternation([...new Set(literals.map((l) => (fold ? l.toLowerCase() : l)))]);
  return beginsAtWordBoundary(regex.source) ? `\\b${alternation}` : alternation;
}

export class LiteralLed {
  /** The literals' RegExp, read against the text or, for a case-folded RegExp, the lower-cased text; null: none read. */
  private readonly places: RegExp | null = null;
  private readonly sticky: RegExp;
  private readonly fold: boolean;

  /** `regex`: global, perhaps case-folded ('g' or 'gi'); with other flags it is read as it is. */
  constructor(readonly regex: RegExp) {
    this.fold = regex.flags.includes('i');
    this.sticky = new RegExp(regex.source, this.fold ? 'iy' : 'y');
    // 'u' folds case otherwise ("ſ" is "s") and may start inside a surrogate pair: such a RegExp is not led.
    const source = /^gi?$/.test(regex.flags) ? literalsSource(regex, this.fold) : null;
    if (source) this.places = new RegExp(source, 'g');
  }

  /**
   * Every match `regex` finds in `text`, each search going on from the last match's end, or (`overlapping`) from one
   * past its start. The first place from there where the RegExp matches is a place where a literal is, and the RegExp
   * tried there alone matches as it does in the scan. `lower` is `text.toLowerCase()`; where it is not the text
   * letter for letter, a case-folded RegExp reads the text itself.
   */
  all(text: string, lower: string, overlapping: boolean): RegExpExecArray[] {
    const found: RegExpExecArray[] = [];
    const { places, sticky, regex } = this;
    const next = (m: RegExpExecArray) => (overlapping ? m.index + 1 : m.index + m[0].length);
    if (!places || (this.fold && !alignedLower(text, lower))) {
      regex.lastIndex = 0;
      for (let m = regex.exec(text); m; m = regex.exec(text)) {
        found.push(m);
        regex.lastIndex = next(m);
      }
      return found;
    }
    const haystack = this.fold ? lower : text;
    places.lastIndex = 0;
    for (let place = places.exec(haystack); place; place = places.exec(haystack)) {
      sticky.lastIndex = place.index;
      const m = sticky.exec(text);
      if (m) found.push(m);
      places.lastIndex = m ? next(m) : place.index + 1;
    }
    return found;
  }
}
