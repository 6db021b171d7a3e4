// Is a statement about regulating or governing online platforms? A score from what the tagger found (issues,
// platforms, actors), from regulatory, online and off-topic words (sport, markets, weather, plain crime), and from
// whether a governing act (a law, an order, a ban, a platform's policy) meets an online service in a sentence: a
// platform named in passing (a scam victim's loss, a post by an athlete, "follow our Telegram channel") is not enough.
import { sentenceAt, sentenceIndexAt } from './text.ts';
import { factored, wordStartsLookingBehind } from './alias-source.ts';
import { RELEVANCE_WEIGHTS } from './relevance-weights.ts';
import { Probe } from './probe.ts';

export interface Relevance {
  relevant: boolean;
  relevance: number;
  reason: string;
}
export interface RelevanceSignals {
  issues: string[];
  platforms: string[];
  actors: string[];
  /** The actors that are police forces: they do not count, since a police force with a platform is mostly a crime
   *  report ("Cambodian police freed 60 … recruited through Facebook"); police enforcing an online law still make a
   *  statement relevant through the issue, the law's words and the governing act. */
  police: string[];
  /** A governing act and an online service meet in a sentence (`relevanceEvidence`). */
  governed: boolean;
}

const REGULATORY =
  factored(/\b(?:regulat\w*|laws?|legislation|act|bill|licen[cs]\w*|enforce\w*|complian\w*|comply|policy|policies|rules?|guidelines?|codes?|fine[ds]?|penalt\w*|ban(?:s|ned)?|order(?:ed|s)?|notices?|directive|ministry|minister|government|commission|regulator|watchdog|authority|court|parliament|lawmakers|undang-undang|akta|peraturan|kawal selia|penguatkuasaan|pematuhan|mematuhi|garis panduan|dasar|kerajaan|kementerian|menteri|suruhanjaya|mahkamah|parlimen|denda|arahan|notis|lesen|larangan|penalti|pihak berkuasa|pengawal selia|perintah|kod)\b/gi);
const ONLINE =
  /\b(?:online|internet|social media|platforms?|apps?|messaging|websites?|digital|users|accounts|posts|content|live ?streams?|media sosial|dalam talian|aplikasi|pengguna|kandungan|laman web|hantaran|siber|cyber|communications and multimedia act|akta komunikasi dan multimedia|section 233|seksyen 233)\b/gi;
// "Online" as the way to do a public errand ("boleh diperbaharui secara dalam talian", "renew it online", "melalui
// portal MyEG") is not an online service being governed: a driving licence renewed online is still a driving licence.
const ONLINE_AS_MEANS =
  wordStartsLookingBehind(factored(/\b(?:secara|boleh dibuat|dibuat|dilakukan|memohon|mohon|membayar|bayar|memperbaharui|diperbaharui|mendaftar|didaftarkan)\s+(?:[\p{L}-]+\s+){0,2}(?:dalam talian|online)\b|\b(?:apply|applied|renew|renewed|pay|paid|register|registered|book|booked)\s+(?:[\p{L}-]+\s+){0,2}online\b|\b(?:melalui|through|via)\s+(?:(?:the|its)\s+)?portal\b/giu));
// Licences that are not for an online service: driving, business, courier, liquor, spectrum, gambling, hunting.
const OTHER_LICENCE_KIND =
  '(?:driving|memandu|kenderaan|vehicle|business|perniagaan|trade|courier|kurier|pos|postal|logging|balak|liquor|arak|alcohol|alkohol|spectrum|spektrum|broadcast|penyiaran|firearms?|senjata|gaming|judi|hunting|fishing|game|memburu)';
