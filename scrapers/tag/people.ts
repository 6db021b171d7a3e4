// Named speakers and officials with their roles: "Communications Minister Fahmi Fadzil", "Menteri Komunikasi
// Fahmi Fadzil", "Meta's ... director Rafael Frankel", "Rafael Frankel, Meta's public policy director,".
// Honorifics (Datuk Seri, Tan Sri, Dr) are dropped from the name; the name is otherwise kept as written.

import { COUNTRY_NAMES, DEMONYMS, FOREIGN_CITIES } from './countries.ts';

export interface Person {
  name: string;
  role: string | null;
}

const ROLE_WORDS = [
  'Prime Minister', 'Deputy Prime Minister', 'Deputy Minister', 'Minister', 'Secretary-General', 'Secretary General',
  'Director-General', 'Director General', 'Chairman', 'Chairwoman', 'Chairperson', 'Director', 'Commissioner',
  'Chief Executive Officer', 'Chief Executive', 'CEO', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'President',
  'Vice-President', 'Vice President', 'Head', 'Governor', 'Senator', 'Inspector-General', 'Attorney-General',
  'Attorney General', 'Officer', 'Manager', 'Founder', 'Co-founder', 'Chief', 'Lead', 'Judge', 'Secretary',
  'Perdana Menteri', 'Timbalan Perdana Menteri', 'Timbalan Menteri', 'Menteri', 'Ketua Setiausaha', 'Ketua Pengarah',
  'Ketua Pegawai Eksekutif', 'Ketua Polis Negara', 'Ketua', 'Pengerusi', 'Pengarah', 'Setiausaha', 'Pesuruhjaya',
  'Jurucakap', 'Presiden', 'Naib Presiden', 'Gabenor', 'Peguam Negara', 'Hakim', 'Subsetiausaha',
  'Ahli Dewan Perwakilan',
  'Undersecretary', 'Under-Secretary', 'Censor', 'Curator', 'Kurator', 'Lawmaker', 'Legislator', 'Penggubal undang-undang',
  'Penyelidik', 'Researcher', 'Pensyarah', 'Lecturer', 'Federal Councillor', 'Councillor', 'Ahli Majlis', 'Ketua Pengarang', 'Pengarang', 'Editor',
  'Editor-in-Chief', 'Pakar',
  'Actor', 'Actress', 'Singer', 'Presenter', 'Pelakon', 'Penyanyi', 'Pengacara',
  'Blogger', 'Activist', 'Aktivis', 'Lawyer', 'Peguam', 'Analyst', 'Penganalisis', 'Journalist', 'Wartawan',
  'Superintendent', 'Superintendan', 'Inspector', 'Sergeant', 'Detective', 'Magistrate', 'Majistret',
];
// "Minister" or "minister": the first letter of each word in either case.
const anyCase = (w: string) => w.replace(/\b\p{L}/gu, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
const ROLE = `(?:${[...ROLE_WORDS].sort((a, b) => b.length - a.length).map(anyCase).join('|')})`;
const HONORIFIC =
  "(?:(?:[Tt]he\\s+)?(?:Right\\s+)?Honou?rable|Hon\\.|Datuk Seri|Dato['’] Seri|Dato['’] Sri|Dato Sri|Datuk|Dato['’]|Dato|Tan Sri|Puan Sri|Toh Puan|Tun|Datin Paduka|Datin|Dr\\.?|(?:Prof\\.?|Profesor|Professor)(?:\\s+Madya)?|Assoc\\.?\\s+Prof\\.?|Adv\\.?|Advocate|Ir\\.?|Ts\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Mdm\\.?|Tuan|Puan|Encik|Cik|YB|YAB|Haji|Hj\\.?|Hajah|Senator|Sir|Dame|Lord|Baroness|Supt\\.?|Superintendent|Superintendan|ACP|DCP|SAC|DSP|ASP|Insp\\.?|Inspektor|Inspector|Sergeant|Detective|(?:Mejar|Leftenan|Major|Lieutenant|Brigadier)(?:\\s+(?:Jeneral|General))?|Kapten|Captain|Kolonel|Colonel|Kombes|AKBP|Kompol|Brigjen|Irjen|Shri|Smt\\.?|Shrimati|Engr\\.?)";
// A name word, hyphenated parts whole ("Mensah-Larbi", "Siu-ling"), never ending in a hyphen.
const NAME_TOKEN = "(?:\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*|\\p{Lu}\\.|bin|binti|bt|bte|a\\/l|a\\/p|Md|Mohd|van|von|de|der|(?<![\\p{L}])(?:da|dos|das|del|du)(?=\\s+\\p{Lu})|al-\\p{Lu}\\p{Ll}+)";
export const NAME_RUN = `${NAME_TOKEN}(?:[ \\t]+${NAME_TOKEN}){0,7}`;
// A full name after a role or before one: two to five words, with "bin", "binti" and the particles of European names
// ("Pieter van der Merwe", "Ana dos Santos"); not Malay "di" (at), which is as often a place after a name.
const FULL_NAME = "\\p{Lu}\\p{Ll}+(?:\\s+(?:bin|binti|Md|(?:(?:van|von|de|der|den|da|das|dos|del|della|du)\\s+)*\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*)){1,4}";
export const HONORIFICS_RUN = `(?:${HONORIFIC}\\s+)*`;
/** Role then name: "Communications Minister Datuk Fahmi Fadzil". */
// The run after a role may hold a Malay portfolio joined by "dan" ("Menteri Komunikasi dan Digital Fahmi Fadzil"):
// cleanName peels its words off the name, and cuts a second person off at "dan".
const RUN_WITH_PORTFOLIO = `${NAME_TOKEN}(?:\\s+(?:dan\\s+)?${NAME_TOKEN}){0,9}`;
// Letters after a name that are no part of it: "Siobhán Keane TD", "Jane Example MP".
const POST_NOMINAL = '(?:TD|MP|MEP|MLA|MSP|QC|KC|SC)';
const SPEECH_VERB = '(?:said|says|told|berkata|menyatakan|memberitahu)\\b';
// Where a name read after an office's comma ends: a mark, or the verb of speech it is the subject of.
const NAME_ENDS = `(?=[,.;]|\\s+${SPEECH_VERB})`;
const ROLE_THEN_NAME = new RegExp(`(?<![\\p{L}])(${ROLE})\\s+(?:(of|for|bagi)\\s+)?${HONORIFICS_RUN}(${RUN_WITH_PORTFOLIO})`, 'gu');
/** Role, then name in commas: "X's head of global affairs, Daniel Okafor, said", "Kurator muzium, Nor Azlina
 *  Hashim, berkata", "Pesuruhjaya Privasi, Wong Siu-ling, berkata" (up to eight words of the role's own after it, or
 *  what it is of, which may list two: "the Minister for Law, Justice and Parliamentary Affairs, Rina Example"). */
const ROLE_COMMA_NAME = new RegExp(
  `(?<![\\p{L}])(${ROLE})((?:\\s+(?:of|for)\\s+[^,;.]{1,50}(?:,\\s+\\p{Lu}[^,;.]{0,50}){0,6}|(?:\\s+(?!(?:said|says|told|berkata|kata|menyatakan)\\b)[\\p{L}'’()-]+){1,8})?),\\s+${HONORIFICS_RUN}(${FULL_NAME})(?:\\s+${POST_NOMINAL})?${NAME_ENDS}`,
  'gu',
);
/** Role, a portfolio with no commas, then the name right before a verb of speech or the day: "Minister of State for
 *  Electronics and IT Vikram Sethi said", "… Vikram Sethi on Friday held a meeting" (the name is the run of name words
 *  the verb or the day follows). */
const ROLE_PORTFOLIO_NAME = new RegExp(
  `(?<![\\p{L}])(${ROLE})\\s+((?:of|for|bagi)(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|and|&|of|for|dan|bagi))+?)\\s+${HONORIFICS_RUN}(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*){1,3})(?=\\s+(?:said|says|told|announced|added|berkata|menyatakan|on\\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|semalam|hari\\s+ini)\\b)`,
  'gu',
);
const TRAILING_HONORIFICS = new RegExp(`(?:\\s*${HONORIFIC})+$`, 'u');
// "Menteri Buruh Luxembourg, Georges Weber berkata", opening a sentence or a report: what follows the role up to the
// comma is its portfolio and place, and the name comes after the comma (ROLE_COMMA_NAME reads it).
const NAME_AFTER_COMMA = new RegExp(`^,\\s+${HONORIFICS_RUN}${FULL_NAME}${NAME_ENDS}`, 'u');
const opensSentence = (sentence: string, at: number) => !/[\p{L}\p{N}]/u.test(sentence.slice(0, at));
// Or a clause a verb of speech opens: "…," kata Menteri Pembangunan Kereta Api, John Peprah, dalam majlis …".
const opensReport = (sentence: string, at: number) =>
  opensSentence(sentence, at) || /\b(?:kata|said|says|ujar|tambah|jelas|tegas|menurut|according to)\s+$/i.test(sentence.slice(0, at));
const RANK_AFTER = new RegExp(`^,\\s+(?:${HONORIFIC}|Asisten|Assistant|Deputy|Timbalan|Superintendan|Superintendent|Inspektor|Inspector|Komisioner|Commissioner)\\s`, 'u');
/** Name then role in commas, or ending the sentence: "Rafael Frankel, Meta's director of public policy, said", "…,"
 *  said Laurent Okafor, X's head of global government affairs." */
const NAME_THEN_ROLE = new RegExp(
  `(?<![\\p{L}])${HONORIFICS_RUN}(${FULL_NAME}),\\s+((?:the|a|an)\\s+)?([^,;.]{0,70}?(?<![\\p{L}])${ROLE}(?![\\p{L}])[^,;.]{0,50})(?:,|\\.(?=\\s|$)|$)`,
  'gu',
);
// A cheap test before the role RegExps, which are slow (Unicode classes, many alternatives): each of them needs a role
// word, in any case here, with no letter just before or after it (an ASCII letter here, so that the test passes
// wherever they can match). The first words alone ("Co", "Head") passed in most sentences ("could", "ahead").
const ROLE_HINT = new RegExp(`(?<![A-Za-z])(?:${ROLE_WORDS.join('|')})(?![A-Za-z])`, 'i');
// The same test with `\b` for the look-behind, which V8 runs twice as fast: it differs only after a digit or "_"
// ("2Minister"), where the look-behind's test is still made.
const ROLE_HINT_AT_WORD = new RegExp(`\\b(?:${ROLE_WORDS.join('|')})(?![A-Za-z])`, 'i');
const DIGIT_BEFORE_LETTER = /[\d_][A-Za-z]/;
const mayNameRole = (sentence: string) =>
  ROLE_HINT_AT_WORD.test(sentence) || (DIGIT_BEFORE_LETTER.test(sentence) && ROLE_HINT.test(sentence));
const HONORIFIC_PREFIX = new RegExp(`^${HONORIFICS_RUN}`, 'u');
const HONORIFIC_ALONE = new RegExp(`^${HONORIFIC}$`, 'u');

// Office words, in a speaker's title before a name and in a role's or body's name alike (speakers.ts reads them too).
export const OFFICE_WORDS: readonly string[] = (
  'justice executive negeri agensi teknologi keselamatan siber pertahanan luar minister menteri secretary ' +
  'setiausaha commissioner director pengarah ketua chief head spokesperson jurucakap state federal general ' +
  'polis parlimen deputy councillor chairman pengerusi maklumat officer'
).split(' ');
// Capitalised words that belong to a role or an institution rather than to a name ("Menteri Komunikasi").
const INSTITUTIONAL = new Set([
  ...OFFICE_WORDS,
  ...(
    'communications communication digital development information home affairs finance health education ' +
    'foreign trade law legal policy public global government negara jabatan siasatan jenayah komersial ' +
    'kewangan kesihatan pendidikan eksekutif kanan besar urusan indonesia singapura australia eropah ' +
    'malaysia komunikasi kementerian suruhanjaya multimedia dalam penerangan pembangunan wanita keluarga ' +
    'masyarakat perdagangan kos undang-undang undang hal ehwal ministry commission authority ' +
    'media and of for dan bagi the security safety cyber online trust integrity operations regional asia ' +
    'pacific south-east southeast east west north south data protection privacy technology strategy esafety ' +
    'national timbalan senior corporate investigation commercial crime department bukit aman presiden ' +
    'gabenor secretary-general president governor undersecretary under-secretary censor curator ' +
    'kurator keadilan parliamentary privasi madya pegawai science arts culture sports youth tourism ' +
    'transport agriculture energy water environment labour defence interior industry infrastructure ' +
    'innovation economy planning housing works welfare sains kebudayaan pelancongan pengangkutan pertanian ' +
    'tenaga alam sekitar sumber manusia perindustrian pengarang editor pakar majlis dasar awam talian tadbir ' +
    'urus akta perkhidmatan rangkaian persekutuan transformasi persaingan competition penerbangan aviation ' +
    'hak asasi human rights infrastruktur revenue treasury customs taxation attorney parti politik pembiayaan ' +
    'task force constabulary magistrate jawatankuasa committee perlembagaan constitutional employment enterprise ' +
    'food forestry fisheries buruh ekonomi makanan perikanan perhutanan belia sukan perpaduan pelaburan perumahan ' +
    'luar bandar wilayah tempatan pengajian tinggi pilihan raya peguam personal social representative kehakiman ' +
    'tetap kerajaan kebangsaan elektronik electronics governance women broadcasting posts remaja pemuda ' +
    'pembangkang pengguna heritage rang pengurus operasi wakil rakyat ucapan oleh komisioner asisten assistant ' +
    'daerah cabinet financial republik universiti pulau regulation produk mahkamah agung kawal selia telekomunikasi ' +
    'cybersecurity homeland informatics applications mesyuarat biro penyiasatan standard korea police kanak-kanak ' +
    'suhakam'
  ).split(' '),
]);
// A country or its people is a role's place, not a name ("Menteri Komunikasi Ghana").
// (A word is matched against the names of one word, a whole run against all of them.)
const PLACES = new Set([...COUNTRY_NAMES, ...DEMONYMS, ...FOREIGN_CITIES].map((n) => n.toLowerCase()));
/** Is `name` a country's, its people's or a foreign city's ("Kanada", "New Zealand")? */
export const isPlace = (name: string) => PLACES.has(name.toLowerCase());
const institutional = (word: string) => {
  const lower = word.toLowerCase();
  return INSTITUTIONAL.has(lower) || isPlace(lower);
};
// Words that end a name: a verb of speech, a relative, "and", or a title-case headline going on ("… Josephine Teo On
// The Online Safety …").
const STOP_AFTER_NAME = new Set(['said', 'says', 'told', 'berkata', 'kata', 'menyatakan', 'who', 'yang', 'and', 'dan', 'on', 'the', 'at', 'to', 'in', 'for', 'sues', 'urges', 'warns', 'slams', 'orders', 'fines', 'blocks', 'bans']);

export function cleanName(raw: string): string | null {
  const tokens = raw.replace(HONORIFIC_PREFIX, '').split(/\s+/).filter(Boolean);
  let afterHonorific = false;
  // "Seri"/"Sri" is part of a title only right after one ("Datuk Seri"); elsewhere it is a name ("Sri Mulyani").
  let previous = '';
  while (tokens.length) {
    const first = tokens[0] ?? '';
    const title: boolean = HONORIFIC_ALONE.test(first) || (afterHonorific && /^(?:Seri|Sri|Paduka|Utama)$/.test(first));
    // "Kos Sara Hidup" (cost of living) is a portfolio; "Sara" alone is a name.
    const portfolio = /^(?:sara|hidup)$/i.test(first) && /^(?:kos|sara)$/i.test(previous);
    if (!title && !portfolio && !institutional(first)) break;
    afterHonorific = title;
    previous = first;
    tokens.shift();
  }
  // "Constabulary Force's Lottery Scam Task Force": a possessive inside the run names a body's unit, not a person.
  if (tokens.slice(0, -1).some((t) => /['’]s$/.test(t))) return null;
  // "Ahmad Nizam Said.": a capitalised "Said" ending the run is a family name, not the verb.
  const cut = tokens.findIndex((t, i) => STOP_AFTER_NAME.has(t.toLowerCase()) && !(t === 'Said' && i === tokens.length - 1 && i > 0));
  if (cut >= 0) tokens.length = cut;
  // "Prime Minister Anwar Ibrahim's government": the possessive is not part of the name.
  if (tokens.length) tokens[tokens.length - 1] = tokens[tokens.length - 1]!.replace(/['’]s$/, '');
  while (tokens.length && /^(?:bin|binti|bt|bte|a\/l|a\/p|van|von|de|der)$/.test(tokens[tokens.length - 1] ?? '')) tokens.pop();
  // "Perdana Menteri New Zealand": a place of two words or more is the office's place too.
  if (tokens.length === 0 || tokens.every(institutional) || PLACES.has(tokens.join(' ').toLowerCase())) return null;
  const name = tokens.join(' ').replace(HONORIFIC_PREFIX, '');
  return name.length >= 3 ? name : null;
}

/** The role: the role word plus the organisation words before it ("Meta South-east Asia Public Policy director"). */
function roleBefore(sentence: string, roleStart: number, roleWord: string, afterRole: string): string {
  const words = sentence.slice(0, roleStart).split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i] ?? '';
    const organisational = /^(?:\p{Lu}|e\p{Lu}|\(\p{Lu}+\))/u.test(w) && !/[,;:.]$/.test(w);
    const joiner = /^(?:of|for|and|&)$/.test(w) && kept.length > 0 && i > 0 && /^\p{Lu}/u.test(words[i - 1] ?? '');
    if (!organisational && !joiner) break;
    kept.unshift(w);
  }
  while (kept.length && /^(?:The|A|An|In|On|At|By|Said|Meanwhile|However|According|Kata|Menurut)$/.test(kept[0] ?? '')) kept.shift();
  return [...kept, roleWord, afterRole].filter(Boolean).join(' ');
}

/** The people named with a role in `sentences`, first mention first, one entry per name. */
export function findPeople(sentences: readonly string[]): Person[] {
  const people: Person[] = [];
  const add = (name: string | null, role: string | null) => {
    // One word after an office is a place, a portfolio or a company far more often than a name ("Gabenor California",
    // "Menteri Kehakiman", "jurucakap Meta", "Minister of Canadian Heritage"): a person here has two names at least.
    if (!name?.includes(' ')) return;
    const known = people.find((p) => p.name.includes(name) || name.includes(p.name));
    if (!known) return void people.push({ name, role });
    // A headline's "Nurul Ain" and the text's "Nurul Ain Zahari" are one person: the full name.
    if (name.length > known.name.length) known.name = name;
    known.role ??= role;
  };
  for (const sentence of sentences) {
    if (!mayNameRole(sentence)) continue;
    ROLE_THEN_NAME.lastIndex = 0;
    for (let m = ROLE_THEN_NAME.exec(sentence); m; m = ROLE_THEN_NAME.exec(sentence)) {
      const roleWord = m[1] ?? '';
      const joiner = m[2] ?? '';
      const run = m[3] ?? '';
      // "Ketua Polis Daerah Shah Alam, Asisten Komisioner <name>": the run names the office's place, the name follows.
      const rest = sentence.slice(m.index + m[0].length);
      if (RANK_AFTER.test(rest) || (opensReport(sentence, m.index) && NAME_AFTER_COMMA.test(rest))) continue;
      const name = cleanName(run);
      // After a portfolio joined by "dan", one word left is the portfolio's place ("… dan Infrastruktur Turki"), not a name.
      if (!name || (/\sdan\s/.test(run) && !name.includes(' '))) continue;
      // Institutional words peeled off the name belong to the role ("Menteri Komunikasi").
      const bare = run.replace(HONORIFIC_PREFIX, '');
      const peeled = bare.slice(0, bare.indexOf(name.split(' ')[0] ?? '')).trim().replace(TRAILING_HONORIFICS, '').trim();
      add(name, roleBefore(sentence, m.index, roleWord, [joiner, peeled].filter(Boolean).join(' ')));
      // Read on from the name's end: "Menteri Fahmi Fadzil dan Ketua Pengarah SKMM …" names a second person.
      const nameAt = m[0].lastIndexOf(name);
      ROLE_THEN_NAME.lastIndex = m.index + (nameAt >= 0 ? nameAt + name.length : m[0].length);
    }
    ROLE_COMMA_NAME.lastIndex = 0;
    for (let m = ROLE_COMMA_NAME.exec(sentence); m; m = ROLE_COMMA_NAME.exec(sentence)) {
      // A name with no comma after it is the office's only at the sentence's start: in "After meeting TikTok's
      // vice-president Helena Lersch, Fahmi Fadzil said" the name after the comma is the sentence's subject.
      if (!/^[,.;]/.test(sentence.slice(m.index + m[0].length)) && !opensSentence(sentence, m.index)) continue;
      add(cleanName(m[3] ?? ''), roleBefore(sentence, m.index, m[1] ?? '', (m[2] ?? '').trim()));
    }
    ROLE_PORTFOLIO_NAME.lastIndex = 0;
    for (let m = ROLE_PORTFOLIO_NAME.exec(sentence); m; m = ROLE_PORTFOLIO_NAME.exec(sentence)) {
      const name = cleanName(m[3] ?? '');
      // Portfolio words peeled off the name belong to the role ("… for Home Affairs Goh Pei Ming").
      if (name) add(name, roleBefore(sentence, m.index, m[0].slice(0, m[0].lastIndexOf(name)).trim(), ''));
    }
    NAME_THEN_ROLE.lastIndex = 0;
    for (let m = NAME_THEN_ROLE.exec(sentence); m; m = NAME_THEN_ROLE.exec(sentence)) {
      add(cleanName(m[1] ?? ''), (m[3] ?? '').trim());
    }
  }
  return people;
}
