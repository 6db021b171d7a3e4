// The language of a statement's text, from how often each language's commonest words occur.
// Malay and Indonesian share most function words; a few spellings tell them apart (bahawa/bahwa, kerana/karena).

const STOPWORDS: Record<'en' | 'ms', readonly string[]> = {
  en: 'the and of to in that is for with will on was are it as be by this has have from said not at an which they their were would its or been but who also more'.split(' '),
  ms: 'yang dan di untuk dengan akan ini itu tidak dalam kepada oleh telah bagi serta pihak kerajaan adalah ke dari pada juga atau mereka kita beliau katanya menerusi sebagai bahawa kerana lebih masih sudah ialah tersebut supaya antara'.split(' '),
};
/** Words only Indonesian uses, and words only Malay uses for the same things. */
const INDONESIAN_ONLY = new Set('bahwa karena pemerintah bisa kepolisian'.split(' '));
const MALAY_ONLY = new Set('bahawa kerana kerajaan boleh menerusi sahaja iaitu'.split(' '));

const LOOKUP = new Map<string, 'en' | 'ms'>();
for (const [language, words] of Object.entries(STOPWORDS) as ['en' | 'ms', readonly string[]][])
  for (const word of words) LOOKUP.set(word, language);

/** At least this many function words must be seen before a language is named. */
const MIN_HITS = 4;

/** 'en', 'ms' or 'id'; 'und' when the text is too short or in neither language. */
export function detectLanguage(text: string): string {
  const words = (typeof text === 'string' ? text : '').toLowerCase().match(/\p{L}+/gu) ?? [];
  const hits = { en: 0, ms: 0 };
  let indonesian = 0;
  let malay = 0;
  for (const word of words) {
    const language = LOOKUP.get(word);
    if (language) hits[language]++;
    if (INDONESIAN_ONLY.has(word)) indonesian++;
    if (MALAY_ONLY.has(word)) malay++;
  }
  const total = hits.en + hits.ms;
  // Function words make up a large share of running text in both languages; a few in a long text means neither.
  if (total < MIN_HITS || total < words.length * 0.1) return 'und';
  if (hits.en >= hits.ms) return hits.en >= total * 0.6 ? 'en' : 'und';
  if (hits.ms < total * 0.6) return 'und';
  return indonesian > malay && indonesian >= 2 ? 'id' : 'ms';
}