const OTHER_KIND_OF_LICENCE = String.raw`${OTHER_LICENCE_KIND}\s+(?:\w+\s+)?licen[cs]\w*|lesen\s+${OTHER_LICENCE_KIND}`;
const OFF_TOPIC = factored(new RegExp(
  String.raw`\b(?:${OTHER_KIND_OF_LICENCE}|goals?|match(?:es)?|league|coach|striker|tournament|championship|squad|stadium|badminton|football|athletes?|doping|sports?|quarterly|revenue|profit|shares|earnings|dividend|Bursa|stock market|analysts|forecasts?|rain|thunderstorms?|flood\w*|weather|monsoon|perlawanan|jurulatih|skuad|kejohanan|liga|bola sepak|atlet|sukan|keuntungan|saham|dagangan|hujan|banjir|cuaca|ribut|robb\w*|stole|stealing|murder\w*|remanded|mencuri|direman|bunuh|blaze|kebakaran|album|concert|konsert|harvest|prices|harga|crash\w*|accident|killed|injured|kemalangan|maut|cedera|sales?|customers|shoppers|jualan|pelanggan|awards?|anugerah|rugi|kerugian|ditipu|tertipu|diperdaya|ditahan|suspek|arrested|suspects?|laporan polis|police report|Seksyen 420|pesara|retiree|pelaburan|investments?|invest|pusat data|data cent(?:re|er)s?)\b`,
  'gi',
));

// The platforms a licence sentence names most often, by name.
const PLATFORM_NAMES = 'Meta|Facebook|TikTok|Telegram|WhatsApp|Google|YouTube|X|Twitter|Instagram|WeChat';
// A licence is Pantau's issue only for an online service: not a driving, business, courier or logging licence. A
// communications regulator licenses posts and broadcasters too, so naming one is enough only in a statement naming
// no such service.
const ONLINE_SERVICE = factored(
  new RegExp(
    String.raw`\b(?:social media|platforms?|messaging|internet|online|apps?|services? providers?|class licen[cs]e|media sosial|pesanan internet|dalam talian|penyedia (?:perkhidmatan|platform)|aplikasi|PSE|electronic system|sistem elektronik)\b|\b(?:${PLATFORM_NAMES}|Shopee|Lazada)\b`,
    'i',
  ),
);
const ONLINE_REGULATOR = /\b(?:MCMC|SKMM|Suruhanjaya Komunikasi|Communications and Multimedia Commission|eSafety|Ofcom|IMDA|Komdigi|Kominfo)\b/i;
const OFFLINE_SERVICE = /\b(?:pos|postal|post office|courier|kurier|parcels?|bungkusan|broadcast\w*|penyiaran|spectrum|spektrum|radio|television|televisyen)\b/i;
const licensesOnline = (sentence: string, text: string) =>
  ONLINE_SERVICE.test(sentence) || (ONLINE_REGULATOR.test(sentence) && !OFFLINE_SERVICE.test(text));
const OTHER_LICENCE = new RegExp(String.raw`\b${OTHER_LICENCE_KIND}\s+(?:\w+\s+)?$|^\s*${OTHER_LICENCE_KIND}\b`, 'i');
// Licensed as something other than a platform: a network operator, a lender, a venue ("all licensed internet service
// providers", "licensed by BNM").
const LICENSED_NON_PLATFORM =
  /^\s+(?:internet (?:access )?service providers|(?:mobile |network |telecom\w* )?operators|venues|retailers|drivers|lenders|slots|advertising agenc\w*|by (?:BNM|Bank Negara|the Securities Commission)|with OJK)\b/i;

const OTHER_KIND_ANYWHERE = new RegExp(String.raw`\b(?:${OTHER_KIND_OF_LICENCE})\b`, 'i');
const SOCIAL_PLATFORM = new RegExp(
  String.raw`\b(?:social media|media sosial|platforms? (?:media sosial|digital)|(?:social media|digital|online) platforms?|messaging|pesanan|${PLATFORM_NAMES})\b`,
);
/** Licensing mentions that are about an online service: in a sentence naming one, not a driving or trade licence. */
export function onlineLicensing<T extends { id: string; start: number; end: number }>(
  mentions: T[],
  text: string,
  sentences: readonly { text: string; start: number }[],
): T[] {
  // Read only where there is a licence to judge: the RegExp costs much at every place of the text.
  const otherKind = mentions.some((m) => m.id === 'licensing') && OTHER_KIND_ANYWHERE.test(text);
  return mentions.filter((m) => {
    if (m.id !== 'licensing') return true;
    const sentence = sentenceAt(sentences, m.start);
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const after = text.slice(m.end, m.end + 40);
    if (OTHER_LICENCE.test(before) || OTHER_LICENCE.test(after) || LICENSED_NON_PLATFORM.test(after)) return false;
    if (sentence === undefined) return false;
    // In a statement about a driving or trade licence, a licence elsewhere is that one unless a platform is named
    // beside it ("renew it through the Authority's online services platform" is an errand done online).
    if (otherKind && !SOCIAL_PLATFORM.test(sentence.text)) return false;
    return licensesOnline(sentence.text.replace(ONLINE_AS_MEANS, ' '), text);
  });
}

