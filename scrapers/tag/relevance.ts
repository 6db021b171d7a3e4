// Is a statement about regulating or governing online platforms? A score from what the tagger found (issues,
// platforms, actors) and from regulatory, online and off-topic words (sport, markets, weather, plain crime).
import { sentenceAt } from './text.ts';

export interface Relevance {
  relevant: boolean;
  relevance: number;
  reason: string;
}
export interface RelevanceSignals {
  issues: string[];
  platforms: string[];
  actors: string[];
}

const REGULATORY =
  /\b(?:regulat\w*|laws?|legislation|act|bill|licen[cs]\w*|enforce\w*|complian\w*|comply|policy|policies|rules?|guidelines?|codes?|fine[ds]?|penalt\w*|ban(?:s|ned)?|order(?:ed|s)?|notices?|directive|ministry|minister|government|commission|regulator|watchdog|authority|court|parliament|lawmakers|undang-undang|akta|peraturan|kawal selia|penguatkuasaan|pematuhan|mematuhi|garis panduan|dasar|kerajaan|kementerian|menteri|suruhanjaya|mahkamah|parlimen|denda|arahan|notis)\b/gi;
const ONLINE =
  /\b(?:online|internet|social media|platforms?|apps?|messaging|websites?|digital|users|accounts|posts|content|live ?streams?|media sosial|dalam talian|aplikasi|pengguna|kandungan|laman web|hantaran|siber|cyber)\b/gi;
const OFF_TOPIC =
  /\b(?:goals?|match(?:es)?|league|coach|striker|tournament|championship|squad|stadium|badminton|football|quarterly|revenue|profit|shares|earnings|dividend|Bursa|stock market|analysts|forecasts?|rain|thunderstorms?|flood\w*|weather|monsoon|perlawanan|jurulatih|skuad|keuntungan|saham|dagangan|hujan|banjir|cuaca|ribut|robb\w*|stole|stealing|murder\w*|remanded|mencuri|direman|bunuh|blaze|kebakaran|album|concert|konsert|harvest|prices|harga|crash\w*|accident|killed|injured|kemalangan|maut|cedera|sales?|customers|shoppers|jualan|pelanggan|awards?|anugerah|rugi|kerugian|ditipu|tertipu|diperdaya|ditahan|suspek|arrested|suspects?|laporan polis|police report|Seksyen 420|pesara|retiree|lesen memandu|driving licen[cs]es?|pelaburan|investments?|invest|pusat data|data cent(?:re|er)s?)\b/gi;

// A licence is Pantau's issue only for an online service: not a driving, business, courier or logging licence.
const LICENCE_OF_ONLINE =
  /\b(?:social media|platforms?|messaging|internet|online|apps?|services? providers?|class licen[cs]e|media sosial|pesanan internet|dalam talian|penyedia (?:perkhidmatan|platform)|aplikasi|PSE|electronic system|sistem elektronik|MCMC|SKMM|Suruhanjaya Komunikasi|Communications and Multimedia Commission|eSafety|Ofcom|IMDA|Komdigi|Kominfo)\b|\b(?:Meta|Facebook|TikTok|Telegram|WhatsApp|Google|YouTube|X|Twitter|Instagram|WeChat|Shopee|Lazada)\b/i;
const OTHER_LICENCE = /\b(?:driving|memandu|kenderaan|vehicle|business|perniagaan|courier|kurier|pos|postal|logging|balak|liquor|arak|spectrum|spektrum|broadcast|penyiaran|firearms?|senjata|gaming|judi)\s+(?:\w+\s+)?$|^\s*(?:memandu|kenderaan|perniagaan|pos|kurier|balak|arak)\b/i;

/** Licensing mentions that are about an online service: in a sentence naming one, not a driving or trade licence. */
export function onlineLicensing<T extends { id: string; start: number; end: number }>(
  mentions: T[],
  text: string,
  sentences: readonly { text: string; start: number }[],
): T[] {
  return mentions.filter((m) => {
    if (m.id !== 'licensing') return true;
    const sentence = sentenceAt(sentences, m.start);
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    if (OTHER_LICENCE.test(before) || OTHER_LICENCE.test(text.slice(m.end, m.end + 20))) return false;
    return sentence !== undefined && LICENCE_OF_ONLINE.test(sentence.text);
  });
}

const count = (re: RegExp, text: string, cap: number) => Math.min(cap, new Set((text.match(re) ?? []).map((w) => w.toLowerCase())).size);

export function scoreRelevance(text: string, found: RelevanceSignals): Relevance {
  const regulatory = count(REGULATORY, text, 4);
  const online = count(ONLINE, text, 3);
  const offTopic = count(OFF_TOPIC, text, 4);
  const z =
    -2 +
    1.2 * Math.min(found.issues.length, 3) +
    (found.platforms.length > 0 || online >= 2 ? 0.8 : 0) +
    (found.actors.length > 0 ? 0.6 : 0) +
    // An authority and a platform named together is the core of what Pantau follows.
    (found.actors.length > 0 && found.platforms.length > 0 ? 0.7 : 0) +
    0.25 * regulatory +
    0.3 * online -
    0.6 * offTopic;
  const relevance = Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
  const relevant = relevance >= 0.5;
  const parts: string[] = [];
  if (found.issues.length) parts.push(`issues: ${found.issues.join(', ')}`);
  if (found.platforms.length) parts.push(`platforms: ${found.platforms.join(', ')}`);
  if (found.actors.length) parts.push(`actors: ${found.actors.join(', ')}`);
  parts.push(`${regulatory} regulatory, ${online} online, ${offTopic} off-topic terms`);
  const verdict = relevant ? 'about governing online platforms' : 'not about governing online platforms';
  return { relevant, relevance, reason: `${verdict} (${parts.join('; ')})` };
}
