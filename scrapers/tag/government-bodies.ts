// Public bodies the vocabulary does not list by name: a court, a ministry, a police force, an agency, a legislature
// or a government of another country ("the Delhi High Court", "Kementerian Pengangkutan", "Polis Delhi"). Each is
// `other-government`, unless a listed actor is named at the same place (the listed name wins).
import type { Mention } from './taxonomy.ts';
import { overlapsAny } from '../../src/lib/spans.ts';
import { A_COUNTRY, ANOTHER_COUNTRY, placesNamed } from './text.ts';

// A capitalised word; a dot only inside it ("U.S"), so that a name never runs over a sentence's end ("… Act. The").
const CAP = "\\p{Lu}[\\p{L}'’-]*(?:\\.\\p{L}[\\p{L}'’-]*)*";
// Within a line: a name never runs over a paragraph break.
const SP = '[ \\t]+';
// A list of what the body is of runs over commas only where its short form follows: "Department of the Environment,
// Transport, Energy and Communications (DETEC)" (elsewhere the comma may end the name: "the Ministry of Health, Meta and …").
const ITEM = `(?:the${SP})?${CAP}(?:${SP}${CAP})*`;
const LISTED_BEFORE_SHORT_FORM = `${ITEM}(?:,${SP}${ITEM})+,?${SP}(?:and|&)${SP}${ITEM}(?=${SP}\\()`;
const OF_NAME = `(?:${SP}(?:of|for)${SP}(?:${LISTED_BEFORE_SHORT_FORM}|(?:the${SP})?${CAP}(?:${SP}(?:and${SP}|&${SP})?${CAP})*))`;
// English: "High Court", "Ministry of Electronics", "Federal Criminal Police Office", "Brazil's Senate", "the European
// Parliament", "National Security and Defence Council".
const ENGLISH = new RegExp(
  [
    `(?:${CAP}${SP}(?:(?:and|&)${SP})?){1,4}(?:Ministry|Department|Court|Police(?:\\s+(?:Force|Office|Service))?|Commission|Authority|Agency|Council|Tribunal|Office|Senate|Assembly|Parliament|Government|Cabinet|Bureau|Directorate|Inspectorate|Inspection|Secretariat|Regulator|Embassy|Consulate|Chancellery|Presidency|Division|Administration|Superintendence|Superintendency|Board)\\b${OF_NAME}?`,
    `\\b(?:Ministry|Department|Minister|Secretary|Office|Commission|Authority|Agency|Council|Court|Government|Directorate|Inspection|Secretariat|Division|Superintendence|Superintendency)${OF_NAME}`,
  ].join('|'),
  'gu',
);
// "Transport Minister", "Deputy Minister": a minister of another government; in a Malaysian story the listed names
// and the office-holder map decide.
const FOREIGN_MINISTER = new RegExp(`\\b(?:${CAP}${SP})?Ministers?\\b`, 'gu');
// Malay: "Kementerian Pengangkutan", "Mahkamah Tinggi Singapura", "Polis Delhi", "Hakim Rodrigo Valadares",
// "pihak berkuasa Rusia", "Kedutaan Besar Malaysia", "Bahagian Penerangan" (not a law's "Bahagian III", nor a police
// force's "Bahagian Siasatan Seksual …" or "Bahagian D11", which are the force).
const MALAY = new RegExp(
  `\\b(?:Kementerian|Jabatan|Mahkamah|Agensi|Suruhanjaya|Lembaga|Majlis|Pejabat|Pentadbiran|Penguasa|Biro|Polis|Dewan|Menteri|Timbalan Menteri|Hakim|Presiden|(?<!Hal${SP}Ehwal${SP})Kerajaan|Parlimen|Senat|Kabinet|Kedutaan(?:${SP}Besar)?|Konsulat|Direktorat|Tribunal|Bahagian(?!${SP}(?:[IVXL]+(?![\\p{L}])|Siasatan|\\p{Lu}\\d))|[Pp]ihak${SP}[Bb]erkuasa)(?:${SP}(?:dan${SP})?${CAP})+`,
  'gu',
);
// Another country's government by the country's name: "Ukrainian officials", "Hungary's government", "the Myanmar
// military", "Pegawai Ukraine", "tentera Myanmar" (the vocabulary's own patterns name the countries it knew first).
// What the body is of, between the country and the word: "France's foreign ministry", "Kenya's interior ministry",
// "Russia's communications regulator", "Thailand's digital economy ministry".
const OF_KIND = '(?:foreign|interior|home|justice|information|technology|IT|communications?|telecommunications?|digital|economy|trade|media|data|privacy|competition|consumer|finance|education|health|defen[cs]e|security|election|electoral|top|highest|supreme|constitutional|federal|state|national|military|Taliban|junta)';
const GOVERNING_WORD =
  '(?:government|administration|authorities|officials|parliament|Parliament|police|lawmakers|legislators|courts?|judges?|regulators?|military|army|junta|ministry|Ministry|minister|Minister|president|President|prime minister|Prime Minister|cabinet|Cabinet)';
