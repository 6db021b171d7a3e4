// Who speaks where in a statement: the people and bodies it names, in text order, and who a phrase such as
// "said Ian Thorsby, the FTC's director", "the regulator's deputy head", "he" or "katanya" stands for.
import { personId } from '../../src/lib/person-id.ts';
import type { Speaker } from '../../src/lib/schema.ts';
import { cleanName, HONORIFICS_RUN, isPlace, NAME_RUN, OFFICE_WORDS } from './people.ts';
import { actorKind, NON_PARTY_BODY, type PersonWithOrg } from './references.ts';
import type { Mention, Taxonomy } from './taxonomy.ts';
import { factored } from './alias-source.ts';
import { LEAD_PHRASE } from './text.ts';

export interface SpeakerAt {
  start: number;
  end: number;
  speaker: Speaker;
}
export interface SpeakerIndex {
  text: string;
  /** Every mention of a person or a body, in text order. */
  at: SpeakerAt[];
  /** The subject of each sentence that reports speech ("X said …", "… kata X"), in text order. */
  subjects: (SpeakerAt & { unnamed: boolean })[];
  taxonomy: Taxonomy;
  people: Map<string, Speaker>;
  malaysian: boolean;
}

/** Verbs that report speech, English and Malay. */
export const SAY =
  /\b(?:said|says|say|told|added|adds|wrote|writes|asked|stated|explained|noted|stressed|insisted|argued|warned|announced|confirmed|according to|mengesahkan|berkata|kata|katanya|menurut|jelas|jelasnya|tambah|tambahnya|ujar|ujarnya|menegaskan|tegas|tegasnya|memberitahu|menulis|tulis|tulisnya|menjelaskan)\b/i;
const PERSONAL = /^(?:he|she|I|we|beliau|dia|saya|kami|katanya|tambahnya|ujarnya|jelasnya)$/i;
// Not from inside a dotted abbreviation: "U.S. Trade Representative" names no "S. Trade".
const NAME_IN = new RegExp(`(?<![\\p{L}.])${NAME_RUN}`, 'gu');
// Words for a company. "Platform" names one too as a body talked about, but not beside a role holder: "a platform
// official" keeps the role holder's reading (the body that spoke last).
const COMPANY = 'company|firm|syarikat';
const COMPANY_OR_PLATFORM = new RegExp(`\\b(?:${COMPANY}|platform)\\b`, 'i');
// A body talked about without its name: the last one of that kind named before.
// With none named, a ministry or a court is another government's body, or Malaysia's ministry in a Malaysian story.
const GENERIC_BODY: [RegExp, (id: string, t: Taxonomy) => boolean, (malaysian: boolean) => string | null][] = [
  [/\b(?:regulator|commission|watchdog|authority|suruhanjaya|pesuruhjaya|agensi)\b/i, (id, t) => actorKind(id, t) === 'regulator', (my) => (my ? 'mcmc' : null)],
  // Not a company's department: "the company's Global Government Affairs account", "akaun Hal Ehwal Kerajaan Global".
  [/\b(?:ministry|kementerian|government(?! (?:affairs|relations))|(?<!hal ehwal )kerajaan)\b/i, (id, t) => ['ministry', 'government'].includes(actorKind(id, t)), (my) => (my ? 'kkd' : 'other-government')],
  [COMPANY_OR_PLATFORM, (id, t) => t.platformEntries.has(id), () => null],
  [/\b(?:court|mahkamah)\b/i, (id) => id === 'other-government', () => 'other-government'],
];
const PRONOUN_NEAR_VERB = factored(/(?:\b(?:he|she|beliau|dia)\s+\S+$|^\S+\s+(?:beliau|he|she|dia)\b|\b(?:he|she)\s+(?:said|told|added)\b|\b(?:menurut|kata)\s+beliau\b|\bmenurutnya\b)/i);
const NEUTER_FIRST = /^(?:It|Ia|They|Mereka)\b/;
const SUBJECT_PRONOUN = /(?<![\p{L}])(?:he|she|beliau|dia)(?![\p{L}])/iu;
const COMPANY_WORD = new RegExp(`\\b(?:${COMPANY})\\b`, 'i');
const OFFICE_ALONE = /^(?:the\s+)?(?:(?:prime|deputy)\s+)?(?:minister|menteri(?:\s+itu)?|senator|judge|justice|hakim|president|presiden)$/i;
// An office that speaks for a government: abroad, with no one named, that country's government.
// An unnamed private person: "seorang pelajar", "a resident", "an engineer who …" (office holders are read above).
const SOMEONE = /^(?:seorang|a|an|one)\s+(?!(?:[\p{L}-]+\s+)?(?:spokes\w*|jurucakap|official|pegawai|minister|menteri|officer|investigator|penyiasat|police\w*|polis|judge|hakim|prosecutor|pendakwa|senator|lawmaker|legislator|MP|ahli parlimen|diplomat|aide|adviser|advisor|penasihat|source|sumber|representative|wakil|executive|eksekutif|director|pengarah|manager|pengurus|head|ketua|chief)\b)/iu;
const GOVERNMENT_OFFICE = /\b(?:president|presiden|prime minister|perdana menteri|minister|menteri|attorney[- ]general|peguam negara|governor|gabenor)\b/i;
const OFFICE_HOLDER = /\b(?:president|prime minister|minister|governor|judge|justice|presiden|perdana menteri|menteri|gabenor|hakim)\b/i;
const ROLE_HOLDER = /\b(?:spokes(?:person|woman|man)|jurucakap|representative|wakil|head|ketua|chief|executive|official|pegawai|director|pengarah)\b/i;