// Acts of governing (a law, a bill, an order, a fine, a ban, a block, a requirement, an agreement signed; a platform's
// labels, removals, verification and safety tools), not the bodies that govern: a ministry's weather warning or a
// police force's crime figures are no such act. A licence is one only for an online service: the licensing issue,
// which `onlineLicensing` keeps to those.
const GOVERNING_ACT =
  factored(/\b(?:laws?|legislation|act|bills?|regulat\w*|enforce\w*|complian\w*|comply|polic(?:y|ies)|rules?|guidelines?|codes?|fine[ds]?|fining|penalt\w*|ban(?:s|ned|ning)?|block(?:s|ed|ing)?|order(?:ed|s)?|notices?|directives?|requir(?:e|es|ed|ing|ements?)|prohibit\w*|su(?:e|es|ed|ing)|lawsuits?|rulings?|summon(?:s|ed)?|criticis\w*|criticiz\w*|accus\w*|challeng\w*|minimum age|age limits?|suspen(?:d|ds|ded|sion)|undang-undang|akta|RUU|peraturan|kawal selia|dikawal selia|penguatkuasaan|menguatkuasakan|pematuhan|mematuhi|patuh|garis panduan|dasar(?!\s+laut)|denda|mendenda|didenda|kompaun|arahan|mengarahkan|diarahkan|notis|sekat|sekatan|menyekat|disekat|haram|mengharamkan|diharamkan|larangan|melarang|dilarang|saman|menyaman|disaman|mengkritik|dikritik|kritikan|menuduh|dituduh|mencabar|mengecam|dikecam|blokir|memblokir|diblokir|mewajibkan|diwajibkan|wajib|had umur|umur minimum|kanun|kod (?:tatakelakuan|amalan|etika|industri)|penggantungan|menggantung|digantung|labels?|labell?(?:ed|ing)|fact-check\w*|watermark\w*|moderat\w*|remov(?:e|es|ed|ing|al)|take(?:s|n)? down|takedown|restrict\w*|verif(?:y|ies|ied|ication)|safeguards?|safety (?:features?|tools?|measures?)|parental controls?|community (?:guidelines|standards)|terms of (?:service|use)|transparency reports?|(?:me|di)label(?:kan)?|semakan fakta|memadam|dipadam|menurunkan|diturunkan|mengehadkan|dihadkan|pengesahan|ciri keselamatan|kawalan ibu bapa|shut(?:s|ting)? down|shutdowns?|cut off|memutuskan|diputuskan|(?:sign(?:s|ed|ing)?|menandatangani|(?:me)?meterai)\s+(?:[\w-]+\s+){0,3}(?:agreements?|memorand(?:um|a)|MoU|letters? of understanding|perjanjian|memorandum))\b/i);
// Enforcement and summons, where a regulator or ministry takes part: "a joint police and MCMC operation", "siasatan
// SKMM", "the MCMC will meet X over …".
const AUTHORITY_ACTION =
  /\b(?:operations?|operasi|raids?|serbuan|investigat\w*|siasatan|menyiasat|probes?|meet(?:s|ing)?|met|talks|bertemu|pertemuan|rundingan)\b/i;
const ONLINE_WORD = new RegExp(ONLINE.source, 'i');
// A party named by reference: "the company", "it", "the platform", "syarikat itu", "ia".
const REFERS_BACK =
  /\b(?:the|this|that) (?:company|firm|platform|app|service|network|ministry|regulator|commission|government|authority|court)\b|\b(?:syarikat|platform|aplikasi|kementerian|suruhanjaya|kerajaan|mahkamah|pihak berkuasa) (?:itu|tersebut|berkenaan)\b|^(?:It|Ia|They|Mereka)\b|\b(?:it|ia) (?:would|will|had|has|akan|telah)\b/;
