import { describe, expect, it } from 'vitest';
import {
  aliasAlternation,
  aliasSource,
  factored,
  wholeWordAlternation,
  wholeWordStems,
  wordBoundaryFirst,
  wordStart,
  wordStartsLookingBehind,
} from '../../scrapers/tag/alias-source.ts';

/** Every match of `(?:alternation)` inside `wrap`, as [index, text]: what the tagger reads off it. */
function matches(alternation: string, text: string, wrap = (body: string) => `(?<![A-Za-z0-9_])(?:${body})(?![A-Za-z0-9_])`, flags = 'g') {
  return [...text.matchAll(new RegExp(wrap(alternation), flags))].map((m) => [m.index, m[0]]);
}
const plain = (aliases: string[]) => aliases.map(aliasSource).join('|');

/** Random alias lists and texts over letters, spaces, both apostrophes, a dot, 'é' and '_': the same on every run. */
function* randomCases(): Generator<[string[], string]> {
  let seed = 7;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  const pick = (chars: string, length: number) => Array.from({ length }, () => chars[random(chars.length)]).join('');
  for (let round = 0; round < 300; round++)
    yield [Array.from({ length: 1 + random(8) }, () => pick("ab ’'.é_", 1 + random(5))), pick("ab ’'.é_\nc", 60)];
}

describe('aliasSource', () => {
  it('matches any whitespace run, either apostrophe and a stem, and escapes RegExp syntax', () => {
    const re = (alias: string) => new RegExp(`^${aliasSource(alias)}$`);
    expect(re("children's  code").test('children’s\n code')).toBe(true);
    expect(re('X (formerly Twitter)').test('X (formerly Twitter)')).toBe(true);
    expect(re('X Corp.').test('X Corpx')).toBe(false);
    expect(re('regulat*').test('regulators')).toBe(true);
  });
});

describe('aliasAlternation', () => {
  it('finds what the plain alternation finds, preferring the same alias', () => {
    const cases: [string[], string][] = [
      // An alias listed before a longer one that starts with it wins, as in the plain alternation.
      [['Belanda', 'Belanda Caribbean', 'Belarus'], 'Belanda Caribbean, Belarus and Belanda.'],
      [['Belanda Caribbean', 'Belanda'], 'Belanda  Caribbean and Belanda Barat'],
      [["facebook's parent company", "facebook's parent", 'facebook', 'meta'], 'facebook’s parent company and facebook’s parents, meta'],
      [['x (formerly twitter)', 'x corp.', 'x'], 'x (formerly twitter) and x corp. and x corps, x'],
      [['Curaçao', 'Curacao', 'Côte d’Ivoire', "Cote d'Ivoire"], 'Curaçao, Côte d\'Ivoire and Cote d’Ivoire'],
      [['online safety act', 'online safety', 'online'], 'the Online Safety Act, online safety\nact and online\tsafety acts'],
      // An alias ending in spaces gives one back before a word character, as the RegExp backtracks.
      [['ab ', 'ab  cd', 'ab'], 'ab  x ab  cd ab   cd ab. ab'],
    ];
    for (const [aliases, text] of cases) expect(matches(aliasAlternation(aliases), text), aliases.join('|')).toEqual(matches(plain(aliases), text));
  });

  it('backtracks as the plain alternation does when more pattern follows it', () => {
    const aliases = ['Korea', 'Korea Selatan', 'Korean', 'Kor'];
    const wrap = (body: string) => `(?<![\\p{L}])(?:${body})(?:['’]s)?[ \\t]+(?:government|Selatan)(?![\\p{L}])`;
    const text = "Korea Selatan government, Korea's government, Korean government, Korea Selatan, Kor Selatan";
    expect(matches(aliasAlternation(aliases), text, wrap, 'gu')).toEqual(matches(plain(aliases), text, wrap, 'gu'));
  });

  it('agrees with the plain alternation on random aliases and texts', () => {
    for (const [aliases, text] of randomCases()) {
      expect(matches(aliasAlternation(aliases), text), JSON.stringify(aliases)).toEqual(matches(plain(aliases), text));
      const followed = (body: string) => `(?:${body})b?a`;
      expect(matches(aliasAlternation(aliases), text, followed), JSON.stringify(aliases)).toEqual(matches(plain(aliases), text, followed));
    }
  });
});

