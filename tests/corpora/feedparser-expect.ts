// feedparser's `Expect:` lines are Python expressions over its own result. The simple equalities about what Pantau
// keeps (feed title and link, entry title, link, id, and entry dates) are translated into checks on a Feed; the rest
// (sanitiser output, key names Pantau has no use for) is left out and counted as not translatable.
import type { Feed } from '../../scrapers/parse/feed.ts';
import { parsePublished } from '../../scrapers/extract/dates.ts';
import { htmlToText } from '../../scrapers/parse/text.ts';

export interface ExpectHeader {
  description: string;
  expect: string;
  /** HTTP response headers the file is served with (`Header: Name: value`). */
  headers: Record<string, string>;
}

export interface Check {
  /** The clause as written, e.g. feed['title'] == 'Example'. */
  clause: string;
  holds(feed: Feed): boolean;
}

/** The comment at the top of a test file. */
export function readExpectHeader(text: string): ExpectHeader | null {
  const comment = /<!--([\s\S]*?)-->/.exec(text)?.[1];
  if (!comment) return null;
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(comment)?.[1]?.trim() ?? '';
  const headers: Record<string, string> = {};
  for (const m of comment.matchAll(/^Header:[ \t]*([^:\n]+):[ \t]*(.*)$/gm)) headers[m[1]!.trim().toLowerCase()] = m[2]!.trim();
  return { description: field('Description'), expect: field('Expect'), headers };
}

/** The clauses of an `and` chain at the top level (outside strings and brackets). */
function splitAnd(expression: string): string[] {
  const clauses: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (depth === 0 && expression.startsWith(' and ', i)) {
      clauses.push(expression.slice(start, i).trim());
      start = i + 5;
      i += 4;
    }
  }
  clauses.push(expression.slice(start).trim());
  return clauses;
}

/** The value of Python string literals joined with + (u/b prefixes, \uXXXX, \xXX, \n and friends). */
function pythonString(expression: string): string | null {
  const literal = /\s*[ubUB]?(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*(\+|$)/y;
  let value = '';
  let end = false;
  while (!end) {
    const m = literal.exec(expression);
    if (!m) return null;
    value += unescapePython(m[1] ?? m[2]!);
    end = m[3] === '' || literal.lastIndex >= expression.length;
  }
  return literal.lastIndex >= expression.length ? value : null;
}

function unescapePython(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (/^[uUx]/.test(e) && e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0' } as Record<string, string>)[e] ?? e;
  });
}

const FIELD = /^(feed|entries\[(\d+)\])\['(title|link|id)'\] == (.+)$/s;
const DATE = /^entries\[(\d+)\]\['(?:published|updated|created|issued|modified|date)_parsed'\] == \((\d+), (\d+), (\d+), (\d+), (\d+), (\d+),[^)]*\)$/;

function asUrl(link: string): string {
  try {
    return new URL(link).href;
  } catch {
    return link;
  }
}

function translateClause(clause: string): Check | null {
  const field = FIELD.exec(clause);
  if (field) {
    const [, scope, index, key, literal] = field;
    const expected = pythonString(literal!.trim());
    if (expected === null || (scope === 'feed' && key === 'id')) return null; // Pantau keeps no feed id
    const actual = (feed: Feed): string | null => {
      if (scope === 'feed') return key === 'title' ? feed.title : feed.link;
      const item = feed.items[Number(index)];
      if (!item) return null;
      return key === 'title' ? item.title : key === 'link' ? item.link : item.guid;
    };
    // feedparser keeps a title's markup (sanitised HTML); Pantau keeps its text, and no text is no title. Links are
    // compared as URLs (feedparser keeps a host's capitals, the URL parser folds them).
    const wanted = key === 'title' ? htmlToText(expected) : key === 'link' ? asUrl(expected) : expected;
    return { clause, holds: (feed) => (actual(feed) ?? '') === wanted };
  }
  const date = DATE.exec(clause);
  if (date) {
    const [, index, ...parts] = date;
    const [y, mo, d, h, mi, s] = parts.map(Number) as [number, number, number, number, number, number];
    const expected = new Date(0);
    expected.setUTCFullYear(y, mo - 1, d);
    expected.setUTCHours(h, mi, s, 0);
    return {
      clause,
      holds: (feed) => {
        const raw = feed.items[Number(index)]?.published;
        // feedparser reads a date without a zone as UTC.
        const parsed = raw ? parsePublished(raw, { timeZone: 'UTC' }) : null;
        return parsed !== null && new Date(parsed.iso).getTime() === expected.getTime();
      },
    };
  }
  return null;
}

/** The checks an Expect expression translates into; empty when none of it is about what Pantau keeps. */
export function translateExpect(expression: string): Check[] {
  if (/\bor\b/.test(expression.replace(/(['"]).*?\1/g, ''))) return []; // disjunctions are not simple equalities
  return splitAnd(expression)
    .map(translateClause)
    .filter((c): c is Check => c !== null);
}

/** The string a clause `<subject> == '...'` of the expression expects, if it has one (e.g. entries[0]['description']). */
export function expectedString(expression: string, subject: string): string | null {
  for (const clause of splitAnd(expression))
    if (clause.startsWith(`${subject} == `)) return pythonString(clause.slice(subject.length + 4));
  return null;
}