const body = (id: string, taxonomy: Taxonomy): Speaker => ({
  name: taxonomy.actorEntries.get(id)?.name ?? taxonomy.platformEntries.get(id)?.name ?? id,
  person: null,
  org: id,
});
function personSpeaker(name: string, org: string | null, taxonomy: Taxonomy): Speaker {
  const known = taxonomy.personByName.get(name.toLowerCase());
  return { name, person: personId(name), org: org ?? (known ? known.offices[known.offices.length - 1]!.org : null) };
}

// Titles and office words before a name ("Chair Miriam Castellano", "Asisten Komisioner Rosli Hamzah").
const TITLE = new Set([
  ...OFFICE_WORDS,
  ...(
    'representative rep chair judge hakim treasurer bendahari asisten komisioner superintendan inspektor ' +
    'attorney-general vice-president senator mp opposition pembangkang ahli dewan undangan rakyat perwakilan ' +
    'grower analyst kebangsaan warisan kehakiman bureau competition unit antirasuah elektronik ' +
    'kabinet member pesuruhjaya director-general informatics applications aplikasi informatika daerah ' +
    'bahagian cawangan ibu pejabat blogger activist aktivis lawyer peguam penganalisis journalist wartawan ' +
    'parliament assistant superintendent inspector sergeant constable colonel lieutenant supt acp dcp sac ' +
    'dsp asp insp chairwoman chairperson jeneral financial operating captain coast guard prosecutor pendakwa biro ' +
    'leader excise customs immigration revenue'
  ).split(' '),
]);
// The last word of a body's name ("Uganda Communications Commission", "Ethiopian Athletics Federation"): not a person.
const BODY_HEAD =
  /^(?:Commission|Authority|Federation|Ministry|Council|Association|Union|Court|Agency|Department|Bureau|Office|Police|Force|Unit|Division|Party|Bank|Company|Corporation|Foundation|Institute|Centre|Center|Committee|Board|Tribunal|Parliament|Senate|Assembly|Government|Network|Group|Forum|Alliance|Coalition|Watch|Railways?|Airways|Airlines|Services|Media|News|Times|Post|Press|Radio|Television|Broadcasting|University|Universiti|College|Kolej|Act|Bill|Code|Law|Directive|Decree|Regulations?|Notes|Republic|Republik)$/;

// The first word of a body's Malay name ("Universiti Bucharest", "Persekutuan Bola Sepak Libya"): not a person.
const MALAY_BODY_HEAD = /^(?:Universiti|Kolej|Institut|Akademi|Pusat|Biro|Jabatan|Kementerian|Suruhanjaya|Majlis|Lembaga|Persatuan|Persekutuan|Kesatuan|Syarikat|Bank|Mahkamah|Parti|Jawatankuasa)$/;

