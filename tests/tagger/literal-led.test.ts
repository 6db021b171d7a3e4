import { describe, expect, it } from 'vitest';
import { leadingLiterals } from '../../scrapers/tag/alias-source.ts';
import { LiteralLed } from '../../scrapers/tag/literal-led.ts';
import { loadTaxonomy } from '../../scrapers/tag/taxonomy.ts';
import { labelledPieces } from './labelled-texts.ts';

/** Every match of `regex` (global) in `text`, each search from the last match's end or one past its start: index, groups. */
function scan(regex: RegExp, text: string, overlapping: boolean) {
  const found: (string | number | undefined)[][] = [];
  const plain = new RegExp(regex.source, regex.flags);
  for (let m = plain.exec(text); m; m = plain.exec(text)) {
    found.push([m.index, ...m]);
    plain.lastIndex = overlapping ? m.index + 1 : m.index + m[0].length;
  }
  return found;
}
const led = (regex: RegExp, text: string, overlapping: boolean) =>
  new LiteralLed(regex).all(text, text.toLowerCase(), overlapping).map((m) => [m.index, ...m]);

describe('leadingLiterals', () => {
  it('reads literals through groups, optional ones with and without, and whitespace as one space', () => {
    expect(leadingLiterals('\\b(?:has )?(?:agreed|vow(?:ed|s))\\s+to\\b')).toEqual(['has agreed to', 'has vowed to', 'has vows to', 'agreed to', 'vowed to', 'vows to']);
    expect(leadingLiterals('will(?:,\\s[^,.;]{1,60},)?\\s+(?!not)')).toEqual(['will, ', 'will ']);
  });

  it('passes over assertions and ends a literal at a repeated atom or one read otherwise', () => {
    expect(leadingLiterals('(?<!\\bno )[Kk]erajaan|X(?<!Gen X)|ab+c|\\.com\\w')).toEqual(['Kerajaan', 'kerajaan', 'X', 'ab', '.com']);
  });

  it('knows nothing of a branch that may begin otherwise', () => {
    for (const source of ['\\w+', 'ab|\\d', '(?:the )?\\w', 'a*\\d', '[a-z]x', '.x', '(?=a)', '(?:|x)\\s*\\d'])
      expect(leadingLiterals(source), source).toBeNull();
  });
});

describe('LiteralLed', () => {
  it('finds what the RegExp finds, case-folded or not, overlapping or not', () => {
    const text = "The BAN on bans, a Ban-ban; urban bans\nBANNED. No ban: ’s ban's ban";
    for (const regex of [/\bban(?:s|ned)?\b/gi, /\b(?:ban|BAN)\w*/g, /(?<!\bno )ban|’s|'s/gi, /ban(?:s|ned)?(?=\W)/gi])
      for (const overlapping of [false, true]) expect(led(regex, text, overlapping), `${regex}`).toEqual(scan(regex, text, overlapping));
  });

  it('reads the text itself where lower-casing moves a word boundary or a place', () => {
    // "\u212A" (Kelvin sign) lower-cases to "k", a word character; "İ" lower-cases to two characters.
    for (const text of ['\u212Aban ban', 'İstanbul ban, BAN', 'x\u212Aban'])
      for (const regex of [/\bban\b/gi, /\bkban/gi]) expect(led(regex, text, false), `${regex} in ${text}`).toEqual(scan(regex, text, false));
  });
});

describe("vocabularies' patterns, led by their literals", () => {
  it('find what they find read plainly in the labelled texts and their sentences', async () => {
    const taxonomy = await loadTaxonomy();
    const readers = [taxonomy.platforms, taxonomy.actors, taxonomy.issues].flatMap((v) =>
      v['patterns'].flatMap((p) => [p.regex, ...(p.apart?.patterns ? [p.apart.patterns] : [])]),
    );
    expect(readers.filter((r) => r['places'] !== null).length).toBeGreaterThanOrEqual(3);
    for (const piece of labelledPieces()) {
      const lower = piece.toLowerCase();
      for (const reader of readers)
        for (const overlapping of [false, true]) {
          const found = reader.all(piece, lower, overlapping).map((m) => [m.index, ...m]);
          expect(found, `/${reader.regex.source.slice(0, 60)}/ in ${piece.slice(0, 80)}`).toEqual(scan(reader.regex, piece, overlapping));
        }
    }
  });
});
