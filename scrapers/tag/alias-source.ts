// Aliases as RegExp sources: one alias, or many as one alternation factored by shared beginnings. V8 tries an
// alternation's branches one by one at every position, so "Mal(?:awi|aysia|i)" is much cheaper to run than
// "Malawi|Malaysia|Mali", and big vocabularies were the tagger's costliest RegExps.

/** An alias in tokens, each a RegExp source: a character (escaped), either apostrophe, or a run of spaces. */
function aliasTokens(alias: string): string[] {
  return (alias.match(/\s+|[^]/gu) ?? []).map((t) =>
    /^\s/.test(t) ? '\\s+' : /['’]/.test(t) ? "['’]" : t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
  );
}

/** An alias as a RegExp source: any run of spaces matches any whitespace, either apostrophe matches, '*' ends a stem. */
export function aliasSource(alias: string): string {
  const stem = alias.endsWith('*');
  const escaped = aliasTokens(stem ? alias.slice(0, -1) : alias).join('');
  return stem ? `${escaped}[A-Za-z0-9_-]*` : escaped;
}

/**
 * The alternation of the aliases' sources (no '*' stems), factored: it matches what `a1|a2|…` matches, preferring
 * the same alias, compiled without the 'i' flag (under which two tokens that differ may match the same character).
 */
export function aliasAlternation(aliases: readonly string[]): string {
  return alternation(aliases.map(aliasTokens));
}

const WORD_START = /^[A-Za-z0-9_]/;

/**
 * The aliases as whole words: what `(?<![A-Za-z0-9_])(?:a1|a2|…)(?![A-Za-z0-9_])` finds, compiled without the 'i'
 * flag. Before the aliases that start with a word character the look-behind is written `\b`, which V8 runs about twice
 * as fast; those and the others never match at the same place, so they are two branches.
 */
export function wholeWordAlternation(aliases: readonly string[]): string {
  return `${wordStarts(aliases, aliasAlternation)}(?![A-Za-z0-9_])`;
}

/**
 * Stems (aliases without their '*') as words: what `(?<![A-Za-z0-9_])(?:s1|s2|…)[A-Za-z0-9_-]*(?![A-Za-z0-9_])`
 * finds, compiled without the 'i' flag, with the stem itself read in group 1 or 2.
 */
export function wholeWordStems(stems: readonly string[]): string {
  return `${wordStarts(stems, (list) => `(${aliasAlternation(list)})`)}[A-Za-z0-9_-]*(?![A-Za-z0-9_])`;
}

/** `(?<![A-Za-z0-9_])` before the aliases, written `\b` before those that start with a word character. */
function wordStarts(aliases: readonly string[], alternation: (list: readonly string[]) => string): string {
  const word = aliases.filter((a) => WORD_START.test(a));
  const other = aliases.filter((a) => !WORD_START.test(a));
  const branches = [
    ...(word.length ? [`\\b${alternation(word)}`] : []),
    ...(other.length ? [`(?<![A-Za-z0-9_])${alternation(other)}`] : []),
  ];
  return `(?:${branches.join('|')})`;
}

/**
 * Branches that start with different tokens never match at the same place, so they may be grouped by their first
 * token in any order; within a group, and around an empty branch (which matches wherever it is tried), the order stays.
 */
function alternation(branches: readonly string[][]): string {
  const parts: string[] = [];
  let groups: { token: string; rests: string[][] }[] = [];
  const open = new Map<string, { token: string; rests: string[][] }>();
  const flush = () => {
    for (const { token, rests } of groups) parts.push(token + alternation(rests));
    groups = [];
    open.clear();
  };
  for (const [token, ...rest] of branches) {
    if (token === undefined) {
      flush();
      parts.push('');
      continue;
    }
    let group = open.get(token);
    // A run of spaces may give back characters to an empty rest ("an alias "): later rests then come after it.
    if (!group || (token === '\\s+' && rest.length > 0 && group.rests.some((r) => r.length === 0))) {
      group = { token, rests: [] };
      groups.push(group);
      open.set(token, group);
    }
    group.rests.push(rest);
  }
  flush();
  return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
}
