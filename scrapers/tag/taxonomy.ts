// The vocabularies (data/taxonomy/*.json): validated with zod when loaded, then compiled into a few RegExps per
// vocabulary, so that finding every mention in a statement is one pass per RegExp.
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { DATA_DIR } from '../../src/lib/paths.ts';
import { latestOffice, peopleFileSchema, type PeopleFile, type PersonEntry } from '../../src/lib/people.ts';
import { aliasSource, wholeWordAlternation, wholeWordStems, wordStart } from './alias-source.ts';
import { kept } from './arrays.ts';
import { LiteralLed } from './literal-led.ts';
import { ANOTHER_COUNTRY } from './text.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case id with hyphens');
/** A regular expression source without capturing groups: each alias gets its own group when compiled. */
const regexSource = z.string().superRefine((source, ctx) => {
  try {
    const groups = new RegExp(`${source}|`).exec('')?.length ?? 0;
    if (groups !== 1) ctx.addIssue({ code: 'custom', message: `pattern ${source} must use (?:…) groups only` });
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `pattern ${source} is not a valid RegExp: ${(error as Error).message}` });
  }
});
const aliasLists = z.object({ en: z.array(z.string().min(1)), ms: z.array(z.string().min(1)) }).strict();
const baseEntry = {
  id: slug,
  name: z.string().min(1),
  aliases: aliasLists,
  caseSensitive: z.array(z.string().min(1)).default([]),
  patterns: z.array(regexSource).default([]),
};
const platformEntry = z
  .object({ ...baseEntry, parent: slug.nullable(), ambiguous: z.boolean().default(false) })
  .strict();
export const ACTOR_KINDS = ['ministry', 'regulator', 'police', 'prosecutor', 'legislature', 'government'] as const;
const actorEntry = z
  .object({
    ...baseEntry,
    kind: z.enum(ACTOR_KINDS),
    country: z.string().regex(/^[A-Z]{2}$/).nullable(),
    contextAliases: aliasLists.default({ en: [], ms: [] }),
    /** Like contextAliases, as RegExps (case-sensitive): "Segamat MP" is a member of Malaysia's Parliament. */
    contextPatterns: z.array(regexSource).default([]),
  })
  .strict();
const issueEntry = z
  .object({
    ...baseEntry,
    patternsIgnoreCase: z.boolean().default(true),
    /** Issues that a mention of this one also raises (a scam ad is a scam). */
    implies: z.array(slug).default([]),
  })
  .strict();
const fileOf = <T extends z.ZodTypeAny>(entry: T) =>
  z.object({ $comment: z.string().optional(), entries: z.array(entry).min(1) }).strict();

export const platformsFileSchema = fileOf(platformEntry);
export const actorsFileSchema = fileOf(actorEntry);
export const issuesFileSchema = fileOf(issueEntry);
export type PlatformEntry = z.infer<typeof platformEntry>;
export type ActorEntry = z.infer<typeof actorEntry>;
export type IssueEntry = z.infer<typeof issueEntry>;

/** What the text around a match must show for the match to count. */
export interface MatchContext {
  /** The statement is about Malaysia: generic names (police, Parliament) then mean Malaysia's. */
  malaysian: boolean;
  /** The statement is about online services: ambiguous names (Apple, Signal, Discord) may then be the platform. */
  online: boolean;
}
export interface Mention {
  id: string;
  start: number;
  end: number;
}
interface Rule {
  id: string;
  /** Only in a statement about Malaysia. */
  malaysianOnly: boolean;
  /** The name is an ordinary word too (Apple, Signal). */
  ambiguous: boolean;
  /** Matched as a capitalised literal: at a sentence start it also needs a company cue after it. */
  needsCueAtSentenceStart: boolean;
}
interface Alternative {
  source: string;
  /** The alias as written, when it is a plain literal (no '*' stem, no pattern). */
  literal?: string;
  /** The stem as written (the alias without its '*'), when it is one. */
  stem?: string;
  rule: Rule;
}
/**
 * What one RegExp of stems and patterns finds, read with two: the stems factored and matched against the lower-cased
 * text, as the literals are, and the patterns alone. Where both match, the one that comes first in the one RegExp's
 * order (its rank) is taken, as that RegExp would take it.
 */
interface StemsApart {
  stems: RegExp;
  /** The rank of each stem, by its key (`literalKey`). */
  stemRanks: Map<string, number>;
  patterns: LiteralLed | null;
  /** The rank of each pattern, by its group less one. */
  patternRanks: number[];
}