// A sentence pointing readers to a channel ("updates on its official Telegram channel", "boleh dimuat turun di Google
// Play", "complaints through its WhatsApp hotline"): the platform there is a medium, not something governed.
const CHANNEL =
  factored(/\b(?:akaun|saluran|laman(?: web| sesawang)?|halaman|portal|account|page|channel|handle|website|hotline)s?\b[^.]{0,30}?\b(?:rasmi|official)\b|\b(?:official|its|our|their)\s+(?:[\w-]+\s+){0,2}(?:accounts?|pages?|channels?|handles?|websites?|hotlines?)\b|\b(?:maklumat (?:lanjut|terkini)|for (?:more|further) (?:information|details)|download\w*|muat turun|dimuat turun|can be (?:found|downloaded|reached|followed)|available (?:on|at|via|from)|follow (?:us|its|our|the)|contact\w*|hubungi|menghubungi|melayari)\b/i);

interface Located {
  id: string;
  start: number;
  end: number;
}
interface Mentions {
  platforms: Located[];
  issues: Located[];
  /** Regulators and ministries: in a statement naming one, operations, investigations and meetings are governing acts. */
  authorities: Located[];
}
/**
 * What relevance is judged on: the text and platforms outside channel sentences, and whether a governing act and an
 * online service (a platform, an issue, an online word) meet in one sentence, or in the next or previous one when the
 * act's sentence refers back to a party ("OpenAI committed to labels on images its tools make. The company said it
 * would also block …").
 */
export function relevanceEvidence(
  text: string,
  sentences: readonly { text: string; start: number }[],
  { platforms, issues, authorities }: Mentions,
): { text: string; platforms: Located[]; governed: boolean } {
  // Which sentences hold a platform, an issue, an online licence, a regulator or ministry.
  const holding = (mentions: Located[]) => new Set(mentions.map((m) => sentenceIndexAt(sentences, m.start)));
  const withPlatform = holding(platforms);
  const withIssue = holding(issues);
  const withLicence = holding(issues.filter((m) => m.id === 'licensing'));
  const withAuthority = holding(authorities);
  const acts: boolean[] = [];
  const channels: number[] = [];
  sentences.forEach((s, i) => {
    // The sets first: a sentence they settle is not read with the RegExps.
    const act =
      withLicence.has(i) ||
      // A regulator or ministry and a platform in one sentence: the authority acting on the platform, or answering it.
      (withAuthority.has(i) && withPlatform.has(i)) ||
      GOVERNING_ACT.test(s.text) ||
      (authorities.length > 0 && AUTHORITY_ACTION.test(s.text));
    if (!act && CHANNEL.test(s.text)) channels.push(i);
    acts.push(act);
  });
  // Dropping a phrase that starts and ends at a word boundary leaves no online word that was not there (their only
  // non-letters are single spaces between letters): the costly dropping is done only in sentences that have one.
  const onlineWord = (sentence: string) => ONLINE_WORD.test(sentence) && ONLINE_WORD.test(sentence.replace(ONLINE_AS_MEANS, ' '));
  // Whether a sentence names an online service, read only where an act beside it asks, once.
  const services: (boolean | undefined)[] = [];
  const service = (i: number): boolean => {
    if (i < 0 || i >= sentences.length) return false;
    return (services[i] ??= !channels.includes(i) && (withPlatform.has(i) || withIssue.has(i) || onlineWord(sentences[i]!.text)));
  };
  const governed = acts.some((act, i) => act && (service(i) || ((service(i - 1) || service(i + 1)) && REFERS_BACK.test(sentences[i]!.text))));
  let kept = text;
  for (const i of channels) {
    const s = sentences[i]!;
    kept = kept.slice(0, s.start) + ' '.repeat(s.text.length) + kept.slice(s.start + s.text.length);
  }
  const outside = new Set(channels);
  const keptPlatforms = outside.size ? platforms.filter((m) => !outside.has(sentenceIndexAt(sentences, m.start))) : platforms;
  return { text: kept, platforms: keptPlatforms, governed };
}

/** How many different words `re` (global) finds in `text`, up to `cap`: the reading stops there. */
function count(re: RegExp, text: string, cap: number): number {
  const words = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = words.size < cap ? re.exec(text) : null) words.add(m[0].toLowerCase());
  return words.size;
}