describe('wholeWordAlternation', () => {
  const whole = (source: string) => source;

  it('finds the whole words the look-behind form finds, aliases starting with a letter or not', () => {
    const aliases = ['(formerly twitter)', '’s parent', 'x', 'x corp.', 'école', '_id', '3r', 'ab'];
    const text = 'x (formerly twitter), ax, x corp., an école, l’école, my_id _id 3r a3r ab’s parent, abs';
    expect(matches(wholeWordAlternation(aliases), text, whole)).toEqual(matches(plain(aliases), text));
  });

  it('agrees with the look-behind form on random aliases and texts', () => {
    for (const [aliases, text] of randomCases())
      expect(matches(wholeWordAlternation(aliases), text, whole), JSON.stringify(aliases)).toEqual(matches(plain(aliases), text));
  });
});

describe('wholeWordStems', () => {
  const whole = (source: string) => source;
  const stems = (list: string[]) => list.map((s) => aliasSource(`${s}*`)).join('|');

  it('finds what the look-behind form of the stems finds, and reads the stem preferred there in a group', () => {
    for (const [aliases, text] of randomCases()) {
      const found = [...text.matchAll(new RegExp(wholeWordStems(aliases), 'g'))];
      expect(found.map((m) => [m.index, m[0]]), JSON.stringify(aliases)).toEqual(matches(stems(aliases), text));
      for (const m of found) {
        const stem = m[1] ?? m[2]!;
        const first = aliases.find((a) => new RegExp(`^${aliasSource(a)}`).test(text.slice(m.index)));
        expect(new RegExp(`^${aliasSource(first!)}$`).test(stem), JSON.stringify([aliases, text.slice(m.index)])).toBe(true);
      }
    }
  });
});

describe('factored', () => {
  /** Every match as a global RegExp scans: index, groups and named groups. */
  const all = (regex: RegExp, text: string) =>
    [...text.matchAll(new RegExp(regex.source, `${regex.flags}g`))].map((m) => [m.index, ...m, m.groups]);

  it('factors shared beginnings and a leading \\b, keeping the branches with groups in place', () => {
    expect(factored(/\b(?:agreed|agrees|agree)\b|\bAkan\b/i).source).toBe('\\b(?:(?:agree(?:d|s|))\\b|akan\\b)');
    const grouped = /\b(?<a>ab)c|\bab(d)|\b(?<b>ab)/;
    expect(all(factored(grouped), 'abc abd ab')).toEqual(all(grouped, 'abc abd ab'));
  });

  it('matches what the rule matches on random rules and texts', () => {
    let seed = 11;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pick = (items: string[]) => items[random(items.length)]!;
    const branch = () =>
      Array.from({ length: 1 + random(4) }, () => pick(['a', 'b', 'A', ' ', '\\b', 'a?', '(?:a|b)', '\\w*', '(b)', '(?=a)', '(?<!b)', ''])).join('');
    for (let round = 0; round < 400; round++) {
      const source = Array.from({ length: 1 + random(6) }, branch).join('|');
      const text = Array.from({ length: 40 }, () => pick(['a', 'b', 'A', ' ', 'c'])).join('');
      for (const flags of ['', 'i']) expect(all(factored(new RegExp(source, flags)), text), `/${source}/${flags}`).toEqual(all(new RegExp(source, flags), text));
    }
  });
});

describe('wordStart', () => {
  it('writes \\b only where every pattern begins with a word character, finding what the look-behind finds', () => {
    const word = ['\\b(?:temporary |temporarily )?block (?:on|of)\\b', '(?<!\\bno plans? to )\\b(?:ban(?:s|ned)?|block)', 'tax(?:es)?', '[A-Z]\\w+', 'a?b', '(?:anti-|jenayah )keganasan'];
    const other = ['\\s*ban', '(?:a|)b', '(?:x)?', '[^a]b', 'é', '\\.com', 'a{0,2}', '(?:ab)*-c'];
    for (const source of word) expect(wordStart([source])).toBe('\\b');
    for (const source of other) expect(wordStart([...word, source])).toBe('(?<![A-Za-z0-9_])');
    const text = 'Xblock ban-tax; taxes, Temporary block on TikTok; anti-keganasan and ab, b, éb. Bans';
    for (const flags of ['g', 'gi']) {
      const all = word.map((w) => `(${w})`).join('|');
      expect(matches(all, text, (body) => `${wordStart(word)}(?:${body})(?![A-Za-z0-9_])`, flags)).toEqual(matches(all, text, undefined, flags));
    }
  });
});

