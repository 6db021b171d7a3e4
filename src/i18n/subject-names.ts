// Malay display names of the taxonomy's platforms, actors and issues, by id. Kept with the site's other Malay copy, not
// in data/taxonomy/: those files belong to the tagger, whose schema takes no display name but `name` (the Malay
// aliases there are what the tagger matches, not names to show). tests/i18n checks every id of data/taxonomy has one.
// A name the same in both languages (most platforms) needs no entry.
import type { Locale } from './locales.ts';

export const MALAY_SUBJECT_NAMES: Readonly<Record<string, string>> = {
  // platforms
  x: 'X (dahulunya Twitter)',
  // actors
  kkd: 'Kementerian Komunikasi, Malaysia',
  mcmc: 'Suruhanjaya Komunikasi dan Multimedia Malaysia (SKMM)',
  pdrm: 'Polis Diraja Malaysia (PDRM)',
  'agc-my': 'Jabatan Peguam Negara, Malaysia',
  bnm: 'Bank Negara Malaysia',
  'parliament-my': 'Parlimen Malaysia',
  esafety: 'Pesuruhjaya eSafety (Australia)',
  acma: 'Pihak Berkuasa Komunikasi dan Media Australia (ACMA)',
  imda: 'Pihak Berkuasa Pembangunan Media Infokom (IMDA, Singapura)',
  'mddi-sg': 'Kementerian Pembangunan Digital dan Maklumat (Singapura)',
  komdigi: 'Kementerian Komunikasi dan Digital, Indonesia (Komdigi; dahulunya Kominfo)',
  'european-commission': 'Suruhanjaya Eropah',
  ofcom: 'Ofcom (United Kingdom)',
  'ico-uk': 'Pejabat Pesuruhjaya Maklumat (United Kingdom)',
  ftc: 'Suruhanjaya Perdagangan Persekutuan (Amerika Syarikat)',
  fcc: 'Suruhanjaya Komunikasi Persekutuan (Amerika Syarikat)',
  'us-congress': 'Kongres Amerika Syarikat',
  'other-government': 'Badan kerajaan lain',
  // issues
  licensing: 'Pelesenan platform',
  'code-of-conduct': 'Kod tatalaku dan amalan',
  'online-safety-law': 'Undang-undang keselamatan dalam talian',
  'child-safety': 'Keselamatan kanak-kanak',
  scams: 'Scam dan penipuan dalam talian',
  'online-gambling': 'Perjudian dalam talian',
  cyberbullying: 'Buli siber dan gangguan dalam talian',
  'hate-speech': 'Ucapan kebencian dan 3R (kaum, agama, raja)',
  misinformation: 'Maklumat salah dan disinformasi',
  'content-removal': 'Penurunan, pemadaman dan penyekatan kandungan',
  privacy: 'Privasi dan perlindungan data',
  'age-assurance': 'Pengesahan umur dan had umur minimum',
  'ad-verification': 'Pengesahan pengiklan dan iklan scam',
  'ai-deepfakes': 'Kandungan janaan AI dan deepfake',
  taxation: 'Percukaian perkhidmatan digital',
  'terrorism-extremism': 'Keganasan dan ekstremisme ganas',
};

/** The name to show for a subject: its Malay name on a Malay page where it has one, else `english`. */
export function localSubjectName(locale: Locale, id: string, english: string): string {
  return locale === 'ms' ? (MALAY_SUBJECT_NAMES[id] ?? english) : english;
}