/** What the relevance score weighs, each a number for one statement. */
export const RELEVANCE_FEATURES = [
  /** Issues found, up to three. */
  'issues',
  /** A platform named, or two online words. */
  'online',
  /** A public body named that is not a police force. */
  'governing',
  /** Such a body and a platform named together: the core of what Pantau follows. */
  'governingPlatform',
  /** Regulatory words, up to four different ones. */
  'regulatoryWords',
  /** Online words, up to three. */
  'onlineWords',
  /** Off-topic words (sport, markets, weather, plain crime), up to four. */
  'offTopicWords',
  /** A governing act beside an online service in a sentence: without one, platforms are named in passing. */
  'governed',
] as const;
export type RelevanceFeature = (typeof RELEVANCE_FEATURES)[number];
export type RelevanceFeatures = Record<RelevanceFeature, number>;

export function relevanceFeatures(text: string, found: RelevanceSignals): RelevanceFeatures {
  const online = count(ONLINE, text, 3);
  const governing = found.actors.length > found.police.length;
  return {
    issues: Math.min(found.issues.length, 3),
    online: found.platforms.length > 0 || online >= 2 ? 1 : 0,
    governing: governing ? 1 : 0,
    governingPlatform: governing && found.platforms.length > 0 ? 1 : 0,
    regulatoryWords: count(REGULATORY, text, 4),
    onlineWords: online,
    offTopicWords: count(OFF_TOPIC, text, 4),
    governed: found.governed ? 1 : 0,
  };
}

// Every labelled statement the weights were fitted on has at least this many words: shorter ones (a news brief, a
// platform's two-line post) keep the weights set by hand before the fit, which a fit on long statements would
// misjudge (the count of regulatory and online words grows with length).
export const FITTED_FROM_WORDS = 100;
const HAND_SET_WEIGHTS: typeof RELEVANCE_WEIGHTS = {
  intercept: -3.5, issues: 1.2, online: 0.8, governing: 0.6, governingPlatform: 0.7,
  regulatoryWords: 0.25, onlineWords: 0.3, offTopicWords: -0.6, governed: 2,
};

/** The words of `text`, counted up to `cap`. */
function wordsUpTo(text: string, cap: number): number {
  const word = /\S+/g;
  let n = 0;
  while (n < cap && word.test(text)) n++;
  return n;
}

/** A statement is relevant from this chance on. */
export const RELEVANT_FROM = 0.5;

/** The chance the weights give a statement with these features, to three places. */
export function relevanceChance(features: RelevanceFeatures, weights: typeof RELEVANCE_WEIGHTS): number {
  let z = weights.intercept;
  for (const f of RELEVANCE_FEATURES) z += weights[f] * features[f];
  return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
}

// While the weights are fitted, each statement's features are handed to the fit (`withRelevanceProbe`).
const probe = new Probe<(features: RelevanceFeatures, longEnough: boolean) => void>();

/** Runs `run` with the features of every statement scored handed to `record`, and whether it is long enough to be
 *  scored with the fitted weights. */
export const withRelevanceProbe = <T>(record: (features: RelevanceFeatures, longEnough: boolean) => void, run: () => T): T =>
  probe.with(record, run);

/** The chance that a statement is about governing online platforms: a logistic model of its features, with the
 *  weights fitted on the claims sets' development halves (relevance-weights.ts) for a statement as long as those. */
export function scoreRelevance(text: string, found: RelevanceSignals): Relevance {
  const features = relevanceFeatures(text, found);
  const longEnough = wordsUpTo(text, FITTED_FROM_WORDS) >= FITTED_FROM_WORDS;
  probe.get()?.(features, longEnough);
  const relevance = relevanceChance(features, longEnough ? RELEVANCE_WEIGHTS : HAND_SET_WEIGHTS);
  const relevant = relevance >= RELEVANT_FROM;
  const parts: string[] = [];
  if (found.issues.length) parts.push(`issues: ${found.issues.join(', ')}`);
  if (found.platforms.length) parts.push(`platforms: ${found.platforms.join(', ')}`);
  if (found.actors.length) parts.push(`actors: ${found.actors.join(', ')}`);
  parts.push(`${features.regulatoryWords} regulatory, ${features.onlineWords} online, ${features.offTopicWords} off-topic terms`);
  if (!found.governed) parts.push('no governing act on an online service');
  const verdict = relevant ? 'about governing online platforms' : 'not about governing online platforms';
  return { relevant, relevance, reason: `${verdict} (${parts.join('; ')})` };
}