// Office words that are also given names after the first ("Azrul Hakim"; "Hakim Rodrigo Valadares" is a judge).
const ALSO_A_NAME = new Set(['hakim']);
const office = (token: string, at: number) => TITLE.has(token.toLowerCase()) && !(at > 0 && ALSO_A_NAME.has(token.toLowerCase()));

/** A person's name from a capitalised run: titles dropped, two words at least, none of them an office's. */
/** Do the last one to three words name a country, its people or a foreign city ("Kanada", "New Zealand")? */
const endsInPlace = (tokens: readonly string[]) => [1, 2, 3].some((n) => tokens.length >= n && isPlace(tokens.slice(-n).join(' ')));

export function personName(run: string, taxonomy: Taxonomy): string | null {
  const tokens = (cleanName(run) ?? '').split(' ').filter(Boolean);
  while (tokens.length && TITLE.has(tokens[0]!.toLowerCase())) tokens.shift();
  if (tokens.length < 2 || tokens.some(office) || BODY_HEAD.test(tokens[tokens.length - 1]!) || endsInPlace(tokens) || MALAY_BODY_HEAD.test(tokens[0]!)) return null;
  const name = tokens.join(' ');
  if (taxonomy.personByName.has(name.toLowerCase())) return name;
  return namesAParty(name, taxonomy) ? null : name;
}

/** Is `name` a listed body's or platform's ("Twitter" in "X, formerly known as Twitter")? */
function namesAParty(name: string, taxonomy: Taxonomy): boolean {
  const context = { malaysian: false, online: true };
  return taxonomy.actors.mentions(name, context).length > 0 || taxonomy.platforms.mentions(name, context).length > 0;
}

/** The last person's name in `phrase` ("the court's president, Justice Renato Salgado"). */
function nameIn(phrase: string, taxonomy: Taxonomy): string | null {
  let name: string | null = null;
  for (const m of phrase.matchAll(NAME_IN)) name = personName(m[0], taxonomy) ?? name;
  return name;
}

// Where a report names a person: next to a verb of speech, or after an office ("Menteri Warisan Kanada, Claire Dumont"),
// honorifics and ranks before the name dropped ("said Dr. Liza Manalo", "Ketua Polis Daerah …, ACP Roslan Daud").
const NAMED = factored(new RegExp(
  [
    `\\b(?:[Mm]inister|Menteri|MP|Ahli Parlimen|Senator|Representative|Justice|Judge|Hakim|Treasurer|Bendahari|Chair|Chairman|Commissioner|Komisioner|Pesuruhjaya|Director|Pengarah|Ketua|Secretary|Setiausaha|President|Presiden|Peguam Negara|Attorney[- ]General|Gabenor|Governor|spokes(?:person|woman|man)|[Jj]urucakap|official|pegawai)\\b(?:[^,.\\n"“”]{0,100},\\s+|\\s+)${HONORIFICS_RUN}(${NAME_RUN})`,
    // (an office right after the verb is the first pattern's: "kata Ahli Parlimen Seri Delima, Anand Krishnan", "kata
    // Pengarah Bahagian Perlindungan Pengguna Utah, Karen Holbrook")
    `\\b(?:said|says|told|wrote|asked|kata|menurut)\\s+(?:the\\s+)?(?:[\\p{Ll}'’-]+\\s+){0,3}(?!(?:Ahli Parlimen|MP|Menteri|Minister|Senator|Pengarah|Director|Ketua|Pesuruhjaya|Commissioner|Setiausaha|Secretary|Pengerusi|Chairman|Presiden|President|Peguam Negara|Attorney[- ]General|Gabenor|Governor|Naib|Timbalan|Deputy|Vice|Executive)\\b)${HONORIFICS_RUN}(${NAME_RUN})`,
    `(?<![\\p{L}\\p{N}])(${NAME_RUN})(?:,[^,.\\n]{0,120},|,)?\\s+(?:(?:pula|juga|also|then|later|hari ini|today|yesterday|semalam|ketika (?:dihubungi|ditemui(?: pemberita)?)|when (?:contacted|reached)|ketika|when)\\s+)?(?:said|says|told|wrote|added|asked|berkata|menggesa|urged|accused|mengecam|menegaskan|memberitahu|mengumumkan|announced)\\b`,
  ].join('|'),
  'gu',
));