// A company cue after a capitalised name at a sentence start: "Apple said", "Discord's", "Signal app".
const COMPANY_CUE =
  /^(?:['’]s\b|\s+(?:Inc|Corp|Platforms|said|says|told|announced|reported|has|had|have|will|would|is|was|did|does|also|declined|refused|rejected|agreed|pledged|promised|committed|removed|blocked|launched|introduced|added|confirmed|denied|sues|sued|challenges|challenged|appeals|appealed|must|should|could|app|Store|Pay|ID|Messenger|Foundation|users?|accounts?|channels?|groups?|servers?|berkata|menyatakan|telah|akan|enggan|menolak|bersetuju|berjanji|juga|pula|perlu|mesti|in a statement|dalam(?: satu)? kenyataan)\b|\s+(?:and|dan|or|atau)\s+(?=[A-Z]))/;
const SENTENCE_START_BEFORE = /(?:^|[.!?\n]["”’)]?)\s*["“‘(]?\s*$/;

// What a match needs changed to be a key: a right single quote, whitespace but a space, or whitespace twice.
const NOT_A_KEY = /’|[^\S ]|\s\s/;
/** How a literal alias is looked up after a match: case folded (or not), one kind of apostrophe, single spaces. */
const literalKey = (text: string, fold: boolean) => {
  const key = NOT_A_KEY.test(text) ? text.replace(/’/g, "'").replace(/\s+/g, ' ') : text;
  return fold ? key.toLowerCase() : key;
};

/**
 * One vocabulary compiled. Literal aliases go into one RegExp per case mode with no groups (the matched text is
 * looked up in a Map); stems and patterns go into another with one group each, read only where the literals its
 * matches begin with are (`LiteralLed`). Few RegExps, each one pass.
 */
export class Vocabulary {
  private readonly literals: { regex: RegExp; foldedFallback: RegExp | null; rules: Map<string, Rule>; fold: boolean }[] = [];
  /** `rules` by rank: the group (less one) of the alternative that matched. */
  private readonly patterns: { regex: LiteralLed; rules: Rule[]; apart: StemsApart | null }[] = [];
  /**
   * @param overlapping let mentions overlap: an issue phrase ("remove scam ads") may hold another issue's word
   * ("scam"), while a name must not be read twice ("Indonesia's communications ministry" is not also Malaysia's).
   */
  constructor(
    alternatives: { ignoreCase: Alternative[]; caseSensitive: Alternative[] },
    private readonly overlapping = false,
  ) {
    for (const [list, fold] of [
      [alternatives.ignoreCase, true],
      [alternatives.caseSensitive, false],
    ] as const) {
      const flags = fold ? 'gi' : 'g';
      const literal = list.filter((a) => a.literal !== undefined);
      const other = list.filter((a) => a.literal === undefined);
      // Longest first, so that "Facebook's parent company" wins over "Facebook" at the same place.
      const byLength = (a: Alternative, b: Alternative) => b.source.length - a.source.length;
      if (literal.length) {
        // Case-folded aliases are matched case-sensitively against the lower-cased text: much faster in V8 than
        // the 'i' flag, which is kept only for the rare text whose lower-casing changes its length (and there
        // unfactored: under 'i' the factored alternation's branches could overlap).
        const aliases = [...literal].sort(byLength).map((a) => (fold ? a.literal!.toLowerCase() : a.literal!));
        this.literals.push({
          regex: new RegExp(wholeWordAlternation(aliases), 'g'),
          foldedFallback: fold ? new RegExp(`(?<![A-Za-z0-9_])(?:${aliases.map(aliasSource).join('|')})(?![A-Za-z0-9_])`, 'gi') : null,
          rules: new Map(literal.map((a) => [literalKey(a.literal!, fold), a.rule])),
          fold,
        });
      }
      if (other.length) {
        const sorted = [...other].sort(byLength);
        const grouped = (list: Alternative[]) =>
          new RegExp(`${wordStart(list.map((a) => a.source))}(?:${list.map((a) => `(${a.source})`).join('|')})(?![A-Za-z0-9_])`, flags);
        const stems = sorted.filter((a) => a.stem !== undefined);
        const patterns = sorted.filter((a) => a.stem === undefined);
        const stemRanks = new Map<string, number>();
        for (const a of stems) if (!stemRanks.has(literalKey(a.stem!, true))) stemRanks.set(literalKey(a.stem!, true), sorted.indexOf(a));
        this.patterns.push({
          regex: new LiteralLed(grouped(sorted)),
          rules: sorted.map((a) => a.rule),
          // Apart, the stems factored, the two cost about a third less than the one (issues: 71 stems, 42 patterns).
          // Only where every place is read (overlapping): else a match read by one would hide places from the other.
          apart:
            fold && overlapping && stems.length
              ? {
                  stems: new RegExp(wholeWordStems(stems.map((a) => a.stem!.toLowerCase())), 'g'),
                  stemRanks,
                  patterns: patterns.length ? new LiteralLed(grouped(patterns)) : null,
                  patternRanks: patterns.map((a) => sorted.indexOf(a)),
                }
              : null,
        });
      }
    }
  }

  /** Every mention in `text`, in order of position; `lower` is `text.toLowerCase()`, given by a caller reading one text
   *  with several vocabularies. */
  mentions(text: string, context: MatchContext, lower = text.toLowerCase()): Mention[] {
    const found: Mention[] = [];
    const take = (rule: Rule | undefined, start: number, end: number) => {
      if (rule && accepts(rule, text, start, end, context)) found.push({ id: rule.id, start, end });
    };
    // Where mentions may overlap every place is read: the next search starts one past the last match's start.
    const stepPast = (regex: RegExp, m: RegExpExecArray) => {
      if (this.overlapping) regex.lastIndex = m.index + 1;
    };
    for (const { regex: plain, foldedFallback, rules, fold } of this.literals) {
      let haystack = text;
      let regex = plain;
      if (fold) {
        if (lower.length === text.length) haystack = lower;
        else regex = foldedFallback!;
      }
      regex.lastIndex = 0;
      for (let m = regex.exec(haystack); m; m = regex.exec(haystack)) {
        stepPast(regex, m);
        take(rules.get(literalKey(m[0], fold)), m.index, m.index + m[0].length);
      }
    }
    for (const { regex, rules, apart } of this.patterns) {
      if (apart && lower.length === text.length) {
        for (const { start, rank, end } of readApart(apart, text, lower)) take(rules[rank], start, end);
        continue;
      }
      for (const m of regex.all(text, lower, this.overlapping)) take(rules[firstGroup(m) - 1], m.index, m.index + m[0].length);
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    if (this.overlapping) return found;
    // Of two names read at overlapping places (from different RegExps), keep the one that starts first and is longer.
    let reach = -1;
    return kept(found, (m) => {
      if (m.start < reach) return false;
      reach = m.end;
      return true;
    });
  }
}

/** The number of the first group a match filled. */
function firstGroup(m: RegExpExecArray): number {
  let group = 1;
  while (group < m.length && m[group] === undefined) group++;
  return group;
}

interface Place {
  start: number;
  rank: number;
  end: number;
}

/** Each place where a stem or a pattern matches, in text order, with the rank and end of the one preferred there. */
function readApart(apart: StemsApart, text: string, lower: string): Place[] {
  // Each RegExp is read at every place, so each finds its places in text order: the two lists are merged as read.
  const stems: Place[] = [];
  apart.stems.lastIndex = 0;
  for (let m = apart.stems.exec(lower); m; m = apart.stems.exec(lower)) {
    apart.stems.lastIndex = m.index + 1;
    stems.push({ start: m.index, rank: apart.stemRanks.get(literalKey(m[1] ?? m[2]!, true))!, end: m.index + m[0].length });
  }
  const patterns = apart.patterns;
  if (!patterns) return stems;
  const places: Place[] = [];
  let next = 0;
  for (const m of patterns.all(text, lower, true)) {
    while (next < stems.length && stems[next]!.start < m.index) places.push(stems[next++]!);
    const rank = apart.patternRanks[firstGroup(m) - 1]!;
    const stem = next < stems.length && stems[next]!.start === m.index ? stems[next++]! : null;
    places.push(stem && stem.rank <= rank ? stem : { start: m.index, rank, end: m.index + m[0].length });
  }
  while (next < stems.length) places.push(stems[next++]!);
  return places;
}

// A generic name beside another country's is that country's body, even in a statement about Malaysia: "Polis
// Korea", "Cambodian police" (government-bodies.ts reads them as other governments').
const COUNTRY_AFTER = new RegExp(`^[ \\t]+${ANOTHER_COUNTRY}(?![\\p{L}])`, 'u');
const COUNTRY_BEFORE = new RegExp(`(?<![\\p{L}])${ANOTHER_COUNTRY}[ \\t]+$`, 'u');
const besideAnotherCountry = (text: string, start: number, end: number) =>
  COUNTRY_AFTER.test(text.slice(end, end + 40)) || COUNTRY_BEFORE.test(text.slice(Math.max(0, start - 40), start));

function accepts(rule: Rule, text: string, start: number, end: number, context: MatchContext): boolean {
  if (rule.malaysianOnly && (!context.malaysian || besideAnotherCountry(text, start, end))) return false;
  if (!rule.ambiguous) return true;
  if (!context.online) return false;
  if (!rule.needsCueAtSentenceStart) return true;
  const atSentenceStart = SENTENCE_START_BEFORE.test(text.slice(Math.max(0, start - 4), start));
  return !atSentenceStart || COMPANY_CUE.test(text.slice(end, end + 24));
}

export interface Taxonomy {
  platforms: Vocabulary;
  actors: Vocabulary;
  issues: Vocabulary;
  platformEntries: Map<string, PlatformEntry>;
  actorEntries: Map<string, ActorEntry>;
  issueEntries: Map<string, IssueEntry>;
  /** Office holders (people.json) by id. */
  people: Map<string, PersonEntry>;
  /** Office holders by their name and each alias, lower-cased. */
  personByName: Map<string, PersonEntry>;
}

export interface TaxonomyFiles {
  platforms: z.infer<typeof platformsFileSchema>;
  actors: z.infer<typeof actorsFileSchema>;
  issues: z.infer<typeof issuesFileSchema>;
  people: PeopleFile;
}

/** Where an issue pattern names any platform ("a ban on {platform}"), so that a platform added to the list counts. */
const PLATFORM_SLOT = '{platform}';

/** Every platform by its name, and by its earlier one: "X (formerly Twitter)" is "X" and "Twitter". */
function platformNamesSource(entries: readonly PlatformEntry[]): string {
  const names = entries.flatMap((e) => {
    const formerly = / \(formerly (.*)\)$/.exec(e.name);
    return formerly ? [e.name.slice(0, formerly.index), formerly[1]!] : [e.name];
  });
  return `(?:${names.map(aliasSource).join('|')})`;
}

const literal = (id: string, alias: string, rule: Partial<Rule> = {}): Alternative => ({
  source: aliasSource(alias),
  ...(alias.endsWith('*') ? { stem: alias.slice(0, -1) } : { literal: alias }),
  rule: { id, malaysianOnly: false, ambiguous: false, needsCueAtSentenceStart: false, ...rule },
});

/** Compile validated vocabularies. Throws a one-line error naming the file when an alias is claimed twice. */
/** The items but for a product whose parent company is among them too: named together they are one party, the parent
 *  ("Meta", not "Facebook"). */
export function parentsOverProducts<T extends { id: string }>(items: readonly T[], taxonomy: Taxonomy): T[] {
  return items.filter((item) => {
    const parent = taxonomy.platformEntries.get(item.id)?.parent;
    return !(parent && items.some((other) => other.id === parent));
  });
}

export function compileTaxonomy(files: TaxonomyFiles): Taxonomy {
  const platforms = { ignoreCase: [] as Alternative[], caseSensitive: [] as Alternative[] };
  for (const e of files.platforms.entries) {
    const ambiguous = e.ambiguous;
    platforms.ignoreCase.push(...[...e.aliases.en, ...e.aliases.ms].map((a) => literal(e.id, a)));
    platforms.caseSensitive.push(
      ...e.caseSensitive.map((a) => literal(e.id, a, { ambiguous, needsCueAtSentenceStart: ambiguous })),
      ...e.patterns.map((p) => ({ source: p, rule: { ...literal(e.id, '').rule, ambiguous } })),
    );
  }
  const actors = { ignoreCase: [] as Alternative[], caseSensitive: [] as Alternative[] };
  const actorIds = new Set(files.actors.entries.map((e) => e.id));
  const partyIds = new Set([...actorIds, ...files.platforms.entries.map((e) => e.id)]);
  for (const p of files.people.entries) {
    for (const office of p.offices)
      if (!partyIds.has(office.org)) throw new Error(`taxonomy: people.json: ${p.id}: office org ${office.org} is neither a platform nor an actor`);
    // A minister named alone ("Fahmi Fadzil said") names their body; full names only, with the case-folded aliases
    // (the fast RegExp; full names have no false friends). Platform staff are not read as the platform itself.
    const org = latestOffice(p).org;
    if (actorIds.has(org)) actors.ignoreCase.push(...[p.name, ...p.aliases].map((a) => literal(org, a)));
  }
  for (const e of files.actors.entries) {
    actors.ignoreCase.push(
      ...[...e.aliases.en, ...e.aliases.ms].map((a) => literal(e.id, a)),
      ...[...e.contextAliases.en, ...e.contextAliases.ms].map((a) => literal(e.id, a, { malaysianOnly: true })),
    );
    actors.caseSensitive.push(
      ...e.caseSensitive.map((a) => literal(e.id, a)),
      ...e.patterns.map((p) => ({ source: p, rule: literal(e.id, '').rule })),
      ...e.contextPatterns.map((p) => ({ source: p, rule: literal(e.id, '', { malaysianOnly: true }).rule })),
    );
  }
  const issues = { ignoreCase: [] as Alternative[], caseSensitive: [] as Alternative[] };
  const platform = platformNamesSource(files.platforms.entries);
  for (const e of files.issues.entries) {
    issues.ignoreCase.push(...[...e.aliases.en, ...e.aliases.ms].map((a) => literal(e.id, a)));
    issues.caseSensitive.push(...e.caseSensitive.map((a) => literal(e.id, a)));
    const patterns = e.patterns.map((p) => ({ source: p.replaceAll(PLATFORM_SLOT, platform), rule: literal(e.id, '').rule }));
    (e.patternsIgnoreCase ? issues.ignoreCase : issues.caseSensitive).push(...patterns);
  }
  for (const [file, vocabulary] of Object.entries({ platforms, actors, issues })) checkAliasesUnique(file, vocabulary);
  const issueIds = new Set(files.issues.entries.map((e) => e.id));
  for (const e of files.issues.entries)
    for (const implied of e.implies)
      if (!issueIds.has(implied)) throw new Error(`taxonomy: issues.json: ${e.id} implies unknown issue ${implied}`);
  return {
    platforms: new Vocabulary(platforms),
    actors: new Vocabulary(actors),
    issues: new Vocabulary(issues, true),
    platformEntries: new Map(files.platforms.entries.map((e) => [e.id, e])),
    actorEntries: new Map(files.actors.entries.map((e) => [e.id, e])),
    issueEntries: new Map(files.issues.entries.map((e) => [e.id, e])),
    people: new Map(files.people.entries.map((p) => [p.id, p])),
    personByName: new Map(files.people.entries.flatMap((p) => [p.name, ...p.aliases].map((n) => [n.toLowerCase(), p] as const))),
  };
}

function checkAliasesUnique(file: string, vocabulary: { ignoreCase: Alternative[]; caseSensitive: Alternative[] }) {
  for (const [list, fold] of [
    [vocabulary.ignoreCase, true],
    [vocabulary.caseSensitive, false],
  ] as const) {
    const owner = new Map<string, string>();
    for (const { source, rule } of list) {
      const key = fold ? source.toLowerCase() : source;
      const other = owner.get(key);
      if (other !== undefined && other !== rule.id)
        throw new Error(`taxonomy: ${file}.json: alias ${source} belongs to both ${other} and ${rule.id}`);
      owner.set(key, rule.id);
    }
  }
}

async function readVocabulary<T extends z.ZodTypeAny>(dir: string, name: string, schema: T): Promise<z.infer<T>> {
  const path = join(dir, `${name}.json`);
  const shown = relative(process.cwd(), path) || path;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    const cause = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    throw new Error(`taxonomy: ${shown}: ${cause}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`taxonomy: ${shown}: ${issue?.path.join('.') || '(top)'}: ${issue?.message ?? 'invalid'}`);
  }
  const ids = new Set<string>();
  for (const entry of (parsed.data as { entries: { id: string }[] }).entries) {
    if (ids.has(entry.id)) throw new Error(`taxonomy: ${shown}: id ${entry.id} appears twice`);
    ids.add(entry.id);
  }
  return parsed.data;
}

/** A settled read's value, or its error thrown. */
const settled = <T>(read: PromiseSettledResult<T>): T => {
  if (read.status === 'rejected') throw read.reason;
  return read.value;
};

/** Load and compile data/taxonomy (or `dir`). A bad file gives a one-line error naming it. */
export async function loadTaxonomy(dir: string = join(DATA_DIR, 'taxonomy')): Promise<Taxonomy> {
  const [platforms, actors, issues, people] = await Promise.allSettled([
    readVocabulary(dir, 'platforms', platformsFileSchema),
    readVocabulary(dir, 'actors', actorsFileSchema),
    readVocabulary(dir, 'issues', issuesFileSchema),
    readVocabulary(dir, 'people', peopleFileSchema),
  ]);
  // The first bad file in this order, not the first read to fail: the same error on every run.
  const files = { platforms: settled(platforms), actors: settled(actors), issues: settled(issues), people: settled(people) };
  try {
    return compileTaxonomy(files);
  } catch (error) {
    throw new Error(`${(error as Error).message.replace('taxonomy: ', `taxonomy: ${relative(process.cwd(), dir) || dir}/`)}`);
  }
}
