// Aliases as RegExp sources: one alias, or many as one alternation factored by shared beginnings (and rules factored
// alike). V8 tries an alternation's branches one by one at every position, so "Mal(?:awi|aysia|i)" is much cheaper to
// run than "Malawi|Malaysia|Mali", and big vocabularies were the tagger's costliest RegExps.

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

/**
 * What goes before patterns (RegExp sources, matched alike or with the 'i' flag, never 'u') that are read as words:
 * `(?<![A-Za-z0-9_])`, written `\b` where every pattern begins with a word character, since V8 runs that a fifth
 * faster in the issue patterns. Patterns cannot be split in two branches as aliases are (`wordStarts`): one that is
 * not shown to begin with a word character may still do so, at the same place as another.
 */
export function wordStart(sources: readonly string[]): string {
  return sources.every(startsWithWordCharacter) ? '\\b' : '(?<![A-Za-z0-9_])';
}

// One atom that matches only a word character: ASCII ones ('i' without 'u' folds none into them), \w, \d, or a class
// of those.
const WORD_ATOM = /^(?:[A-Za-z0-9_]|\\[wd]|\[(?:[a-z]-[a-z]|[A-Z]-[A-Z]|[0-9]-[0-9]|[A-Za-z0-9_])+\])$/;
// A quantifier that lets its atom match nothing.
const MAY_BE_ABSENT = /^(?:[?*]|\{0+(?:,\d*)?\})\??/;
const LOOK_AROUND = /^\(\?<?[=!]/;
const GROUP_HEAD = /^\((?:\?:|\?<[^=!>][^>]*>)?/;

/** The top-level branches of a RegExp source. */
function branchesOf(source: string): string[] {
  const branches: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; ) {
    if (source[i] === '(') i = closing(source, i) + 1;
    else if (source[i] === '|') {
      branches.push(source.slice(from, i));
      from = ++i;
    } else i = skip(source, i);
  }
  branches.push(source.slice(from));
  return branches;
}

/** Does every match of `source` begin with a word character? Read from its first atoms: assertions are passed over, a
 *  group answers for all its branches, an optional atom and what follows it both; what is not read so is a no. */
function startsWithWordCharacter(source: string): boolean {
  return branchesOf(source).every((branch) => startsWithWordFrom(branch, 0));
}

function startsWithWordFrom(branch: string, from: number): boolean {
  let i = from;
  while (branch.startsWith('\\b', i) || branch.startsWith('\\B', i) || LOOK_AROUND.test(branch.slice(i))) {
    i = branch[i] === '(' ? closing(branch, i) + 1 : i + 2;
  }
  if (i >= branch.length) return false;
  const end = branch[i] === '(' ? closing(branch, i) + 1 : skip(branch, i);
  const head = branch[i] === '(' ? GROUP_HEAD.exec(branch.slice(i))![0] : null;
  const word = head === null ? WORD_ATOM.test(branch.slice(i, end)) : startsWithWordCharacter(branch.slice(i + head.length, end - 1));
  const absent = MAY_BE_ABSENT.exec(branch.slice(end));
  return word && (absent === null || startsWithWordFrom(branch, end + absent[0].length));
}

/**
 * Literals one of which every match of `source` begins with, or null where that is not read from it. A literal is read
 * atom by atom: a character that matches only itself (or one of a class that lists a few, "[Kk]"), whitespace (read as
 * one space, which the literals' RegExp reads as any run of it: `aliasAlternation`), a group as its branches' literals
 * (an optional one both with and without them); assertions match nothing and are passed over. It ends before an atom
 * read otherwise and after a repeated one; a branch that begins so gives null. The characters are ASCII or caseless,
 * so that under the 'i' flag (without 'u') a match's lower-cased text begins with a literal lower-cased.
 */
export function leadingLiterals(source: string): string[] | null {
  const read = alternativesRead(source);
  return read.literals.includes('') ? null : read.literals;
}

/** Literals read from a source, and whether they are whole: every match is one of them (whitespace runs as one space). */
interface Read {
  literals: string[];
  whole: boolean;
}

function alternativesRead(source: string): Read {
  const literals = new Set<string>();
  let whole = true;
  for (const branch of branchesOf(source)) {
    const read = sequenceRead(branch);
    for (const l of read.literals) literals.add(l);
    whole &&= read.whole;
  }
  return { literals: [...literals], whole };
}

// A class of a few characters that match only themselves ("[Kk]", "['’]"): no range, escape or negation.
const CLASS_OF_LITERALS = /^\[[A-Za-z0-9'’]+\]$/;
const WHITESPACE_ATOM = /^(?:\\s| )$/;
// A quantifier that lets its atom match at most once, or at most one run of whitespace.
const ONCE = /^\??$/;
const ONE_RUN = /^(?:\+|\*)?\??$/;
const QUANTIFIER_AT = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;
// Literals multiply at each atom with several: past this many (none empty) they end where they are.
const MOST_LITERALS = 256;

/** The literals one atom matches, where it is read: a character, whitespace, a class of characters or a group. */
function atomRead(atom: string): Read | null {
  if (WHITESPACE_ATOM.test(atom)) return { literals: [' '], whole: true };
  if (isLiteral(atom)) return { literals: [atom.length === 2 ? atom[1]! : atom], whole: true };
  if (CLASS_OF_LITERALS.test(atom)) return { literals: [...atom.slice(1, -1)], whole: true };
  return atom.startsWith('(') ? alternativesRead(atom.slice(GROUP_HEAD.exec(atom)![0].length, -1)) : null;
}

function sequenceRead(branch: string): Read {
  let open = [''];
  const ended = new Set<string>();
  const end = () => ({ literals: [...new Set([...ended, ...open])], whole: false });
  for (let i = 0; i < branch.length; ) {
    if (branch.startsWith('\\b', i) || branch.startsWith('\\B', i) || branch[i] === '^' || branch[i] === '$') {
      i += branch[i] === '\\' ? 2 : 1;
      continue;
    }
    const atomEnd = branch[i] === '(' ? closing(branch, i) + 1 : skip(branch, i);
    if (LOOK_AROUND.test(branch.slice(i))) {
      i = atomEnd;
      continue;
    }
    const atom = atomRead(branch.slice(i, atomEnd));
    const quantifier = QUANTIFIER_AT.exec(branch.slice(atomEnd))?.[0] ?? '';
    const absent = MAY_BE_ABSENT.test(quantifier);
    const once = ONCE.test(quantifier) || (atom?.literals[0] === ' ' && ONE_RUN.test(quantifier));
    if (!atom || (open.every((l) => l !== '') && open.length * atom.literals.length > MOST_LITERALS)) return end();
    const next = open.flatMap((l) => atom.literals.map((a) => l + a));
    i = atomEnd + quantifier.length;
    if (once && atom.whole) {
      open = absent ? [...new Set([...next, ...open])] : next;
      continue;
    }
    // Repeated, or not read whole: the literals through its beginnings end there; without it (if it may be absent)
    // they go on.
    for (const l of next) ended.add(l);
    if (!absent) return { literals: [...ended], whole: false };
  }
  return { literals: [...new Set([...ended, ...open])], whole: ended.size === 0 };
}

/** Does every match of `source` begin at a word boundary (each branch with `\b`)? */
export const beginsAtWordBoundary = (source: string) => branchesOf(source).every((branch) => branch.startsWith('\\b'));

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
 * A `fixed` token (one that may match where another does) joins only the group just before it, else starts a new run.
 */
function alternation(branches: readonly string[][], fixed: (token: string) => boolean = () => false): string {
  const parts: string[] = [];
  let groups: { token: string; rests: string[][] }[] = [];
  const open = new Map<string, { token: string; rests: string[][] }>();
  const flush = () => {
    for (const { token, rests } of groups) parts.push(token + alternation(rests, fixed));
    groups = [];
    open.clear();
  };
  for (const [token, ...rest] of branches) {
    if (token === undefined) {
      flush();
      parts.push('');
      continue;
    }
    if (fixed(token)) {
      const last = groups[groups.length - 1];
      // A whole branch's last token (its rest empty) stays apart: two alike may hold groups, numbered apart.
      if (last?.token === token && rest.length > 0) last.rests.push(rest);
      else {
        flush();
        groups.push({ token, rests: [rest] });
      }
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

// A rule's branch in tokens: `\b`, characters that match only themselves, then the rest as one token.
const LITERAL = /^(?:[A-Za-z0-9 ,;:'"&_’“”-]|\\[.()[\]{}?*+|^$\\/])$/;
const QUANTIFIER = /^[?*+{]/;
const isLiteral = (token: string) => LITERAL.test(token);

/**
 * A rule RegExp with every alternation in it (the whole and each group's) factored by shared beginnings, as the
 * aliases are: it matches what the rule matches, preferring the same branch, its groups numbered alike. A branch
 * holding a capturing group keeps its place.
 */
export function factored(rule: RegExp): RegExp {
  const regex = new RegExp(factoredSource(rule.source, rule.flags.includes('i')), rule.flags);
  const groups = (r: RegExp) => new RegExp(`${r.source}|`, r.flags).exec('')!.length;
  if (groups(regex) !== groups(rule)) throw new Error(`factoring changed the groups of /${rule.source}/`);
  return regex;
}

function factoredSource(source: string, ignoreCase: boolean): string {
  const branches: string[][] = [];
  let branch = '';
  let captures = false;
  const end = () => branches.push(ruleTokens(branch, captures, ignoreCase));
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === '|') {
      end();
      branch = '';
      captures = false;
      i++;
    } else if (c === '(') {
      const close = closing(source, i);
      const head = ANY_GROUP_HEAD.exec(source.slice(i))![0];
      captures ||= hasCapture(source.slice(i, close + 1));
      branch += `${head}${factoredSource(source.slice(i + head.length, close), ignoreCase)})`;
      i = close + 1;
    } else {
      const next = skip(source, i);
      branch += source.slice(i, next);
      i = next;
    }
  }
  end();
  return alternation(branches, (token) => !isLiteral(token));
}

// The opening of any group: plain, non-capturing, named, or a look-ahead or look-behind.
const ANY_GROUP_HEAD = /^\((?:\?(?::|=|!|<=|<!|<[^>]+>))?/;

/**
 * The rule with each `\b` before a word character written `(?<!\w)`, which holds at the same places (a boundary before
 * a word character is a non-word character before it). Under the 'i' and 'u' flags together V8 runs a `\b` that
 * leads the RegExp about three times slower than the look-behind (a fifth of a microsecond a 50-character text).
 */
export function wordStartsLookingBehind(rule: RegExp): RegExp {
  return new RegExp(lookingBehindSource(rule.source), rule.flags);
}

function lookingBehindSource(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; ) {
    if (source.startsWith('\\b', i) && startsWithWordFrom(restOfBranch(source, i + 2), 0)) {
      out += '(?<!\\w)';
      i += 2;
    } else if (source[i] === '(') {
      const close = closing(source, i);
      const head = ANY_GROUP_HEAD.exec(source.slice(i))![0];
      out += `${head}${lookingBehindSource(source.slice(i + head.length, close))})`;
      i = close + 1;
    } else {
      const next = skip(source, i);
      out += source.slice(i, next);
      i = next;
    }
  }
  return out;
}

/**
 * The rule with the `\b` that begins each of its branches (or each branch of the unrepeated group a branch begins
 * with, capturing or not) written once before them all: it matches alike, groups numbered alike. V8 tries a `\b`
 * written inside each named group at every place, one group after another, about twice as slowly.
 */
export function wordBoundaryFirst(rule: RegExp): RegExp {
  const body = withoutLeadingBoundaries(rule.source);
  return body === null ? rule : new RegExp(`\\b(?:${body})`, rule.flags);
}

/** The source with the `\b` each branch begins with taken off; null where a branch may begin without one. */
function withoutLeadingBoundaries(source: string): string | null {
  const branches: string[] = [];
  for (const branch of branchesOf(source)) {
    if (branch.startsWith('\\b')) {
      branches.push(branch.slice(2));
      continue;
    }
    if (!branch.startsWith('(') || LOOK_AROUND.test(branch)) return null;
    const close = closing(branch, 0);
    // A repeated group's later rounds begin elsewhere; an optional one may be passed over.
    if (QUANTIFIER_AT.test(branch.slice(close + 1))) return null;
    const head = ANY_GROUP_HEAD.exec(branch)![0];
    const inner = withoutLeadingBoundaries(branch.slice(head.length, close));
    if (inner === null) return null;
    branches.push(`${head}${inner})${branch.slice(close + 1)}`);
  }
  return branches.join('|');
}

/** The branch `source` holds at `from`, from there to the `|` or `)` that ends it. */
function restOfBranch(source: string, from: number): string {
  let i = from;
  while (i < source.length && source[i] !== '|' && source[i] !== ')') i = source[i] === '(' ? closing(source, i) + 1 : skip(source, i);
  return source.slice(from, i);
}

/** Where the atom at `i` ends when it is an escape, a class or a single character. */
function skip(source: string, i: number): number {
  if (source[i] === '\\') return i + 2;
  if (source[i] !== '[') return i + 1;
  let j = i + 1;
  while (source[j] !== ']') j = source[j] === '\\' ? j + 2 : j + 1;
  return j + 1;
}

/** The index of the ')' that closes the group opened at `open`. */
function closing(source: string, open: number): number {
  let depth = 0;
  for (let i = open; ; i = skip(source, i)) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')' && --depth === 0) return i;
  }
}

/** Does `source` hold a capturing group, numbered or named? */
function hasCapture(source: string): boolean {
  for (let i = 0; i < source.length; i = skip(source, i)) {
    if (source[i] === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && !/[=!]/.test(source[i + 3]!)))) return true;
  }
  return false;
}

function ruleTokens(branch: string, captures: boolean, ignoreCase: boolean): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < branch.length) {
    if (branch.startsWith('\\b', i)) {
      tokens.push('\\b');
      i += 2;
      continue;
    }
    const next = skip(branch, i);
    const token = branch.slice(i, next);
    if (captures || !isLiteral(token) || QUANTIFIER.test(branch.charAt(next))) break;
    tokens.push(ignoreCase ? token.toLowerCase() : token);
    i = next;
  }
  if (i < branch.length) tokens.push(branch.slice(i));
  return tokens;
}