describe('wordStartsLookingBehind', () => {
  const all = (regex: RegExp, text: string) =>
    [...text.matchAll(new RegExp(regex.source, `${regex.flags}g`))].map((m) => [m.index, ...m, m.groups]);

  it('writes only a \\b before a word character, not one in a class, escaped or before another character', () => {
    expect(wordStartsLookingBehind(/[\b]\\b\b\s\b(?:x)?\by|\b(?:a|\s)|(?<!\bno )\bban/iu).source).toBe('[\\b]\\\\b\\b\\s(?<!\\w)(?:x)?(?<!\\w)y|\\b(?:a|\\s)|(?<!(?<!\\w)no )(?<!\\w)ban');
  });

  it('matches what the rule matches on random rules and texts, with the characters "iu" folds into ASCII letters', () => {
    let seed = 13;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pick = (items: string[]) => items[random(items.length)]!;
    const branch = () =>
      Array.from({ length: 1 + random(4) }, () => pick(['a', 'k', 'S', ' ', '\\b', '\\b', 'a?', '(?:k|s)', '\\w*', '(a)', '(?<!b)', '\\s', '[\\p{L}]', ''])).join('');
    for (let round = 0; round < 400; round++) {
      const source = Array.from({ length: 1 + random(5) }, branch).join('|');
      const text = Array.from({ length: 40 }, () => pick(['a', 'k', 's', 'S', ' ', '\u017F', '\u212A', 'é', '_', '1'])).join('');
      const rule = new RegExp(source, 'iu');
      expect(all(wordStartsLookingBehind(rule), text), `/${source}/iu`).toEqual(all(rule, text));
    }
  });
});

describe('wordBoundaryFirst', () => {
  const all = (regex: RegExp, text: string) =>
    [...text.matchAll(new RegExp(regex.source, `${regex.flags}g`))].map((m) => [m.index, ...m, m.groups]);

  it('writes once the \\b every branch begins with, through the groups they begin with, not through a repeated one', () => {
    expect(wordBoundaryFirst(/(?<a>\bx|\by)|\bz|(\b(?:p|\bq))/i).source).toBe('\\b(?:(?<a>x|y)|z|((?:p|\\bq)))');
    for (const rule of [/(?<a>\bx|y)|\bz/, /(?:\bab)+/, /(?:\bab)?c/, /(?=\ba)\bab/]) expect(wordBoundaryFirst(rule)).toBe(rule);
  });

  it('matches what the rule matches on random rules and texts', () => {
    let seed = 17;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const pick = (items: string[]) => items[random(items.length)]!;
    const tail = () => Array.from({ length: random(3) }, () => pick(['a', 'b', ' ', '\\b', '(b)', 'a?', '\\w*'])).join('');
    const branch = (depth: number): string =>
      depth < 2 && random(2) === 0
        ? `${pick(['(', '(?:', '(?<g' + random(1000) + '>'])}${Array.from({ length: 1 + random(3) }, () => branch(depth + 1)).join('|')})${pick(['', '', '?', '+'])}${tail()}`
        : `${pick(['\\b', '\\b', '\\b', '\\b', ''])}${pick(['a', 'b', 'ab', ' a'])}${tail()}`;
    let written = 0;
    for (let round = 0; round < 600; round++) {
      const source = Array.from({ length: 1 + random(3) }, () => branch(0)).join('|');
      let rule: RegExp;
      try {
        rule = new RegExp(source, 'i');
      } catch {
        continue; // a group name drawn twice
      }
      const text = Array.from({ length: 30 }, () => pick(['a', 'b', 'A', ' ', '_', 'abab'])).join('');
      const first = wordBoundaryFirst(rule);
      if (first !== rule) written++;
      expect(all(first, text), `/${source}/`).toEqual(all(rule, text));
    }
    expect(written).toBeGreaterThan(100);
  });
});
