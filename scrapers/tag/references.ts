// Who a statement talks about, position by position: named platforms and actors, people (through the
// organisation in their role), generic references ("the ministry", "suruhanjaya itu", "the company") and pronouns
// ("it", "they", "beliau"), each resolved to a platform or actor id where the text allows it.
import { latestOffice, officesOn } from '../../src/lib/people.ts';
import type { Mention, Taxonomy } from './taxonomy.ts';
import type { Person } from './people.ts';
import { LEAD_PHRASE, matchedGroup } from './text.ts';
import { mapped } from './arrays.ts';
import { wordBoundaryFirst, wordStartsLookingBehind } from './alias-source.ts';

export type PartyType = 'platform' | 'actor';
export interface PartyRef {
  id: string;
  type: PartyType;
  start: number;
  end: number;
  /** How the text named it: an alias, a person's role, a generic phrase or a pronoun. */
  via: 'name' | 'person' | 'generic' | 'pronoun';
}
export interface SentenceSpan {
  start: number;
  end: number;
  focus: boolean;
}
// The plural pronouns: "they" stands for a group of parties, or for a third party that opens its sentence.
const THEY = /^(?:they|them|their|mereka)$/i;
// A sentence opened by a third party: "Several civil society groups have said …", "Legal experts expect …".
export const THIRD_PARTY_SUBJECT =
  /^(?:[\p{L}-]+\s+){0,3}?(?:groups?|organi[sz]ations?|activists|critics|experts|lawyers|analysts|academics|researchers|campaigners|aktivis|pengkritik|pakar|peguam|penganalisis|penyelidik)\b/iu;
