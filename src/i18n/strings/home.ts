// The home page.
import type { Strings } from '../translate.ts';

export const HOME_STRINGS = {
  'home.title': { en: 'Home', ms: 'Laman utama' },
  'home.lede': {
    en: 'What governments, regulators and platforms say about regulating social media: {statements} statements and events, {commitments} commitments, {threads} dispute threads (checked by an editor or found with high confidence).',
    ms: 'Apa yang dikatakan oleh kerajaan, pengawal selia dan platform tentang pengawalseliaan media sosial: {statements} kenyataan dan peristiwa, {commitments} komitmen, {threads} rangkaian pertikaian (disemak oleh editor atau ditemui dengan keyakinan tinggi).',
  },
  'home.latest': { en: 'Latest statements', ms: 'Kenyataan terkini' },
  'home.rss': { en: 'RSS feed', ms: 'Suapan RSS' },
  'home.allData': { en: 'All data', ms: 'Semua data' },
  'home.due': { en: 'Commitments falling due', ms: 'Komitmen menghampiri tarikh akhir' },
  'home.noDue': { en: 'No open commitments with a due date.', ms: 'Tiada komitmen terbuka yang mempunyai tarikh akhir.' },
  'home.dueOn': { en: 'due {date}', ms: 'tarikh akhir {date}' },
  'home.evidence': { en: 'evidence', ms: 'bukti' },
  'home.settled': { en: 'Lately fulfilled or broken', ms: 'Baru-baru ini ditunaikan atau dimungkiri' },
  'home.whatShowedIt': { en: 'what showed it', ms: 'buktinya' },
  'home.thePromise': { en: 'the promise', ms: 'janjinya' },
  'home.allCommitments': { en: 'All commitments', ms: 'Semua komitmen' },
  'home.disputes': { en: 'Active disputes', ms: 'Pertikaian aktif' },
  'home.noDisputes': { en: 'No disputes found yet.', ms: 'Belum ada pertikaian ditemui.' },
  'home.threadEvents.one': { en: '{n} event, last {date}', ms: '{n} peristiwa, terakhir {date}' },
  'home.threadEvents.other': { en: '{n} events, last {date}', ms: '{n} peristiwa, terakhir {date}' },
  'home.thread': { en: 'thread', ms: 'rangkaian' },
  'home.allThreads': { en: 'All dispute threads', ms: 'Semua rangkaian pertikaian' },
  'home.trends': { en: 'Statements over time', ms: 'Kenyataan mengikut masa' },
  'home.noCharts': { en: 'The charts appear once statements are tagged.', ms: 'Carta dipaparkan sebaik sahaja kenyataan ditag.' },
  'home.byPlatform': { en: 'Statements per month by platform', ms: 'Kenyataan sebulan mengikut platform' },
  'home.byIssue': { en: 'Statements per month by issue', ms: 'Kenyataan sebulan mengikut isu' },
  'home.browse': {
    en: 'Browse by {platform}, {actor}, or {issue}.',
    ms: 'Layari mengikut {platform}, {actor} atau {issue}.',
  },
  'home.browsePlatform': { en: 'platform', ms: 'platform' },
  'home.browseActor': { en: 'government or regulator', ms: 'kerajaan atau pengawal selia' },
  'home.browseIssue': { en: 'issue', ms: 'isu' },
  'home.sourcesRead': {
    en: '{read} of {ran} sources read in the last run ({date})',
    ms: '{read} daripada {ran} sumber dibaca dalam larian terakhir ({date})',
  },
  'home.noRun': { en: 'No run of the scrapers recorded yet', ms: 'Belum ada larian pengikis direkodkan' },
  'home.details': { en: 'details', ms: 'butiran' },
} as const satisfies Strings;
