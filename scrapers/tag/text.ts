// Plain-text helpers for the tagger: sentences with their offsets, the statement's language and its context.
import { COUNTRY_NAMES, DEMONYMS, FOREIGN_CITIES } from './countries.ts';
import { aliasAlternation, factored } from './alias-source.ts';

export interface Sentence {
  text: string;
  start: number;
}

// Words after which a full stop does not end a sentence ("Dr. Tan", "Oct. 30", "Sdn. Bhd. said").
const ABBREVIATIONS = new Set(
  [
    'dr', 'mr', 'mrs', 'ms', 'mdm', 'prof', 'st', 'jr', 'sr', 'sdn', 'co', 'corp', 'no', 'nos', 'vs', 'etc', 'eg', 'ie',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'sen', 'rep', 'gov',
    'lt', 'col', 'capt', 'hon', 'hj', 'ir', 'ts', 'art', 'sec', 'para', 'approx', 'dept', 'govt', 'est', 'fig', 'tel',
    'adv', 'atty', 'supt', 'insp', 'sgt', 'hjh', 'engr', 'smt',
  ],
);
// After a single capital and a full stop ("J. Smith" or "... and X. The"), these words start a new sentence.
const SENTENCE_OPENERS =
  /^["“‘(]?(?:The|A|An|It|Its|He|She|They|We|I|This|That|These|Those|In|On|At|But|And|However|Meanwhile|Both|Some|Most|Its|Our|Their|His|Her|Platforms?|Users?|Ia|Mereka|Beliau|Pihak|Menurut|Dalam|Selain|Namun)\b/;
const BREAK = /[.!?…]+["”’')\]]*\s+/g;
const WORD_CHARACTER = /^[\p{L}.]$/u;
const SURROGATE_PAIR = /^[\uD800-\uDBFF][\uDC00-\uDFFF]$/;

/**
 * The run of letters and dots that ends `text` ("Dr.", "U.S", "J"): what `/[\p{L}.]+$/u` finds, read backwards from
 * the end (a RegExp anchored at the end still tries every start, and a long paragraph has many full stops).
 */
function lastWord(text: string): string {
  let start = text.length;
  while (start > 0) {
    const c = text.charCodeAt(start - 1);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46) start--;
    else if (c < 128) break;
    else {
      // A letter outside the BMP is a surrogate pair, both halves or neither.
      const width = start > 1 && SURROGATE_PAIR.test(text.slice(start - 2, start)) ? 2 : 1;
      if (!WORD_CHARACTER.test(text.slice(start - width, start))) break;
      start -= width;
    }
  }
  return text.slice(start);
}

/** Split into sentences; paragraphs (line breaks) always end one. Offsets point into `text`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) sentences.push({ text: trimmed, start: from + lead });
  };
  let paragraphStart = 0;
  for (const paragraph of text.split(/\n/)) {
    let from = 0;
    BREAK.lastIndex = 0;
    for (let m = BREAK.exec(paragraph); m; m = BREAK.exec(paragraph)) {
      const end = m.index + m[0].length;
      const next = paragraph.charAt(end);
      // A sentence opens with a capital, a digit, a mark, or a name written in camel case ("eSafety will …").
      if (!next || !(/["“‘(\[\p{Lu}\d]/u.test(next) || /^\p{Ll}\p{Lu}/u.test(paragraph.slice(end, end + 2)))) continue;
      if (m[0].startsWith('.') && !/[!?]/.test(m[0])) {
        const word = lastWord(paragraph.slice(from, m.index));
        const bare = word.replace(/\./g, '').toLowerCase();
        // "Dr.", "Oct.", initials ("J. Smith") and dotted abbreviations ("U.S.") do not end a sentence.
        const initial = /^\p{Lu}$/u.test(word) && !SENTENCE_OPENERS.test(paragraph.slice(end));
        if (ABBREVIATIONS.has(bare) || initial || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
      }
      push(paragraphStart + from, paragraphStart + end);
      from = end;
    }
    push(paragraphStart + from, paragraphStart + paragraph.length);
    paragraphStart += paragraph.length + 1;
  }
  return sentences;
}

/** The name of the first named group a match filled, if any: cheaper than reading `Object.entries(m.groups)`. */
export function matchedGroup(m: RegExpExecArray): string | undefined {
  for (const name in m.groups) if (m.groups[name] !== undefined) return name;
  return undefined;
}

/** A sentence's lead naming its source or its place, time or means ("According to the judge, …", "Menurut Arif, …",
 *  "In a post on its Global Government Affairs account, …", "Dalam kenyataan yang disiarkan di …, …"): the clause's
 *  subject follows, and a body named in the lead is not it. */
export const LEAD_PHRASE = /^\s*(?:(?:according to|menurut)\b[^,"“”]{1,60}|(?:in|dalam|at|di|on|pada|during|semasa|ketika|through|via|melalui|menerusi)\s[^,"“”]{3,120}),\s*/i;

/** The index of the sentence holding offset `at` (the last one starting at or before it), or -1. */
export function sentenceIndexAt(sentences: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The sentence holding offset `at` (the last one starting at or before it). */
export function sentenceAt<S extends { start: number }>(sentences: readonly S[], at: number): S | undefined {
  return sentences[sentenceIndexAt(sentences, at)];
}

const MALAY_WORDS = /\b(?:yang|dan|untuk|dengan|berkata|itu|ini|kepada|akan|telah|tidak|bagi|dalam|daripada|oleh|pada|mereka|beliau|kerana|juga|sebagai)\b/g;
const ENGLISH_WORDS = /\b(?:the|and|to|of|with|said|that|this|will|has|have|for|was|were|they|its|from|by|on|is|are)\b/g;

/** 'ms' or 'en' from common function words; the caller's own `lang` wins when given. */
export function guessLanguage(text: string): 'en' | 'ms' {
  const sample = text.slice(0, 4000).toLowerCase();
  const malay = sample.match(MALAY_WORDS)?.length ?? 0;
  const english = sample.match(ENGLISH_WORDS)?.length ?? 0;
  return malay > english ? 'ms' : 'en';
}

// "Dewan Rakyat UK" is Britain's House of Commons in Malay reports (actors.json reads the Dewan Rakyat the same way).
const MALAYSIA =
  /\b(?:Malaysia\w*|Kuala Lumpur|Putrajaya|Cyberjaya|RM ?\d|ringgit|Selangor|Johor|Penang|Pulau Pinang|Sabah|Sarawak|Kelantan|Terengganu|Kedah|Perlis|Perak|Pahang|Melaka|Malacca|Negeri Sembilan|Klang|Petaling|Shah Alam|Seremban|Kajang|Ipoh|Kuching|Kota Kinabalu|Dewan Rakyat(?![ \t]+(?:UK|Britain|United Kingdom|Australia|Kanada|Canada|India|Jepun|Japan|Thailand|Indonesia|Filipina|Philippines))|MCMC|SKMM|Madani|Bukit Aman|PDRM)\b/i;
const FOREIGN_IN_MALAY =
  /\b(?:Comelec|Bangsamoro|Indonesia|Singapura|Australia|Eropah|Kesatuan Eropah|Brazil|Amerika|Britain|United Kingdom|Thailand|Filipina|Vietnam|China|India|Kanada|Nigeria|Turki|Jerman|Perancis|Rusia|Korea|Jepun|Nepal|Ireland|Sepanyol|Itali|Pakistan|Bangladesh|Myanmar|Kemboja|Sri Lanka|Kenya|Afrika Selatan|Mexico|Poland|Hong Kong|Taiwan|New Zealand|Belanda|Denmark|Norway|Sweden|Washington|Nairobi|Colombo|Dhaka|Islamabad|Dublin|Wellington|Taipei|Warsaw|Madrid|Rom|Pretoria|Johannesburg|Texas|Florida|Utah|Arkansas|Montana|California|Brussels|London|Jakarta|New Delhi|Canberra|Ottawa|Moscow|Tokyo|Seoul|Paris|Berlin|Lagos|Ankara|Oireachtas|Dáil|Taoiseach|Seanad|Bundestag|Bundesrat|Knesset|Duma|Lok Sabha|Rajya Sabha|Riksdag|Storting|Folketing|Sejm|Verkhovna Rada|Mazhilis)\b/;
const FOREIGN =
  factored(/\b(?:Comelec|Bangsamoro|Indonesian?|Singapore(?:an)?|Australian?|Europe(?:an)?|EU|Brussels|Brazil(?:ian)?|America(?:n)?|US|U\.S\.|United States|Britain|British|UK|United Kingdom|England|Ireland|Irish|Thai(?:land)?|Philippines?|Filipino|Vietnam(?:ese)?|China|Chinese|India(?:n)?|Japan(?:ese)?|Korean?|Canadian?|Canada|France|French|German[y]?|Ofcom|eSafety|Komdigi|Kominfo|IMDA|MDDI|Digital Development and Information|FTC|FCC|Congress|Senators?|Nigeria(?:n)?|Turk(?:ey|ish|iye)|Russia(?:n)?|Nepal(?:ese|i)?|Pakistan(?:i)?|Bangladesh(?:i)?|Sri Lanka(?:n)?|Kenya(?:n)?|South Africa(?:n)?|Mexic(?:o|an)|Poland|Polish|Spain|Spanish|Ital(?:y|ian)|Hong Kong|Taiwan(?:ese)?|New Zealand|Netherlands|Dutch|Washington|Nairobi|Colombo|Dhaka|Islamabad|Dublin|Wellington|Taipei|Warsaw|Madrid|Rome|Pretoria|Johannesburg|Texas|Florida|Utah|Arkansas|Montana|California|Brussels|London|Jakarta|New Delhi|Canberra|Ottawa|Moscow|Tokyo|Seoul|Paris|Berlin|Lagos|Ankara|Oireachtas|Dáil|Taoiseach|Seanad|Bundestag|Bundesrat|Knesset|Duma|Lok Sabha|Rajya Sabha|Riksdag|Storting|Folketing|Sejm|Verkhovna Rada|Mazhilis)\b/);
// Any other country or territory by name (A_COUNTRY), or its people by demonym, one or many ("Zambians"; countries.ts).
export const A_COUNTRY = aliasAlternation(COUNTRY_NAMES);
export const ANOTHER_COUNTRY = `(?:${A_COUNTRY}|(?:${aliasAlternation(DEMONYMS)})s?)`;
// Another country, or one of its cities (countries.ts).
const PLACE = `(?<![\\p{L}])(?:${ANOTHER_COUNTRY}|${aliasAlternation(FOREIGN_CITIES)})(?![\\p{L}])`;
const ELSEWHERE = new RegExp(PLACE, 'u');
const PLACES = new RegExp(PLACE, 'gu');
const ONLINE =
  factored(/\b(?:online|internet|social media|platforms?|apps?|application|messaging|website|web|digital|users?|accounts?|posts?|content|streaming|live ?streams?|smartphones?|iPhones?|Android|encryption|e-commerce|marketplace|sellers|listings|videos?|tech|technology|software|chatbot|AI|media sosial|dalam talian|aplikasi|pengguna|akaun|kandungan|laman web|hantaran|siber|cyber)\b/i);

// A dateline in capitals ("NAIROBI, 5 Julai (Bernama) --", "JAKARTA – …", "DHAKA — …") says where a report comes from.
const DATELINE = /^\s*([A-Z][A-Z .'’-]{2,40}?)(?:,|\s*[–—]|\s+--?\s)/m;
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase());
/** The dateline's place as a name is written ("NAIROBI" → "Nairobi"), or '' where there is none. */
const datelineOf = (text: string) => titleCase(DATELINE.exec(text)?.[1] ?? '');

/** The countries, peoples and foreign cities a text names, its dateline's too ("AMMAN, 27 Julai (Bernama) --"). */
export function placesNamed(text: string): string[] {
  return [...`${datelineOf(text)}\n${text}`.matchAll(PLACES)].map((m) => m[0]);
}

/**
 * Is the statement about Malaysia? Yes when it names Malaysian places or bodies, and, since Pantau's sources are
 * Malaysian, also when it names no other country (in its text or its dateline).
 */
export function isMalaysian(text: string, lang: string): boolean {
  const foreign = lang === 'ms' ? FOREIGN_IN_MALAY : FOREIGN;
  const dateline = datelineOf(text);
  const elsewhere = () => foreign.test(text) || foreign.test(dateline) || ELSEWHERE.test(text) || ELSEWHERE.test(dateline);
  const malaysia = MALAYSIA.exec(text);
  if (!malaysia) return !elsewhere();
  // A headline about another country with Malaysia named only in the last paragraph (a writer's byline, "… based
  // in Kuala Lumpur") is a foreign story.
  const headline = text.slice(0, Math.max(0, text.indexOf('\n')));
  const lastParagraph = text.lastIndexOf('\n\n');
  return !(lastParagraph > 0 && malaysia.index > lastParagraph && (foreign.test(headline) || ELSEWHERE.test(headline)));
}

/** Does the statement talk about online services at all? */
export function mentionsOnlineServices(text: string): boolean {
  return ONLINE.test(text);
}