// Letters, apostrophes and a hyphen only: a surname it finds can go into a RegExp as it is.
const SURNAME_SPEAKS = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)[ \t]+(?:said|says|told|wrote|added|posted|denied|berkata|menulis|menafikan|memberitahu)(?![\p{L}])/gu;
const ONE_NAME_HINT = /\b(?:dikenali sebagai|known (?:only )?as|identified (?:only )?as)\s|,\s+\d{1,3},/;
const ONE_NAME =
  /\b(?:dikenali sebagai|(?:known|identified) (?:only )?as)\s+(\p{Lu}\p{Ll}+)(?![\p{L}]|\s+\p{Lu})|\b(?:kata|said|says|ujar|tambah|told)\s+(\p{Lu}\p{Ll}+)(?=,\s+\d{1,3},)/gu;

export function indexSpeakers(
  text: string,
  sentences: readonly { text: string; start: number }[],
  people: PersonWithOrg[],
  mentions: { platforms: Mention[]; actors: Mention[] },
  taxonomy: Taxonomy,
  malaysian: boolean,
  /** Quoted spans [open, close]: names inside someone's words are not who speaks. */
  quoted: readonly (readonly [number, number])[] = [],
): SpeakerIndex {
  const known = new Map<string, Speaker>();
  const add = (name: string | null, org: string | null) => {
    if (!name) return;
    const longer = [...known.keys()].find((k) => k.includes(name));
    if (longer) return;
    const sp = personSpeaker(name, org, taxonomy);
    // "Kamal Hisham" named before "Kamal Hisham Ariffin": one person, the full name.
    for (const k of known.keys()) if (name.includes(k)) known.set(k, sp);
    known.set(name, sp);
  };
  for (const p of people) add(personName(p.name, taxonomy), p.org?.id ?? null);
  // An exec loop: matchAll copies the RegExp on every call, a third more time than the reading itself.
  NAMED.lastIndex = 0;
  for (let m = NAMED.exec(text); m; m = NAMED.exec(text)) {
    const name = personName(m[1] ?? m[2] ?? m[3] ?? '', taxonomy);
    add(name, null);
    // No name there ("kata Pengarah Jabatan Siasatan Jenayah Komersial" is an office): the office may still lead to one.
    if (!name) NAMED.lastIndex = m.index + 1;
  }
  // Someone named in full with no office or verb ("track cyclist Jordan Whitlock for four years"), then by the surname
  // with one ("Whitlock said", "Carvalho menafikan …"): the full name is a person's.
  SURNAME_SPEAKS.lastIndex = 0;
  for (let m = SURNAME_SPEAKS.exec(text); m; m = SURNAME_SPEAKS.exec(text)) {
    const surname = m[1]!;
    if (TITLE.has(surname.toLowerCase()) || [...known.keys()].some((k) => k.split(' ').includes(surname))) continue;
    const full = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{Ll}'’]+)[ \\t]+${surname}(?![\\p{L}]|[ \\t]+\\p{Lu})`, 'u').exec(text.slice(0, m.index));
    if (full) add(personName(full[0], taxonomy), null);
  }
  // Someone named by one name only: "yang hanya mahu dikenali sebagai Gulnora", "kata Salma, 22, seorang pelajar".
  if (ONE_NAME_HINT.test(text)) {
    ONE_NAME.lastIndex = 0;
    for (let m = ONE_NAME.exec(text); m; m = ONE_NAME.exec(text)) {
      const name = m[1] ?? m[2] ?? '';
      if (!TITLE.has(name.toLowerCase()) && !namesAParty(name, taxonomy)) add(name, null);
    }
  }
  const at: SpeakerAt[] = [];
  const isWordChar = (c: string) => /[\p{L}\p{N}_]/u.test(c);
  const taken: [number, number][] = [];
  // Full names first, then the single names a report uses later ("Kessler wrote").
  // A loop, not flatMap, which Node 20 runs about ten times slower.
  const forms: [string, Speaker][] = [];
  for (const [name, sp] of known) {
    forms.push([name, sp]);
    for (const t of name.split(' ')) if (t.length >= 4 && /^\p{Lu}/u.test(t) && !/^(?:Abdul|Mohd|Muhammad|Mohamad|Ahmad|Nur|Siti)$/.test(t)) forms.push([t, sp]);
  }
  forms.sort((a, b) => b[0].length - a[0].length);
  for (const [form, sp] of forms) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
      const end = i + form.length;
      if (isWordChar(text.charAt(i - 1)) || isWordChar(text.charAt(end)) || taken.some(([a, b]) => i < b && a < end)) continue;
      taken.push([i, end]);
      at.push({ start: i, end, speaker: sp });
    }
  }
  for (const m of mentions.actors) if (!taken.some(([a, b]) => m.start < b && a < m.end)) at.push({ start: m.start, end: m.end, speaker: body(m.id, taxonomy) });
  for (const m of mentions.platforms) at.push({ start: m.start, end: m.end, speaker: body(m.id, taxonomy) });
  const outside = at.filter((a) => !quoted.some(([open, close]) => a.start > open && a.end <= close));
  outside.sort((a, b) => a.start - b.start);
  const index: SpeakerIndex = { text, at: outside, subjects: [], taxonomy, people: known, malaysian };
  // The first mention not before the sentence: sentences and mentions are both in text order.
  let first = 0;
  for (const s of sentences) {
    const end = s.start + s.text.length;
    while (first < outside.length && outside[first]!.start < s.start) first++;
    const verb = verbOutsideNames(s.text, s.start, outside, first);
    // A person who opens a sentence is its subject, whether or not it reports speech ("Fahmi, who …, said").
    const lead = personWithin(outside, first, end);
    const opens = lead && text.slice(s.start, lead.start).split(/\s+/).length <= 6;
    // "Menurut beliau, …", "He said …": the person spoken of before; but not "Ahmad Zaki berkata dia …", where the
    // pronoun after the verb is the reported clause's and the person named before the verb speaks.
    // "Dalam kenyataan yang disiarkan di akaun hal ehwal kerajaan globalnya, X berkata …", "In a post on its Global
    // Government Affairs account, the company said …": a body in the opening phrase is where, not who, speaks.
    const opening = verb ? LEAD_PHRASE.exec(s.text.slice(0, verb.index)) : null;
    const named = verb ? speakerOf(index, s.start + (opening?.[0].length ?? 0), s.start + verb.index) : null;
    const pronoun = verb && !named?.person && PRONOUN_NEAR_VERB.test(s.text.slice(Math.max(0, verb.index - 12), verb.index + verb[0].length + 12));
    const subject = verb
      ? pronoun
        ? lastSpeaker(index, s.start, true)
        : named ??
          bodyTalkedAbout(index, s.text.slice(0, verb.index), s.start) ??
          speakerOf(index, s.start + verb.index, end)
      : opens ? lead.speaker : null;
    if (!subject) continue;
    // "A TikTok spokesperson said", "ketua TikTok berkata": someone unnamed speaking for a body.
    const unnamed = verb !== null && !subject.person && ROLE_HOLDER.test(s.text.slice(0, verb.index + 40));
    index.subjects.push({ start: s.start, end, speaker: subject, unnamed });
  }
  return index;
}

