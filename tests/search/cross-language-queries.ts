// Issue 12's goal: 25 queries a Malaysian reader would type in Malay and their 25 English counterparts, each needing
// at least 3 relevant statements in the first 5 results over the project's real dataset (data/).
//
// Relevance is decided without looking at the search engine: a statement is relevant to a query when its corrected
// tags (the tagger's tags with a person's review in data/corrections applied, the tags the site shows) carry the
// taxonomy entries the query asks about: for each kind named in `about`, at least one of the ids listed. The tags were
// reviewed statement by statement against the text; the queries were written from what a reader would type, before
// search knew any Malay.
//
// `npx tsx tests/search/cross-language-queries.ts` prints the table (query, relevant in the top 5).
import { buildSearchIndex } from '../../src/lib/search/build.ts';
import { SearchEngine } from '../../src/lib/search/engine.ts';
import { emptyState } from '../../src/lib/search/query.ts';
import type { Statement } from '../../src/lib/schema.ts';
import { loadSearchVocabulary } from '../../src/lib/search/subjects.ts';
import { correctedDataset, taxonomyNames } from '../helpers/corrected-dataset.ts';

export interface About {
  platforms?: string[];
  actors?: string[];
  issues?: string[];
}

export interface QueryPair {
  ms: string;
  en: string;
  about: About;
}

export const QUERY_PAIRS: QueryPair[] = [
  { ms: 'pelesenan media sosial', en: 'social media licensing', about: { issues: ['licensing'] } },
  { ms: 'lesen platform', en: 'platform licence', about: { issues: ['licensing'] } },
  { ms: 'penipuan dalam talian', en: 'online scams', about: { issues: ['scams'] } },
  { ms: 'keselamatan kanak-kanak', en: 'child safety', about: { issues: ['child-safety'] } },
  { ms: 'SKMM', en: 'MCMC', about: { actors: ['mcmc'] } },
  { ms: 'Akta Keselamatan Dalam Talian', en: 'Online Safety Act', about: { issues: ['online-safety-law'] } },
  { ms: 'had umur media sosial', en: 'social media minimum age', about: { issues: ['age-assurance'] } },
  { ms: 'buli siber', en: 'cyberbullying', about: { issues: ['cyberbullying'] } },
  { ms: 'judi dalam talian', en: 'online gambling', about: { issues: ['online-gambling'] } },
  { ms: 'kod tatakelakuan', en: 'code of conduct', about: { issues: ['code-of-conduct'] } },
  { ms: 'berita palsu', en: 'fake news', about: { issues: ['misinformation'] } },
  { ms: 'ucapan kebencian', en: 'hate speech', about: { issues: ['hate-speech'] } },
  { ms: 'iklan penipuan', en: 'scam ads', about: { issues: ['ad-verification'] } },
  { ms: 'kandungan janaan AI', en: 'AI-generated content', about: { issues: ['ai-deepfakes'] } },
  { ms: 'penurunan kandungan', en: 'content takedown', about: { issues: ['content-removal'] } },
  { ms: 'perlindungan data peribadi', en: 'personal data protection', about: { issues: ['privacy'] } },
  { ms: 'Kementerian Komunikasi', en: 'Communications Ministry', about: { actors: ['kkd'] } },
  { ms: 'polis', en: 'police', about: { actors: ['pdrm'] } },
  { ms: 'Parlimen', en: 'Parliament', about: { actors: ['parliament-my'] } },
  { ms: 'lesen TikTok', en: 'TikTok licence', about: { platforms: ['tiktok'], issues: ['licensing'] } },
  { ms: 'penipuan Facebook', en: 'Facebook scams', about: { platforms: ['facebook', 'meta'], issues: ['scams'] } },
  { ms: 'Suruhanjaya Eropah', en: 'European Commission', about: { actors: ['european-commission'] } },
  { ms: 'pelesenan Telegram', en: 'Telegram licensing', about: { platforms: ['telegram'], issues: ['licensing'] } },
  { ms: 'pengesahan umur', en: 'age verification', about: { issues: ['age-assurance'] } },
  { ms: 'akaun keldai', en: 'mule accounts', about: { issues: ['scams'] } },
];

export const TOP = 5;
export const NEEDED = 3;

export function isRelevant(s: Statement, about: About): boolean {
  return (['platforms', 'actors', 'issues'] as const).every((kind) => {
    const wanted = about[kind];
    return !wanted || wanted.some((id) => s.tags?.[kind].includes(id));
  });
}

export interface QueryRow {
  query: string;
  language: 'ms' | 'en';
  relevantInTop: number;
  /** How many statements in the dataset are relevant at all. */
  relevantInData: number;
}

/** Runs every query through the engine the island runs, over the site's index of the real dataset. */
export async function queryTable(dataDir = 'data'): Promise<QueryRow[]> {
  const statements = await correctedDataset(dataDir);
  const index = buildSearchIndex(statements, { names: await taxonomyNames(dataDir), vocabulary: await loadSearchVocabulary(dataDir) });
  const engine = await SearchEngine.open(async (name) => JSON.parse(index.render(name)));
  const byId = new Map(statements.map((s) => [s.id, s]));
  const rows: QueryRow[] = [];
  for (const pair of QUERY_PAIRS) {
    for (const language of ['ms', 'en'] as const) {
      const result = await engine.search({ ...emptyState(), q: pair[language] });
      const cards = await engine.cards(result.docs.subarray(0, TOP));
      rows.push({
        query: pair[language],
        language,
        relevantInTop: cards.filter((c) => isRelevant(byId.get(c.id)!, pair.about)).length,
        relevantInData: statements.filter((s) => isRelevant(s, pair.about)).length,
      });
    }
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await queryTable();
  for (let i = 0; i < rows.length; i += 2) {
    const [ms, en] = [rows[i]!, rows[i + 1]!];
    console.log(`| ${ms.query} | ${ms.relevantInTop} | ${en.query} | ${en.relevantInTop} | ${ms.relevantInData} |`);
  }
  const met = rows.filter((r) => r.relevantInTop >= NEEDED);
  console.log(`${met.filter((r) => r.language === 'ms').length}/25 Malay and ${met.filter((r) => r.language === 'en').length}/25 English queries have ${NEEDED}+ relevant in the top ${TOP}`);
}
