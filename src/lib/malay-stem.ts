// Malay word forms (and Indonesian, which shares the affixes): the roots a word may be built on. Pure, no
// dictionary: a caller that knows which words exist picks among the candidates (`malayRoot`), one that does not can
// use them all (the search index keeps every candidate apart from the words themselves).
//
// Why our own: the registry's maintained Malay-family stemmer (Snowball's Indonesian, in @orama/stemmers) strips
// without restoring the consonant that meN-/peN- drop, and without checking allomorphs: menipu → ipu but
// tertipu → tipu, media → dia, berita → ita, kerjasama → rjasama. Search and tagging need menipu and tertipu to meet,
// and media to stay media.

/** Particles and possessives, outermost first: "kerajaannya", "bolehkah". */
const CLITICS = ['lah', 'kah', 'tah', 'pun', 'nya', 'ku', 'mu'];
const VOWEL = /[aeiou]/;
/** Two consonants may begin a root only as one of these (khidmat, syarikat, trafik, skim, platform). */
const ONSET_CLUSTERS = new Set(['kh', 'sy', 'ng', 'ny', 'gh', 'tr', 'pr', 'kr', 'br', 'dr', 'gr', 'fr', 'bl', 'pl', 'kl', 'gl', 'fl', 'sl', 'sk', 'sp', 'st', 'sm', 'sn', 'sw', 'ps']);
const MIN_ROOT = 3;
/** The most candidates a word yields: enough for the allomorphs of one prefix, few enough to keep the index small. */
export const MAX_CANDIDATES = 3;

function isRoot(root: string): boolean {
  if (root.length < MIN_ROOT || !VOWEL.test(root)) return false;
  const [a, b] = [root.charAt(0), root.charAt(1)];
  return VOWEL.test(a) || VOWEL.test(b) || b === 'y' || ONSET_CLUSTERS.has(a + b);
}

/**
 * meN- and peN- with their allomorphs: each as (what follows it may start with, the consonant it may have dropped).
 * mem-padam, men-tipu, meng-kawal and meny-sebar drop the root's first consonant; me-lesen and mem-buli keep it.
 */
const NASAL_PREFIXES: [string, RegExp, string[]][] = [
  ['menge', /^[^aeiou]/, ['']],
  ['meny', /^[aeiou]/, ['s']],
  ['meng', /^[aeiou]/, ['k', '']],
  ['meng', /^[ghk]/, ['']],
  ['mem', /^[bfpv]/, ['']],
  ['mem', /^[aeiou]/, ['p']],
  ['men', /^[cdjzs]/, ['']],
  ['men', /^[aeiou]/, ['t']],
  ['me', /^(?:[lrwy]|[mn][aeiou])/, ['']],
];
/** Other prefixes, and what the rest must start with; ke- only in ke-…-an (keselamatan). */
const PLAIN_PREFIXES: [string, RegExp][] = [
  ['memper', /^./],
  ['diper', /^./],
  ['di', /^./],
  ['ter', /^./],
  ['ber', /^./],
  ['bel', /^ajar/],
  ['be', /^(?:r|[^aeiou]er)/],
  ['te', /^r/],
  ['per', /^./],
  ['pe', /^[lrwy]/],
  ['ke', /^./],
];

/** What is left of `word` after each prefix it may carry (a dropped consonant restored), with the prefix. */
function withoutPrefix(word: string): { rest: string; prefix: string }[] {
  const out: { rest: string; prefix: string }[] = [];
  for (const [me, next, restore] of NASAL_PREFIXES) {
    for (const prefix of [me, `p${me.slice(1)}`]) {
      const rest = word.slice(prefix.length);
      if (word.startsWith(prefix) && next.test(rest)) for (const c of restore) out.push({ rest: c + rest, prefix });
    }
  }
  for (const [prefix, next] of PLAIN_PREFIXES) {
    const rest = word.slice(prefix.length);
    if (word.startsWith(prefix) && next.test(rest)) out.push({ rest, prefix });
  }
  return out;
}

/** The word and the word without -kan, -an or -i, each with the suffix taken off. */
function withoutSuffix(word: string): { rest: string; suffix: string }[] {
  const out = [{ rest: word, suffix: '' }];
  for (const suffix of ['kan', 'an', 'i']) {
    if (word.endsWith(suffix)) {
      out.push({ rest: word.slice(0, -suffix.length), suffix });
      // "dilesenkan" ends in -an too, but its suffix is -kan.
      if (suffix === 'kan') break;
    }
  }
  return out;
}

/** Common spellings of one word: informal reduplication ("kanak2") and Indonesian -itas for Malay -iti. */
export function spellingVariant(word: string): string {
  if (/\D2$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('itas') && word.length > 6) return `${word.slice(0, -4)}iti`;
  return word;
}

/**
 * The roots a lower-case word may be built on, the most affixes explained first, without the word itself:
 * pelesenan → lesen, menipu → tipu, keselamatan → selamat, kanak2 → kanak. Empty for a word that shows no affix.
 * A suffix alone counts only for nouns in -an (sekatan → sekat): -kan and -i come with a prefix.
 */
export function rootCandidates(word: string): string[] {
  const base = spellingVariant(word);
  const found: string[] = [];
  const add = (root: string) => {
    if (root !== word && isRoot(root) && !found.includes(root)) found.push(root);
  };
  const forms = [base, ...CLITICS.filter((c) => base.endsWith(c) && base.length - c.length > MIN_ROOT).map((c) => base.slice(0, -c.length))];
  for (const form of forms) {
    for (const { rest: stem, suffix } of withoutSuffix(form)) {
      for (const { rest, prefix } of withoutPrefix(stem)) if (prefix !== 'ke' || suffix === 'an') add(rest);
      if (suffix === 'an') add(stem);
    }
    if (form !== base) add(form);
  }
  if (base !== word) add(base);
  return found.sort((a, b) => a.length - b.length).slice(0, MAX_CANDIDATES);
}

/** The root of `word` among those that exist (`isWord`), or the word itself when none does. */
export function malayRoot(word: string, isWord: (candidate: string) => boolean): string {
  return rootCandidates(word).find(isWord) ?? word;
}