const SAY_ALL = new RegExp(SAY.source, 'gi');
/** The sentence's first verb of speech that is not inside a name ("Azalina Othman Said said …"). */
function verbOutsideNames(sentence: string, offset: number, at: readonly SpeakerAt[], first: number): RegExpExecArray | null {
  SAY_ALL.lastIndex = 0;
  for (let m = SAY_ALL.exec(sentence); m; m = SAY_ALL.exec(sentence)) {
    const where = offset + m.index;
    let inName = false;
    for (let i = first; i < at.length && at[i]!.start <= where; i++) if (at[i]!.end > where) inName = true;
    if (!inName) return m;
  }
  return null;
}

/** The first person in `at` (in text order) from index `first` on that is named wholly before `end`. */
function personWithin(at: readonly SpeakerAt[], first: number, end: number): SpeakerAt | undefined {
  for (let i = first; i < at.length && at[i]!.start < end; i++) if (at[i]!.end <= end && at[i]!.speaker.person) return at[i];
  return undefined;
}

/** The speaker named in [from, to): a person first, else the first body. */
function speakerOf(index: SpeakerIndex, from: number, to: number): Speaker | null {
  const inside = index.at.filter((a) => a.start >= from && a.end <= to);
  return (inside.find((a) => a.speaker.person) ?? inside[0])?.speaker ?? null;
}