// A country acting as a government does: "Algeria menyekat akses …", "Vietnam has fined TikTok", "Russia ordered …".
const GOVERNING_VERB =
  '(?:(?:has|had|have|telah|akan|also|juga)[ \\t]+)?(?:blocked|banned|fined|ordered|suspended|sued|restricted|threatened|warned|summoned|asked|urged|called[ \\t]+on|requested|menggesa|meminta|mendesak|menyekat|mengharamkan|mendenda|mengarahkan|menggantung|melarang|memberi[ \\t]+amaran|mengancam|menyaman)(?![\\p{L}])';
// When, between the country and its verb: "South Korea on Wednesday urged …", "Korea Selatan hari ini menggesa …".
const WHEN =
  `(?:on${SP}(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|last${SP}(?:week|month)|earlier|previously|today|yesterday|hari${SP}ini|semalam|sebelum${SP}ini|minggu${SP}lalu|pada${SP}(?:hari${SP})?(?:Isnin|Selasa|Rabu|Khamis|Jumaat|Sabtu|Ahad))`;
// The country once, then what makes it a government: read three times over (a branch each), it cost three times as much.
const OF_COUNTRY = new RegExp(
  [
    `(?<![\\p{L}])${ANOTHER_COUNTRY}(?:` +
      [
        `(?:['’]s)?${SP}(?:${OF_KIND}${SP}){0,2}${GOVERNING_WORD}(?![\\p{L}])`,
        `(?=${SP}(?:${WHEN}${SP})?${GOVERNING_VERB})`,
        // Opening a clause with a plan: "France will submit a proposal", "Estonia will give students …", "New Zealand
        // akan membuka pasaran …" (its people are not its government: "Canadians will remember"), a wire's dateline
        // before it too ("HANOI, 8 April (Bernama) — Vietnam akan …"). The clause's start is read behind the name once
        // it has matched.
        `(?=${SP}(?:will|akan|plans${SP}to|intends${SP}to)(?![\\p{L}]))(?<=(?:^|\\n|[.!?:]["”]?${SP}|\\)${SP}(?:[—–]|--?)${SP}|\\b(?:said|says|berkata|bahawa|that)${SP})(?:${A_COUNTRY}))`,
      ].join('|') +
      ')',
    `(?<![\\p{L}])(?:[Kk]erajaan|[Pp]arlimen|[Mm]ahkamah|[Pp]olis|[Pp]egawai|[Pp]ihak${SP}berkuasa|[Tt]entera|[Jj]unta|[Kk]ementerian|[Pp]residen|[Pp]erdana${SP}[Mm]enteri)${SP}${ANOTHER_COUNTRY}(?![\\p{L}])`,
  ].join('|'),
  'gu',
);
// A US state by "the State of …" or "Negeri …" ("the State of Arkansas filed lawsuits against Meta", "Negeri Utah di
// Amerika Syarikat memfailkan saman"): the state's government.
const US_STATES = [
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois',
  'Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri',
  'Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma',
  'Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington',
  'West Virginia|Wisconsin|Wyoming',
].join('|');
const US_STATE = new RegExp(`\\b(?:[Tt]he${SP})?State${SP}of${SP}(?:${US_STATES})\\b|\\bNegeri${SP}(?:${US_STATES})\\b`, 'gu');
const US_STATE_WORD = /State of|Negeri /;
// A headline's country acting now or next: "Nepal blocks Facebook …", "Venezuela to ban X", "Nepal began blocking …".
// Read only where no listed body is named, which would be that country's own ("Indonesia blocks …" with Komdigi).
const ACTS_NOW = 'blocks|bans|fines|orders|suspends|sues|restricts|threatens|warns|summons';
const ACTS_NEXT = 'block|ban|fine|order|suspend|sue|restrict';
const COUNTRY_ACTS_NOW = new RegExp(
  `(?<![\\p{L}])${A_COUNTRY}(?=${SP}(?:(?:to|began|begins)${SP})?(?:${ACTS_NOW}|${ACTS_NEXT}|blocking|banning|suspending)(?![\\p{L}]))`,
  'gu',
);
// The words COUNTRY_ACTS_NOW needs: a text without them is not read for every country's name.
const ACTS_NOW_WORD = new RegExp(`\\b(?:${ACTS_NOW}|to (?:${ACTS_NEXT})|began|begins)\\b`);
// A task force a government sets up, by its name or again ("the Investment Alert Task Force", "Pasukan Petugas
// Antipenipuan Kebangsaan", "the task force", "pasukan petugas itu"): a public body of its own.
const TASK_FORCE = new RegExp(
  `(?:${CAP}${SP}){0,4}Task${SP}?[Ff]orce\\b|\\b[Tt]he${SP}task${SP}?force\\b|\\bPasukan${SP}Petugas(?:${SP}${CAP})+|\\b[Pp]asukan${SP}petugas(?:${SP}khas)?${SP}(?:itu|tersebut|berkenaan)\\b`,
  'gu',
);
// A word every task force's name holds: a text without one is not read for them (TASK_FORCE, led by capitalised
// words, is tried at every place of a text, and few texts name a task force).
const TASK_FORCE_WORD = /[Tt]ask|[Pp]asukan/;
// Without a name, only in a story about another country that names no listed body: "the court", "police", "the
// government", "the authorities", "kerajaan", "its governor", "a government spokesman".
const UNNAMED = /\b(?:the (?:court|government|cabinet|senate|ministry|judges?|justices|prosecutors?|authorities)|(?:the|an?) (?:electoral|federal|district|high|supreme|local|provincial|regional|military|criminal|civil|appeals?|constitutional) (?:court|judge)|police|mahkamah|polis|kerajaan|hakim|pendakwa raya|peguam negara|attorneys?[- ]general|pihak berkuasa|governors?|gabenor|state agenc(?:y|ies)|government spokes(?:man|woman|person)|the president|presiden itu|the expert group|(?:a|an|the) (?:parliamentary|inquiry|select) committee|(?:sebuah |satu )?jawatankuasa (?:siasatan|parlimen|pilihan))\b/gi;
// Capitalised words that start a sentence or name a private body, not a public one; "Ministry of Industry and Trade"
// is public whatever it is of.
const NOT_PUBLIC = /^(?:The|A|An|This|That|Its|Their|Our|Oversight|Safety|Advisory|Press|Media|Ethics|Supervisory)\s|\b(?:Oversight|Advisory|Supervisory|Ethics) Board$|\bBoard of Directors\b|^(?!(?:Ministry|Department) of\b).*\b(?:Business|Industry|Association|Chamber|Company|Corporation|Foundation|Cricket|Football|Olympic|Sports?|Forum)\b/;
// An office of a body named before, by its head word alone ("kata Presiden Suruhanjaya" after "Suruhanjaya Eropah"):
// the references resolve the body; it is no new one.
const TITLE_OF_HEAD = /^(?:Presiden|Pengerusi|Menteri|Timbalan Menteri|Hakim)\s+(?:Suruhanjaya|Kementerian|Mahkamah|Jabatan|Agensi|Lembaga|Majlis)$/;
// A company's team named for its work with governments: "X's Global Government Affairs account", "Government
// Relations".
const AFFAIRS_AFTER = /^\s+(?:Affairs|Relations)\b/;
// "(Kominfo)" right after a name: the short form of a listed body says which body the name is.
const SHORT_FORM_AFTER = /^\s*\(/;
// A head word alone ("Commission", "Ministry") after "The" is a listed body talked about again, not a new one.
const HEAD_ONLY = /^(?:Ministry|Department|Court|Police|Commission|Authority|Agency|Council|Tribunal|Office|Senate|Assembly|Parliament|Government|Cabinet|Bureau|Directorate|Inspectorate|Board)$/;

/** The listed body whose short form follows the name ending at `end` in brackets ("… Information Technology
 *  (Kominfo)"), if any: the name is that body's. */
function listedShortFormAfter(text: string, end: number, actors: readonly Mention[]): Mention | undefined {
  const bracket = SHORT_FORM_AFTER.exec(text.slice(end, end + 4));
  return bracket ? actors.find((a) => a.start === end + bracket[0].length) : undefined;
}

// "Parliament" alone in a story abroad is that country's, whatever listed regulator is named beside it ("IMDA … the
// Code was issued under the Broadcasting Act following amendments passed by Parliament"), though a head word alone is
// otherwise read as a listed body named again (HEAD_ONLY).
const LEGISLATURE = /(?<!\p{Lu}[\p{L}'’-]*[ \t])(?<![\p{L}])(?:Parliament|Parlimen)(?![ \t]+\p{Lu})(?![\p{L}])/gu;
const LEGISLATURE_WORD = /Parliament|Parlimen/;
// "The government" in a story abroad is another government even where a listed body is named ("We will continue to
// engage with the eSafety Commissioner and the Government"): no listed body is a government.
const THE_GOVERNMENT = /\bthe [Gg]overnment\b/g;
// "Ministers met representatives of Facebook …" opening a sentence of a story abroad: the government's ministers, a
// public body even where a listed one is named too (where a bare "Minister", FOREIGN_MINISTER, is left to that body).
const MINISTERS_OPENING = /(?<=(?:^|[.!?]["”’]?\s+))Ministers\b/gu;

/** Mentions of unlisted public bodies, none overlapping a listed actor's; a name given a listed body's short form
 *  in brackets is that body's. */
export function otherGovernmentMentions(text: string, actors: readonly Mention[], malaysian: boolean): Mention[] {
  const found: Mention[] = [];
  const free = (start: number, end: number) => !overlapsAny(actors, start, end) && !overlapsAny(found, start, end);
  // "The ministry", "police", "Digital Minister" with a listed body named are most likely that body (unless the
  // bodies named are themselves other governments': "Roskomnadzor said … the court fined Meta").
  const unnamedToo = !malaysian && actors.every((a) => a.id === 'other-government');
  const taskForce = TASK_FORCE_WORD.test(text) ? [TASK_FORCE] : [];
  const actsNow = unnamedToo && ACTS_NOW_WORD.test(text) ? [COUNTRY_ACTS_NOW] : [];
  const usState = US_STATE_WORD.test(text) ? [US_STATE] : [];
  const legislature = !malaysian && LEGISLATURE_WORD.test(text) ? [LEGISLATURE] : [];
  // Abroad, beside a listed body: forms no listed body takes.
  const besideListed = !malaysian && !unnamedToo ? [THE_GOVERNMENT, MINISTERS_OPENING] : [];
  for (const regex of [ENGLISH, MALAY, OF_COUNTRY, ...taskForce, ...(unnamedToo ? [FOREIGN_MINISTER, UNNAMED] : []), ...besideListed, ...actsNow, ...usState, ...legislature]) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      let start = m.index;
      let phrase = m[0];
      // "The Federal Court": the article is not part of the name.
      const article = /^(?:The|A|An|This|That)\s+/.exec(phrase);
      if (article) {
        start += article[0].length;
        phrase = phrase.slice(article[0].length);
      }
      if (NOT_PUBLIC.test(phrase) || TITLE_OF_HEAD.test(phrase) || (regex !== LEGISLATURE && HEAD_ONLY.test(phrase))) continue;
      const end = start + phrase.length;
      if (AFFAIRS_AFTER.test(text.slice(end, end + 12))) continue;
      // Kept as the listed body's: "the Ministry" after "Ministry of Electronics and Information Technology (MeitY)" is
      // that ministry.
      if (free(start, end)) found.push({ id: listedShortFormAfter(text, end, actors)?.id ?? 'other-government', start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// "(CA)", "(SKMM)", "(MetMalaysia)" right after a body's name: the short form the story goes on to use (capitals, or
// one word with a capital inside; not an ordinary word such as "(Malaysia)").
const SHORT_FORM_SOURCE = '\\p{Lu}[\\p{Lu}\\d&]{1,7}|\\p{L}+\\p{Ll}\\p{Lu}\\p{L}*';
const SHORT_FORM = new RegExp(`^\\s*\\((${SHORT_FORM_SOURCE})\\)`, 'u');
const SHORT_FORM_NAME = new RegExp(`^(?:${SHORT_FORM_SOURCE})$`, 'u');

/** The mentions with the bodies' short forms given in brackets after their names ("the Communications Authority (CA)
 *  … CA said", and a headline's "CA" before it), and unlisted bodies' initials used without brackets. A short form
 *  that is also a listed body's name means, in this statement, the body it was given for: Switzerland's "Federal
 *  Office of Communications (OFCOM)" is not Ofcom. */
export function withShortForms(text: string, mentions: readonly Mention[]): Mention[] {
  let all = [...mentions];
  for (const m of mentions) {
    const bracket = SHORT_FORM.exec(text.slice(m.end, m.end + 24));
    const short = bracket?.[1];
    if (!short) continue;
    const listed = all.find((o) => o.start === m.end + bracket[0].indexOf(short) && o.end - o.start === short.length);
    if (listed && listed.id !== m.id) all = all.map((o) => (text.slice(o.start, o.end) === short ? { ...o, id: m.id } : o));
    const free = (start: number, end: number) => !overlapsAny(all, start, end);
    for (const other of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${short}(?![\\p{L}\\p{N}])`, 'gu'))) {
      const start = other.index;
      if (free(start, start + short.length)) all.push({ id: m.id, start, end: start + short.length });
    }
  }
  return withInitials(text, all);
}

// A body's initials used with no brackets to give them: "Pakistan Telecommunication Authority — Press release … PTA has
// therefore decided to block Bigo Live". Only for bodies of other governments (listed bodies' short forms are in the
// vocabulary), of three words or more, each capitalised but for "of", "and", "for", "the".
const NAME_WORD = /\p{Lu}[\p{L}'’-]*|of|and|for|the/gu;
const SMALL_WORD = /^(?:of|and|for|the)$/;
function initialsOf(name: string): string | null {
  const words = name.match(NAME_WORD) ?? [];
  if (words.join(' ') !== name.replace(/\s+/g, ' ')) return null;
  const initials = words.filter((w) => !SMALL_WORD.test(w)).map((w) => w[0]).join('');
  return initials.length >= 3 ? initials : null;
}
function withInitials(text: string, mentions: readonly Mention[]): Mention[] {
  const all = [...mentions];
  for (const m of mentions) {
    const initials = m.id === 'other-government' ? initialsOf(text.slice(m.start, m.end)) : null;
    if (!initials || !text.includes(initials)) continue;
    for (const other of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${initials}(?![\\p{L}\\p{N}])`, 'gu'))) {
      if (!overlapsAny(all, other.index, other.index + initials.length)) all.push({ id: m.id, start: other.index, end: other.index + initials.length });
    }
  }
  return all;
}

/** The bodies named by a short form in `text` ("KCC"), by that form, so that an office of one ("Pengerusi KCC") is its. */
export function shortForms(text: string, actors: readonly Mention[]): Map<string, string> {
  const forms = new Map<string, string>();
  for (const m of actors) {
    const name = text.slice(m.start, m.end);
    if (SHORT_FORM_NAME.test(name)) forms.set(name, m.id);
  }
  return forms;
}

// "Congress" alone, in a story about the United States ("WASHINGTON, Jan 31 –" too) that names no other country with a
// congress (Latin America's, the Philippines') or a party of that name (India's, Nepal's): the US Congress. "Nepali
// Congress" is a party.
const US_NAMED = /\b(?:United States|U\.S\.|US|USA|Amerika Syarikat|AS|American|Washington|WASHINGTON)\b/;
const OTHER_CONGRESS = /\b(?:Mexic\w*|Argentin\w*|Colombia\w*|Brazil\w*|Peru\w*|Chile\w*|Philippines|Filipina|Filipino|Guatemala|Honduras|Paraguay|Bolivia|Ecuador|Venezuela|Uruguay|Costa Rica|Panama|El Salvador|Nicaragua|Dominican|India\w*|Nepal\w*)\b/;
// Its houses alone too ("in the Senate", "diluluskan Senat … Dewan Perwakilan"), where the story names no place but
// the United States and China (a wire dateline counts: "AMMAN, 27 Julai -- … diluluskan Senat" is Jordan's).
const BARE_CONGRESS = /(?<!\p{Lu}[\p{L}'’-]*\s)\b(?:Congress|Kongres|Senate|Senat|House of Representatives|Dewan Perwakilan)\b(?![ \t]+(?:Rakyat|Negeri|\p{Lu}))/gu;
// Places a story about the United States may name without another legislature being meant: its own, and China,
// its rival in TikTok stories.
const US_STORY_PLACES = /^(?:United States|Amerika Syarikat|Americans?|New York|Los Angeles|San Francisco|Silicon Valley|China|Chinese|Beijing|Shanghai|Shenzhen)$/;
// The words BARE_CONGRESS reads: a text without them is not read for the United States and other countries.
const CONGRESS_WORD = /Congress|Kongres|Senat|House of Representatives|Dewan Perwakilan/;

/** Mentions of the US Congress by "Congress" alone, none overlapping another body's. */
export function usCongressMentions(text: string, actors: readonly Mention[]): Mention[] {
  if (!CONGRESS_WORD.test(text) || !US_NAMED.test(text) || OTHER_CONGRESS.test(text)) return [];
  let elsewhere: boolean | undefined;
  const found: Mention[] = [];
  for (const m of text.matchAll(BARE_CONGRESS)) {
    if (!/^(?:Congress|Kongres)$/.test(m[0]) && (elsewhere ??= placesNamed(text).some((place) => !US_STORY_PLACES.test(place)))) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!overlapsAny(actors, start, end)) found.push({ id: 'us-congress', start, end });
  }
  return found;
}