/** Text ending in a preposition: a party named right after it is not the subject ("talks with Meta"). */
export const PREPOSITION_BEFORE =
  wordStartsLookingBehind(/\b(?:on|in|at|from|of|with|to|for|by|about|against|over|into|via|through|across|under|than|di|pada|dengan|kepada|daripada|untuk|terhadap|oleh|dari|bersama|mengenai|tentang|seperti|including|termasuk|such as|like|melalui|dalam|between|antara)\s+(?:the\s+|its\s+|their\s+|all\s+|\p{Lu}[\p{L}-]*['’]s\s+)?$/iu);
// An association's members are not the association: "The Asia Internet Coalition, an industry association whose
// members include Google, Meta, Apple, Amazon and X, on Tuesday urged …", "NetChoice, yang mewakili Meta, Google …".
export const MEMBERS_BEFORE = /\b(?:whose members include|members include|members including|anggotanya (?:termasuk|merangkumi)|yang dianggotai(?: oleh)?|yang mewakili|which represents|that represents|representing)\b[^.;]{0,60}$/i;

/** Words that open a list of examples: "platforms including …", "syarikat seperti …". */
export const EXAMPLES_OPENER = 'including|such as|like|termasuk|seperti|khususnya|terutamanya|particularly|especially|notably';
/** Words for a class of platforms. */
export const PLATFORM_CLASS = 'platforms|companies|services|apps|firms|platform|syarikat|aplikasi';
// A subject named by its examples, opening a sentence or a reported clause: "Platforms including Facebook, YouTube
// and X have not registered …", "said that platforms including Google, Meta and X had agreed to …", "Syarikat
// teknologi termasuk Google dan Facebook …" (Malay puts what kind of company after the word).
export const SUBJECT_BY_EXAMPLES = new RegExp(
  `(?:^|\\b(?:that|bahawa)\\s+)\\s*(?:(?:the|all|other|several|some|semua)\\s+)?(?:[\\p{L}-]+\\s+){0,2}(?:${PLATFORM_CLASS})(?:\\s+[\\p{L}-]+){0,2}\\s+(?:${EXAMPLES_OPENER})\\s+$`,
  'iu',
);
const UNNAMED = '';
// An unlisted body named as a ministry ("Kementerian Kewangan (MOF)"): "the ministry" after it is that one. Failing
// that and any listed ministry, an unlisted minister's office ("Minister of State for Electronics and Information
// Technology … The Ministry will appoint …" in a story that names no country).
const MINISTRY_NAME = /\b(?:Ministry|Kementerian)\b/;
const MINISTER_NAME = /^(?:Minister|Menteri)\b/;
// Platforms named for their users: "Facebook and Instagram users", "pengguna Facebook dan Instagram".
const USERS_AFTER = /^\s+(?:users?|accounts?)\b/;
const USERS_BEFORE = /\b(?:pengguna|akaun)\s+$/;
const COORDINATED_GAP = /^\s*(?:,\s*)?(?:and|dan|&|serta|,)\s*(?:the\s+)?$/i;
export interface PersonWithOrg extends Person {
  org: { id: string; type: PartyType } | null;
}

const GENERIC = wordBoundaryFirst(new RegExp(
  [
    '(?<ministry>\\b(?:the|this|that) minist(?:ry|er)\\b|\\bkementerian(?: itu| tersebut| berkenaan)?\\b|\\bmenteri (?:itu|tersebut|berkenaan)\\b)',
    // "his ministry", "kementeriannya": the ministry of the person just named.
    '(?<ownMinistry>\\b(?:his|her) ministry\\b|\\bkementeriannya\\b)',
    '(?<regulator>\\bthe (?:regulator|commission|watchdog|authority|commissioners?)\\b|\\b(?:suruhanjaya|pesuruhjaya|pihak berkuasa)(?: itu| tersebut| berkenaan)?\\b|\\bpengawal selia (?:itu|tersebut|berkenaan)\\b)',
    // "The Council", "the Tribunal", "kedutaan itu", "lembaga itu": an unlisted public body named before ("majlis" is
    // also a ceremony).
    '(?<publicBody>\\bthe (?:council|embassy|agency|office|tribunal|bureau|secretariat|directorate|inspectorate|department)\\b|\\b(?:kedutaan|agensi|tribunal|biro)(?: itu| tersebut| berkenaan)?\\b|\\b(?:jabatan|lembaga) (?:itu|tersebut|berkenaan)\\b)',
    // "Pemerintah" is Singapore's and Indonesia's word for the government ("parti pemerintah" is a ruling party).
    '(?<government>\\b(?:the|this) (?:government|administration)\\b|\\b(?:[Kk]erajaan(?: [Nn]egeri)?|[Pp]entadbiran|(?<!\\b(?:[Pp]arti|[Rr]aja(?:-[Rr]aja)?) )[Pp]emerintah)(?! (?:Australia|Indonesia|Singapura|Britain|Amerika|Brazil|India))\\b)',
    // "The companies", "syarikat-syarikat itu", "kedua-dua syarikat" (both: "itu" or not): the platforms named together
    // just before, as "they" is.
    // "The two sides", "kedua-dua menteri": the two parties named last before, both of them.
    '(?<pair>\\b(?:the two sides|both sides|(?:the two|both) (?:ministers|ministries|governments|agencies|regulators)|kedua-dua (?:pihak|menteri|kementerian|agensi|negara)(?: itu| tersebut)?)\\b)',
    '(?<plural>\\bthe (?:(?:two|three|four|five) )?(?:companies|platforms|firms|tech (?:companies|giants|firms)|social media (?:companies|platforms|giants))\\b|\\bboth (?:companies|platforms|firms)\\b|\\b(?:syarikat-syarikat|platform-platform|semua syarikat) (?:itu|tersebut|berkenaan)\\b|\\b(?:kedua|ketiga|keempat|kelima)-(?:dua|tiga|empat|lima) (?:syarikat|platform)(?: (?:itu|tersebut|berkenaan))?\\b)',
    '(?<platform>\\bthe (?:company|platform|firm|app|service|messaging (?:service|app|platform)|social media (?:giant|platform|company)|tech (?:giant|company|firm)|marketplace|streaming service|video platform)\\b|\\b(?:syarikat|platform|aplikasi|gergasi media sosial)(?: itu| tersebut| berkenaan)\\b|\\bsyarikatnya\\b)',
  ].join('|'),
  'gi',
));
// Bodies that are never parties: federations, associations, operators, companies outside the vocabulary.
export const NON_PARTY_BODY =
  /\b(?:Federation|Association|Union|Institute|Foundation|Group|Corporation|Alliance|Coalition|Network|Organi[sz]ation|Society|Club|University|[Oo]perator|[Pp]engendali|[Pp]ersatuan|[Kk]esatuan|[Pp]ertubuhan|[Gg]abungan)\b/;
// Speakers who are no party, named by what they are: "A hotel owners' association said it would …", "Exporters said they
// would …", "Kelabnya berkata ia …", "Peguamnya berkata pihaknya …".
const NON_PARTY_SPEAKER =
  /\b(?:associations?|federations?|unions?|clubs?|kelab(?:nya)?|developers?|exporters?|importers?|traders?|peniaga|couple|lawyers?|peguam(?:nya)?|residents?|penduduk|parents?)\b/i;
const SAID_JUST_BEFORE = /\b(?:said|says|saying(?:\s+in\s+a\s+statement)?|told\s+\S+(?:\s+\S+)?|added|announced|berkata|menyatakan|memaklumkan|menegaskan)\s+(?:that\s+|bahawa\s+)?$/i;
const ASKED_JUST_BEFORE = /\b(?:asked|asks|asking|ordered|orders|ordering|urged|urges|urging|directed|directs|directing|instructed|instructs|instructing|required|requires|requiring|requested|requesting|invited|invites|inviting|told|telling|called on|calls on|calling on|forced|compelled)\s+$/i;
const AUTHORITY_VERB_AFTER = /^\s+(?:(?:also|has|had|then|later|further|turut|juga|telah)\s+)*(?:ordered|directed|instructed|fined|summoned|mengarahkan|memerintahkan|mendenda)\b/i;
// Case-sensitive apart from the first letter, so that "US" is not "us".
const PRONOUN =
  /\b(?:(?<neuter>[Ii]ts?|[Tt]hey|[Tt]heir|them|[Ii]a|[Mm]ereka|[Pp]ihaknya)|(?<first>I|[Ww]e|[Oo]ur|us|[Ss]aya|[Kk]ami|[Kk]ita)|(?<personal>[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Bb]eliau|[Dd]ia))\b/g;

// "The Commission" in a story about the EU's rules is the European Commission, named or not.
const ABOUT_THE_EU = /\b(?:EU|European Union|Digital Services Act|Digital Markets Act|DSA|DMA|Kesatuan Eropah)\b/;
const euCommission = (text: string, raw: { start: number; end: number }) =>
  /commission|suruhanjaya/i.test(text.slice(raw.start, raw.end)) && ABOUT_THE_EU.test(text) ? { id: 'european-commission', type: 'actor' as const } : null;

/** Whether a taxonomy id names a platform or an actor. */
export const partyType = (id: string, taxonomy: Taxonomy): PartyType => (taxonomy.platformEntries.has(id) ? 'platform' : 'actor');
/** A listed actor's kind ('ministry', 'regulator', 'legislature', …), or '' for any other id. */
export const actorKind = (id: string, taxonomy: Taxonomy): string => taxonomy.actorEntries.get(id)?.kind ?? '';

const MINISTER = /\b(?:[Mm]inister|Menteri)\b/;
const THE_COMPANY = /\b(?:the company(?:['’]s)?|syarikat (?:itu|tersebut)|syarikatnya)\b/i;
const PRIVATE_ROLE = /\b(?:company|syarikat|Inc|Corp|chief executive|CEO|founder|Ketua Pegawai Eksekutif)\b/i;
/**
 * Is the pronoun at `at` the "it" of one that speaks and is no party? "The Athletics Federation said it would …",
 * "Pengendali rel itu berkata pihaknya akan …" (a body never a party, with no party named before the verb), "Tools
 * for Humanity, which said it would …" (no party named right before "which").
 */
function spokenByNoParty(text: string, sentenceStart: number, at: number, refs: readonly PartyRef[]): boolean {
  const said = SAID_JUST_BEFORE.exec(text.slice(sentenceStart, at));
  if (!said) return false;
  const speaker = text.slice(sentenceStart, sentenceStart + said.index);
  const which = /,\s*(?:which|yang)\s+$/i.exec(speaker);
  if (which) return !refs.some((r) => Math.abs(r.end - (sentenceStart + which.index)) <= 1);
  return (NON_PARTY_BODY.test(speaker) || NON_PARTY_SPEAKER.test(speaker)) && !refs.some((r) => r.start >= sentenceStart && r.start < sentenceStart + said.index);
}

// Public offices and the kind of listed body that may hold them. In a story about another country an office holder
// whose role names no body is another government's, unless the statement names a listed body of that kind ("Deputy
// Commissioner" in a story naming the ICO may be the ICO's). A judge is a court's anywhere.
const PUBLIC_OFFICES: [RegExp, string][] = [
  [/\b(?:[Mm]inister|Menteri|[Gg]overnment spokes(?:man|woman|person)|State House spokes(?:man|woman|person)|[Jj]urucakap [Kk]erajaan|Attorney[- ]General|Peguam Negara|Governor|Gabenor)\b/, 'ministry'],
  [/\b(?:[Ss]enator|[Ss]enador|[Ll]awmaker|[Ll]egislator|MP|Member of Parliament|Ahli Parlimen)\b/, 'legislature'],
  [/\b(?:[Cc]ommissioner|[Pp]esuruhjaya)\b/, 'regulator'],
];
const JUDGE = /\b(?:[Jj]udge|[Jj]ustice|[Hh]akim|[Mm]agistrate|[Mm]ajistret)\b/;
function publicOffice(role: string, malaysian: boolean, namedKinds: ReadonlySet<string>): boolean {
  if (JUDGE.test(role)) return true;
  return !malaysian && PUBLIC_OFFICES.some(([office, kind]) => office.test(role) && !namedKinds.has(kind));
}

/** "Pengarah Komunikasi Meta Andy Stone": a platform or body named before the name belongs to the role. */
function withoutLeadingParty(p: Person, taxonomy: Taxonomy, context: { malaysian: boolean; online: boolean }): Person {
  const named = [...taxonomy.platforms.mentions(p.name, context), ...taxonomy.actors.mentions(p.name, context)];
  const lead = named.find((m) => m.start === 0);
  const rest = lead ? p.name.slice(lead.end).trim() : '';
  if (!lead || !rest.includes(' ')) return p;
  return { ...p, name: rest, role: [p.role, p.name.slice(0, lead.end)].filter(Boolean).join(' ') };
}

/** The organisation in a person's role: "Meta's ... director" → meta, "Communications Minister" → kkd. */
export function attachOrganisations(
  people: Person[],
  taxonomy: Taxonomy,
  malaysian: boolean,
  day?: string,
  /** The kinds of the listed bodies the statement names: a bare office may be one of theirs. */
  namedKinds: ReadonlySet<string> = new Set(),
  /** The bodies the statement names by a short form ("KCC" after "Suruhanjaya Komunikasi Korea (KCC)"), by that form. */
  shortForms: ReadonlyMap<string, string> = new Map(),
  /** The last platform named before a person's name, for a role that names the company only as "the company". */
  platformNamedBefore: (name: string) => string | null = () => null,
): PersonWithOrg[] {
  const context = { malaysian, online: true };
  return mapped(people, (named) => {
    const p = withoutLeadingParty(named, taxonomy, context);
    const role = p.role ?? '';
    const short = role.split(/[\s,]+/).find((word) => shortForms.has(word));
    if (short) return { ...p, org: { id: shortForms.get(short)!, type: 'actor' as const } };
    const actor = taxonomy.actors.mentions(role, context)[0];
    const platform = taxonomy.platforms.mentions(role, context)[0];
    const first = [actor && { ...actor, type: 'actor' as const }, platform && { ...platform, type: 'platform' as const }]
      .filter((x): x is Mention & { type: PartyType } => Boolean(x))
      .sort((a, b) => a.start - b.start)[0];
    if (first) return { ...p, org: { id: first.id, type: first.type } };
    // "jurucakap syarikat itu, Daniel Hartono", "the company's spokesperson": the platform the story named before.
    const company = THE_COMPANY.test(role) ? platformNamedBefore(p.name) : null;
    if (company) return { ...p, org: { id: company, type: 'platform' as const } };
    // A role naming no body ("Commission spokesman"): an office holder's body from the office-holder map, the office
    // held on the statement's day where the dates say, else the latest; else the minister of a ministry the
    // vocabulary does not list ("Menteri Keadilan") is another government body's.
    const known = taxonomy.personByName.get(p.name.toLowerCase());
    const org = known && ((day && officesOn(known, day)[0]) || latestOffice(known)).org;
    if (org) return { ...p, org: { id: org, type: partyType(org, taxonomy) } };
    // "Minister" alone may be the listed ministry's (named elsewhere in the statement): only a minister of something.
    const ofSomething = role.replace(/\b(?:[Dd]eputy|[Tt]imbalan|[Mm]inister|Menteri|[Tt]he|of|for)\b/g, '').trim() !== '';
    const unlisted = (MINISTER.test(role) && ofSomething) || publicOffice(role, malaysian, namedKinds);
    return { ...p, org: unlisted && !PRIVATE_ROLE.test(role) ? { id: 'other-government', type: 'actor' as const } : null };
  });
}

const SAID = /\b(?:said|says|berkata|menyatakan)\s+(?:that\s+|bahawa\s+)?/gi;
/** Where the clause reported by the last speech verb in [from, to) starts, or -1. */
function reportedClauseAt(text: string, from: number, to: number): number {
  let start = -1;
  SAID.lastIndex = from;
  for (let m = SAID.exec(text); m && m.index < to; m = SAID.exec(text)) start = m.index + m[0].length;
  return start < to ? start : -1;
}

/** Every reference to a party in `text`, in order, resolved against what came before it. */
export function resolveReferences(
  text: string,
  platformMentions: Mention[],
  actorMentions: Mention[],
  people: PersonWithOrg[],
  taxonomy: Taxonomy,
  malaysian: boolean,
  /** The sentences; generic phrases and pronouns are read only in those in focus (that may hold a finding). */
  sentences: readonly SentenceSpan[] = [{ start: 0, end: text.length, focus: true }],
  /** Who "we" and "I" are at a place: a quote's speaker, or the statement's author outside quotes. */
  voice: (at: number, quotedOnly?: boolean) => { id: string; type: PartyType } | null | false = () => null,
): PartyRef[] {
  type Raw = { start: number; end: number; kind: string; id: string | undefined; type: PartyType | undefined; person: PersonWithOrg | undefined };
  // Built with every field, so that V8 keeps one shape for names, people, phrases and pronouns alike.
  const rawRef = (start: number, end: number, kind: string, id?: string, type?: PartyType, person?: PersonWithOrg): Raw => ({ start, end, kind, id, type, person });
  const raws: Raw[] = [];
  for (const m of platformMentions) raws.push(rawRef(m.start, m.end, 'name', m.id, 'platform'));
  for (const m of actorMentions) raws.push(rawRef(m.start, m.end, 'name', m.id, 'actor'));
  // A person is referred to by the full name or by any one of its names ("Fahmi said").
  const byToken = new Map<string, PersonWithOrg>();
  for (const p of people) {
    byToken.set(p.name, p);
    for (const t of p.name.split(/\s+/)) if (t.length >= 4 && /^\p{Lu}/u.test(t)) byToken.set(t, p);
  }
  // indexOf per name is cheaper than compiling a RegExp of this statement's names.
  const isWordChar = (c: string) => /[\p{L}\p{N}_]/u.test(c);
  const taken: [number, number][] = [];
  for (const name of [...byToken.keys()].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (isWordChar(text.charAt(at - 1)) || isWordChar(text.charAt(end))) continue;
      if (taken.some(([a, b]) => at < b && a < end)) continue;
      taken.push([at, end]);
      raws.push(rawRef(at, end, 'person', undefined, undefined, byToken.get(name)));
    }
  }
  // Generic phrases and pronouns only matter in the sentences that may hold a finding: read only those.
  for (const span of sentences) {
    if (!span.focus) continue;
    const sentence = text.slice(span.start, span.end);
    for (const regex of [GENERIC, PRONOUN]) {
      regex.lastIndex = 0;
      for (let m = regex.exec(sentence); m; m = regex.exec(sentence)) {
        const kind = matchedGroup(m) ?? '';
        raws.push(rawRef(span.start + m.index, span.start + m.index + m[0].length, kind));
      }
    }
  }
  // A name wins over a generic phrase or pronoun read at the same place ("The Ministry of Digital Development").
  const isName = (r: Raw) => r.kind === 'name' || r.kind === 'person';
  raws.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Raw[] = [];
  let nameReach = -1;
  for (const r of raws) {
    if (isName(r)) {
      // Drop a generic phrase taken just before that overlaps this name.
      while (kept.length && !isName(kept[kept.length - 1]!) && kept[kept.length - 1]!.end > r.start) kept.pop();
      kept.push(r);
      nameReach = Math.max(nameReach, r.end);
    } else if (r.start >= nameReach) kept.push(r);
  }

  const refs: PartyRef[] = [];
  let lastPerson: PersonWithOrg | null = null;
  let coveredTo = -1;
  const last = (test: (r: PartyRef) => boolean) => {
    for (let i = refs.length - 1; i >= 0; i--) if (test(refs[i]!)) return refs[i]!;
    return null;
  };
  const kindOf = (id: string) => actorKind(id, taxonomy);
  // Another country's commission named before ("Taiwan's National Communications Commission … the commission").
  const otherCommissionBefore = (at: number) => refs.some((r) => r.id === 'other-government' && r.start < at && /commission|suruhanjaya/i.test(text.slice(r.start, r.end)));
  const otherGovernmentBefore = (at: number) => (last((r) => r.id === 'other-government' && r.start < at) ? { id: 'other-government', type: 'actor' as const } : null);
  // The subject of a sentence: its first party not named after a preposition ("Google has informed the government").
  // A party joined to one named after a preposition is after it too ("with the MCMC and Bank Negara").
  const subjectIn = (from: number, to: number, test: (r: PartyRef) => boolean) => {
    let i = refs.length;
    while (i > 0 && refs[i - 1]!.start >= from) i--;
    let previous: { ref: PartyRef; object: boolean } | null = null;
    for (; i < refs.length && refs[i]!.start < to; i++) {
      const r = refs[i]!;
      // A platform named as a member ("a coalition whose members include Google") is not the subject either.
      const object: boolean =
        PREPOSITION_BEFORE.test(text.slice(Math.max(from, r.start - 30), r.start)) ||
        (r.type === 'platform' && MEMBERS_BEFORE.test(text.slice(Math.max(from, r.start - 80), r.start))) ||
        (previous !== null && previous.object && COORDINATED_GAP.test(text.slice(previous.ref.end, r.start)));
      if (!object && test(r)) return r;
      previous = { ref: r, object };
    }
    return null;
  };
  // "It", "the company": the subject of this sentence so far (of the clause a speech verb reports, where one does: "X
  // berkata Meta telah … dan memaklumkan tribunal bahawa ia akan …" is Meta), else of the last sentences before, else
  // the last named.
  const antecedent = (at: number, test: (r: PartyRef) => boolean) => {
    let k = sentenceIndex;
    while (k >= 0 && (sentences[k]?.start ?? 0) > at) k--;
    const here = sentences[k];
    const reported = here ? reportedClauseAt(text, here.start, at) : -1;
    // After a lead naming the source ("Menurut Arif, Meta memaklumkan bahawa ia …"), the clause's own subject.
    const lead = here ? here.start + (LEAD_PHRASE.exec(text.slice(here.start, at))?.[0].length ?? 0) : 0;
    const inSentence = here
      ? ((reported >= 0 ? subjectIn(reported, at, test) : null) ??
        (lead > here.start ? subjectIn(lead, at, test) : null) ??
        subjectIn(here.start, at, test))
      : null;
    if (inSentence) return inSentence;
    for (let back = k - 1; back >= Math.max(0, k - 3); back--) {
      const s = sentences[back]!;
      const subject = subjectIn(s.start, s.end, test) ?? refs.find((r) => r.start >= s.start && r.start < s.end && test(r));
      if (subject) return subject;
    }
    return last(test);
  };
  // The parties named together after `first` ("Meta, Google and TikTok"), those `test` keeps, up to `until`.
  const coordinatedAfter = (first: PartyRef, test: (r: PartyRef) => boolean = () => true, until = Infinity) => {
    const out: PartyRef[] = [];
    let previous = first;
    for (const r of refs) {
      if (r.start <= previous.start) continue;
      if (r.end > until) break;
      if (!test(r)) continue;
      if (!COORDINATED_GAP.test(text.slice(previous.end, r.start))) break;
      out.push(r);
      previous = r;
    }
    return out;
  };
  // The last two or more platforms named together in [from, at), first to last ("Meta and Google").
  const lastGroupIn = (from: number, at: number): PartyRef[] => {
    const inside = refs.filter((r) => r.start >= from && r.end <= at && r.type === 'platform');
    const group: PartyRef[] = [];
    for (let i = inside.length - 1; i >= 0; i--) {
      if (group.length && !COORDINATED_GAP.test(text.slice(inside[i]!.end, group[0]!.start))) break;
      group.unshift(inside[i]!);
    }
    return group.length >= 2 ? group : [];
  };
  const namedForUsers = (first: PartyRef, last: PartyRef) =>
    USERS_AFTER.test(text.slice(last.end, last.end + 12)) || USERS_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start));
  // The first platforms named together before `at` ("Meta, Google and TikTok" in a headline), first to last; not
  // platforms named for their users ("Facebook and Instagram users in the EU").
  const firstGroupBefore = (at: number): PartyRef[] => {
    const isPlatform = (r: PartyRef) => r.type === 'platform';
    for (const r of refs) {
      if (r.end > at) break;
      const together = isPlatform(r) ? coordinatedAfter(r, isPlatform, at) : [];
      if (together.length && !namedForUsers(r, together.at(-1)!)) return [r, ...together];
    }
    return [];
  };
  let sentenceIndex = 0;
  for (const raw of kept) {
    while (sentenceIndex + 1 < sentences.length && sentences[sentenceIndex + 1]!.start <= raw.start) sentenceIndex++;
    if (raw.start < coveredTo) continue; // inside a longer reference already taken
    let resolved: { id: string; type: PartyType } | null = null;
    let via: PartyRef['via'] = 'generic';
    switch (raw.kind) {
      case 'name':
        resolved = { id: raw.id!, type: raw.type! };
        via = 'name';
        break;
      case 'person':
        lastPerson = raw.person ?? null;
        resolved = raw.person?.org ?? null;
        via = 'person';
        break;
      case 'ownMinistry': {
        // The ministry of the minister just named, else the body this sentence's subject names ("Menteri Pendidikan
        // … berkata kementeriannya": another government body), else of a minister outside the vocabulary.
        const here = sentences[sentenceIndex]!;
        const minister = /\b(?:minister|menteri)\b/i.test(lastPerson?.role ?? '');
        resolved = lastPerson?.org ?? subjectIn(here.start, raw.start, (r) => r.type === 'actor') ?? (minister ? { id: 'other-government', type: 'actor' } : null);
        break;
      }
      // "The ministry", "the commission": the last one named; else in a Malaysian story Malaysia's (unless another
      // commission was named: "Personal Information Protection Commission (PIPC) … The Commission found"), and in a
      // foreign one another government body, when one was named before.
      case 'ministry':
        resolved = antecedent(raw.start, (r) => kindOf(r.id) === 'ministry' || (r.id === 'other-government' && MINISTRY_NAME.test(text.slice(r.start, r.end)))) ??
          antecedent(raw.start, (r) => r.id === 'other-government' && MINISTER_NAME.test(text.slice(r.start, r.end))) ??
          (malaysian ? { id: 'kkd', type: 'actor' } : otherGovernmentBefore(raw.start));
        break;
      case 'regulator': {
        const otherCommission = otherCommissionBefore(raw.start);
        resolved =
          antecedent(raw.start, (r) => kindOf(r.id) === 'regulator') ??
          (malaysian && !otherCommission ? { id: 'mcmc', type: 'actor' } : (!otherCommission && euCommission(text, raw)) || otherGovernmentBefore(raw.start));
        break;
      }
      case 'publicBody':
        resolved = otherGovernmentBefore(raw.start);
        break;
      case 'government':
        // The government as a whole is not one ministry: Malaysia's too is another government body.
        resolved = { id: 'other-government', type: 'actor' };
        break;
      case 'platform':
        // An unnamed company ("the company" when no platform is named) still takes the pronouns that follow.
        resolved = antecedent(raw.start, (r) => r.type === 'platform') ?? { id: UNNAMED, type: 'platform' };
        break;
      case 'pair': {
        // The two parties named last before it, each once ("Meanwhile Malaysia's KKD and Komdigi met …").
        const two: PartyRef[] = [];
        for (let i = refs.length - 1; i >= 0 && two.length < 2; i--) if (refs[i]!.start < raw.start && !two.some((r) => r.id === refs[i]!.id)) two.push(refs[i]!);
        if (two.length === 2) {
          refs.push({ ...two[0]!, start: raw.start, end: raw.end, via: 'generic' });
          resolved = two[1]!;
        }
        break;
      }
      case 'plural':
      case 'neuter': {
        const sentenceStart = sentences[sentenceIndex]!.start;
        if (spokenByNoParty(text, sentenceStart, raw.start, refs)) break;
        // "Several civil society groups have said they will challenge it": "they" are the groups, no party.
        if (THEY.test(text.slice(raw.start, raw.end)) && THIRD_PARTY_SUBJECT.test(text.slice(sentenceStart, raw.start)) &&
          !refs.some((r) => r.start >= sentenceStart && r.end <= raw.start)) break;
        // "has written to Meta and Google asking them to …": "them" after a verb is the group named just before it.
        const objectGroup = /^them$/.test(text.slice(raw.start, raw.end)) ? lastGroupIn(sentenceStart, raw.start) : [];
        if (objectGroup.length) {
          for (const other of objectGroup.slice(1)) refs.push({ ...other, start: raw.start, end: raw.end, via: 'pronoun' });
          resolved = objectGroup[0]!;
          via = 'pronoun';
          break;
        }
        // "notified TikTok of the content and asked it to …": "it" right after a verb of asking or ordering is the
        // platform named last before it in the sentence, not the sentence's subject (the one asking).
        const askedIt = raw.kind === 'neuter' && /^it$/i.test(text.slice(raw.start, raw.end)) && ASKED_JUST_BEFORE.test(text.slice(Math.max(0, raw.start - 20), raw.start));
        const asked = askedIt ? refs.findLast((r) => r.type === 'platform' && r.start >= sentenceStart && r.end <= raw.start) : undefined;
        if (asked) {
          resolved = asked;
          via = 'pronoun';
          break;
        }
        // "In addition, it ordered the companies to …": what orders or fines is a public body, not a platform.
        const authority = raw.kind === 'neuter' && AUTHORITY_VERB_AFTER.test(text.slice(raw.end, raw.end + 40));
        const subject = antecedent(raw.start, raw.kind === 'plural' ? (r) => r.type === 'platform' : authority ? (r) => r.type === 'actor' : () => true);
        via = 'pronoun';
        if (subject && (raw.kind === 'plural' || THEY.test(text.slice(raw.start, raw.end)))) {
          // "TikTok and Telegram said they would …": a plural pronoun stands for the coordinated subjects. "The
          // platforms" after each was named alone ("… TikTok committed to …. The platforms declined") are the ones
          // named together first, as a headline names the parties.
          const together = coordinatedAfter(subject);
          // "Both companies have said they will …": "they" is every party the group word before it stands for.
          const sameWords = refs.filter((r) => r.start === subject.start && r.end === subject.end && r.type === subject.type);
          const group = raw.kind === 'plural' && !together.length ? firstGroupBefore(raw.start) : sameWords.length > 1 ? sameWords : [subject, ...together];
          for (const other of group.slice(1)) refs.push({ ...other, start: raw.start, end: raw.end, via });
          resolved = group[0] ?? subject;
        } else resolved = subject;
        break;
      }
      case 'first':
        // "I" outside a quote is the last person named, else the author (a speech's text); "we" there is the author.
        // In the words of a person whose body is not known, "we" is a public body named before, never a platform: a
        // platform's people are known by it ("Meta's director …").
        const own = voice(raw.start);
        // A person of no known body says "I" for no party.
        if (own === false) resolved = /^(?:I|saya|aku)$/i.test(text.slice(raw.start, raw.end)) ? null : last((r) => r.type === 'actor');
        else resolved = /^(?:I|saya)$/i.test(text.slice(raw.start, raw.end)) && !voice(raw.start, true)
          ? lastPerson?.org ?? own
          : own ?? lastPerson?.org ?? last(() => true);
        via = 'pronoun';
        break;
      case 'personal': {
        // "The vice-president of … ANCOM said he would …": before any person is named, the office holder who is the
        // sentence's subject, speaking for a public body.
        const here = sentences[sentenceIndex]!;
        resolved = lastPerson?.org ?? (lastPerson ? null : subjectIn(here.start, raw.start, (r) => r.type === 'actor'));
        via = 'pronoun';
        break;
      }
    }
    coveredTo = raw.end;
    if (resolved) refs.push({ id: resolved.id, type: resolved.type, start: raw.start, end: raw.end, via });
  }
  return refs.filter((r) => r.id !== UNNAMED);
}