const lastBefore = <T extends { start: number }>(list: readonly T[], at: number, test: (x: T) => boolean) => {
  for (let i = list.length - 1; i >= 0; i--) if (list[i]!.start < at && test(list[i]!)) return list[i]!;
  return null;
};

/** The last person who was a sentence's subject before `at`, else the last named; a name in a list of those present
 *  is not who speaks next. */
const lastPerson = (index: SpeakerIndex, at: number) =>
  lastBefore(index.subjects, at, (s) => s.speaker.person !== null) ?? lastBefore(index.at, at, (a) => a.speaker.person !== null);

// Someone unnamed who opens a sentence and speaks: "The woman said she had been too embarrassed …", "Mangsa itu
// berkata …".
const SOMEONE_OPENS =
  /(?:^|[.!?]["”]?\s+)(?:The (?:woman|man|victim|girl|boy|teenager|mother|father)|(?:Wanita|Lelaki|Mangsa|Remaja|Ibu|Bapa) (?:itu|tersebut|berkenaan))\s+(?:said|told|added|berkata|memberitahu)\b/;

/** Has someone unnamed spoken, opening a sentence, since the last speaker named before `at`? Then "she", "katanya"
 *  is that one. */
function someoneSpokeSince(index: SpeakerIndex, at: number): boolean {
  const last = lastBefore(index.at, at, () => true);
  return SOMEONE_OPENS.test(index.text.slice(last ? last.end : 0, at));
}

/** "He", "beliau" opening a speaker's phrase: the last person; with none named, an office named without a name ("the
 *  President accused the company …. "…," he said"), not the body that spoke last. */
function pronounSpeaker(index: SpeakerIndex, at: number): Speaker | null {
  if (someoneSpokeSince(index, at)) return null;
  const office = lastPerson(index, at) ? null : lastBefore(index.at, at, (a) => OFFICE_HOLDER.test(index.text.slice(a.start, a.end)));
  return office?.speaker ?? lastNamedSpeaker(index, at, true);
}

/** "He", "katanya": no one where someone unnamed has just spoken, else the last speaker named. */
export function lastSpeaker(index: SpeakerIndex, at: number, personal = false): Speaker | null {
  return someoneSpokeSince(index, at) ? null : lastNamedSpeaker(index, at, personal);
}

/** The latest person named before `at`, unless someone unnamed spoke for a body since (not for a personal pronoun);
 *  else the last sentence subject. */
function lastNamedSpeaker(index: SpeakerIndex, at: number, personal: boolean): Speaker | null {
  const person = lastPerson(index, at);
  const unnamed = personal ? null : lastBefore(index.subjects, at, (s) => s.unnamed);
  if (unnamed && (!person || unnamed.start > person.start)) return unnamed.speaker;
  return person?.speaker ?? lastBefore(index.subjects, at, () => true)?.speaker ?? null;
}

/** "Calloway said", the surname alone: the full name it ends, named earlier with no office ("… Ryan Calloway, who …"). */
function fullNameBefore(index: SpeakerIndex, phrase: string, from: number): string | null {
  if (!/^\p{Lu}[\p{Ll}'’-]{2,}$/u.test(phrase)) return null;
  const named = new RegExp(`(?<![\\p{L}])(?:\\p{Lu}[\\p{Ll}'’-]+[ \\t]+){1,3}${phrase}(?![\\p{L}])`, 'u').exec(index.text.slice(0, from));
  return named ? personName(named[0], index.taxonomy) : null;
}

/** Who a phrase naming a speaker stands for: "Ian Thorsby, Director of …", "the regulator", "he", "Twitter". */
export function resolveSpeaker(index: SpeakerIndex, from: number, to: number): Speaker | null {
  const phrase = index.text.slice(from, to).trim();
  if (!phrase) return null;
  // "It described the portal, which connects platforms with police, as "…"": the body the pronoun stands for, not one
  // named after it.
  if (NEUTER_FIRST.test(phrase)) {
    const subject = lastBefore(index.subjects, from, (s) => s.speaker.person === null);
    if (subject) return subject.speaker;
  }
  const inside = speakerOf(index, from, to);
  if (inside?.person) return inside;
  const name = nameIn(phrase, index.taxonomy) ?? fullNameBefore(index, phrase, from);
  if (name) return index.people.get(name) ?? personSpeaker(name, inside?.org ?? null, index.taxonomy);
  // "Bagaimanapun, beliau menyifatkan tindakan pihak berkuasa Perancis …": a pronoun before any name is the subject.
  const pronoun = SUBJECT_PRONOUN.exec(index.text.slice(from, to));
  if (pronoun && !index.at.some((a) => a.start >= from && a.start < from + pronoun.index)) return pronounSpeaker(index, from);
  // "The Minister said": the person named before (the office alone is read as a body too).
  if (inside && OFFICE_ALONE.test(phrase)) return lastSpeaker(index, from, true) ?? inside;
  if (inside) return inside;
  const first = phrase.split(/\s+/)[0] ?? '';
  if (PERSONAL.test(first)) return lastSpeaker(index, from, /^(?:he|she|I)$/i.test(first));
  // "A spokesperson": the body that spoke last ("jurucakap syarikat itu" is the company's: below); "a ministry
  // spokesperson", the ministry named last.
  // "kata jurucakap pengendali MRT, SMRT", "a spokesperson for MTR Corporation": speaking for a body that is no party.
  if (ROLE_HOLDER.test(phrase) && NON_PARTY_BODY.test(phrase)) return null;
  if (ROLE_HOLDER.test(phrase) && !COMPANY_WORD.test(phrase)) {
    const body = genericBody(index, phrase, from, false) ?? lastBefore(index.subjects, from, (s) => s.speaker.person === null)?.speaker;
    if (body) return body;
  }
  // "The justice wrote", "the minister said": a person named before; in a story about another country with none named,
  // the office speaks for that country's government ("the president said", "kata Peguam Negara UAE").
  // "kata seorang pekerja binaan dari Bangladesh", "a student in Casablanca said": someone unnamed speaking for no body.
  if (SOMEONE.test(phrase)) return null;
  const before = genericBody(index, phrase, from) ?? lastSpeaker(index, from, true);
  return before ?? (!index.malaysian && GOVERNMENT_OFFICE.test(phrase) ? body('other-government', index.taxonomy) : null);
}

/** "In its petition, the company said the ministry …": the body talked about before the verb, not one named after it;
 *  a quote's words before the verb are not the phrase. */
const bodyTalkedAbout = (index: SpeakerIndex, phrase: string, from: number) => (/["“”]/.test(phrase) ? null : genericBody(index, phrase, from));

/** A body a phrase talks about without its name ("the company", "kementerian itu"): the last of its kind named before
 *  `from`, else the kind's fallback. */
function genericBody(index: SpeakerIndex, phrase: string, from: number, company = true): Speaker | null {
  for (const [word, kind, fallback] of GENERIC_BODY) {
    if (!word.test(phrase) || (!company && word === COMPANY_OR_PLATFORM)) continue;
    const last = lastBefore(index.at, from, (a) => a.speaker.person === null && kind(a.speaker.org ?? '', index.taxonomy));
    if (last) return last.speaker;
    const id = fallback(index.malaysian);
    if (id) return body(id, index.taxonomy);
  }
  return null;
}
