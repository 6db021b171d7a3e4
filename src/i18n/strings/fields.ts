// The data page's dictionary of the statement record's fields and of commitments.csv's columns.
import type { Strings } from '../translate.ts';

export const FIELD_STRINGS = {
  'field.id': {
    en: 'First 16 hex digits of sha256 of the canonical URL: the same page always has the same id.',
    ms: '16 digit heks pertama sha256 bagi URL kanonik: halaman yang sama sentiasa mempunyai id yang sama.',
  },
  'field.origin': {
    en: '"scraped": the text is the source\'s own. "curated": written by Pantau\'s editors; only our summary is kept.',
    ms: '"scraped": teks adalah milik sumber sendiri. "curated": ditulis oleh editor Pantau; hanya ringkasan kami disimpan.',
  },
  'field.url': { en: 'The address the statement was found at (http or https only).', ms: 'Alamat tempat kenyataan ditemui (http atau https sahaja).' },
  'field.canonicalUrl': {
    en: 'The address with tracking parameters removed and AMP or mobile variants folded.',
    ms: 'Alamat dengan parameter penjejakan dibuang dan varian AMP atau mudah alih disatukan.',
  },
  'field.sourceId': { en: 'The source declaration that found it (see Sources).', ms: 'Perisytiharan sumber yang menemuinya (lihat Sumber).' },
  'field.outlet': { en: 'The publisher as shown to readers.', ms: 'Penerbit seperti yang dipaparkan kepada pembaca.' },
  'field.kind': { en: 'ministry, regulator, news or platform.', ms: 'ministry (kementerian), regulator (pengawal selia), news (berita) atau platform.' },
  'field.jurisdiction': { en: 'ISO 3166-1 alpha-2 country code, or EU.', ms: 'Kod negara ISO 3166-1 alpha-2, atau EU.' },
  'field.language': { en: 'ISO 639 language code of the text.', ms: 'Kod bahasa ISO 639 bagi teks.' },
  'field.title': {
    en: 'The headline as published, or a description written by Pantau (see titleBy).',
    ms: 'Tajuk seperti yang diterbitkan, atau perihalan yang ditulis oleh Pantau (lihat titleBy).',
  },
  'field.titleBy': {
    en: '"source": the title is the source\'s headline. "pantau": Pantau described it because the headline is not known.',
    ms: '"source": tajuk ialah tajuk berita sumber. "pantau": Pantau memerihalkannya kerana tajuk asal tidak diketahui.',
  },
  'field.published': {
    en: "When the source says it published: ISO 8601 with the source's offset, or null when it does not say.",
    ms: 'Bila sumber menyatakan ia diterbitkan: ISO 8601 dengan ofset sumber, atau null jika tidak dinyatakan.',
  },
  'field.publishedPrecision': {
    en: '"time" when the source gave a time, "day" when only a date.',
    ms: '"time" jika sumber memberikan masa, "day" jika hanya tarikh.',
  },
  'field.firstSeen': { en: 'When Pantau first saw it (UTC).', ms: 'Bila Pantau mula-mula melihatnya (UTC).' },
  'field.lastSeen': { en: 'When Pantau last found it unchanged (UTC).', ms: 'Bila kali terakhir Pantau mendapatinya tidak berubah (UTC).' },
  'field.speakers': { en: 'Named speakers as the source or curator gives them.', ms: 'Penutur yang dinamakan seperti yang diberikan oleh sumber atau kurator.' },
  'field.text': {
    en: 'The text exactly as published, paragraphs separated by blank lines; empty for a curated record.',
    ms: 'Teks tepat seperti yang diterbitkan, perenggan dipisahkan oleh baris kosong; kosong bagi rekod terpilih.',
  },
  'field.contentHash': { en: 'sha256 of the text.', ms: 'sha256 bagi teks.' },
  'field.snapshotHash': { en: 'sha256 of the fetched page, kept apart from the text.', ms: 'sha256 bagi halaman yang diambil, disimpan berasingan daripada teks.' },
  'field.history': {
    en: 'Earlier versions (title, text, hash, first and last seen), oldest first.',
    ms: 'Versi terdahulu (tajuk, teks, cincangan, pertama dan terakhir dilihat), yang terawal dahulu.',
  },
  'field.removedAt': {
    en: 'When a run found the page gone (404 or 410); the statement is kept.',
    ms: 'Bila larian mendapati halaman telah hilang (404 atau 410); kenyataan itu disimpan.',
  },
  'field.summary': {
    en: 'For curated records: { author: "Pantau", text } in our own words.',
    ms: 'Bagi rekod terpilih: { author: "Pantau", text } dengan kata-kata kami sendiri.',
  },
  'field.tags': {
    en: "The tagger's output: relevance, platforms, actors, issues, people (id, name, role, org), quotes (text, speaker, confidence), commitments (by, what, due, evidence, speaker, confidence), disputes (from, against, over, evidence, speaker, confidence) and demands (by, on, what, evidence, speaker, confidence). The downloads keep it as the tagger wrote it; corrections are applied in the CSV and on the site.",
    ms: 'Output penanda: kaitan, platform, pelaku, isu, tokoh (id, name, role, org), petikan (text, speaker, confidence), komitmen (by, what, due, evidence, speaker, confidence), pertikaian (from, against, over, evidence, speaker, confidence) dan tuntutan (by, on, what, evidence, speaker, confidence). Muat turun menyimpannya seperti yang ditulis oleh penanda; pembetulan digunakan dalam CSV dan di laman ini.',
  },
  'column.statementId': { en: 'The statement recording the commitment.', ms: 'Kenyataan yang merekodkan komitmen itu.' },
  'column.said': { en: 'The day it was made (YYYY-MM-DD).', ms: 'Hari ia dibuat (YYYY-MM-DD).' },
  'column.by': { en: 'The party that will act (platform or actor id).', ms: 'Pihak yang akan bertindak (id platform atau pelaku).' },
  'column.what': { en: 'What it promised, as the statement words it.', ms: 'Apa yang dijanjikan, seperti yang diungkapkan oleh kenyataan.' },
  'column.due': { en: 'The date promised, when one was given.', ms: 'Tarikh yang dijanjikan, jika diberikan.' },
  'column.status': {
    en: 'open, due-soon (within {days} days), past-due, or a recorded outcome (fulfilled, broken, superseded), on {date}.',
    ms: 'open (terbuka), due-soon (dalam tempoh {days} hari), past-due (melepasi tarikh akhir), atau hasil yang direkodkan (fulfilled, broken, superseded), pada {date}.',
  },
  'column.evidence': {
    en: 'The sentence making the promise (the source\'s words); for foundBy "editor", the editor\'s note.',
    ms: 'Ayat yang membuat janji itu (kata-kata sumber); bagi foundBy "editor", catatan editor.',
  },
  'column.foundBy': {
    en: '"tagger" (found in the text) or "editor" (recorded by Pantau with its outcome).',
    ms: '"tagger" (ditemui dalam teks) atau "editor" (direkodkan oleh Pantau bersama hasilnya).',
  },
  'column.outcomeEvidenceStatementId': {
    en: 'The later statement that shows its outcome, when recorded.',
    ms: 'Kenyataan kemudian yang menunjukkan hasilnya, jika direkodkan.',
  },
  'column.review': {
    en: '"confirmed", "corrected" or "added" by an editor, or "unreviewed": the tagger\'s claim as it found it.',
    ms: '"confirmed", "corrected" atau "added" oleh editor, atau "unreviewed": dakwaan penanda seperti yang ditemuinya.',
  },
  'column.confidence': { en: "The tagger's confidence in the claim, from 0 to 1.", ms: 'Keyakinan penanda terhadap dakwaan itu, dari 0 hingga 1.' },
  'column.speaker': { en: 'Who reported the commitment, when the statement names them.', ms: 'Siapa yang melaporkan komitmen itu, jika kenyataan menamakannya.' },
  'example.meta-malaysia': {
    en: 'Every commitment Meta made to a Malaysian authority, with the statements that record its outcome',
    ms: 'Setiap komitmen Meta kepada pihak berkuasa Malaysia, dengan kenyataan yang merekodkan hasilnya',
  },
  'example.statement': { en: 'One statement by its id: its text, tags and claims', ms: 'Satu kenyataan mengikut id: teks, tag dan dakwaannya' },
  'example.open-by-party': { en: 'Open commitments by party, and the next one due', ms: 'Komitmen terbuka mengikut pihak, dan yang seterusnya menghampiri tarikh akhir' },
  'example.threads': { en: 'The longest-running dispute threads', ms: 'Rangkaian pertikaian yang paling lama berlarutan' },
  'example.full-text': {
    en: 'Statements whose title, text or summary mention a licence, best match first',
    ms: 'Kenyataan yang tajuk, teks atau ringkasannya menyebut lesen, padanan terbaik dahulu',
  },
  'example.per-month': { en: 'Listed statements per month and issue', ms: 'Kenyataan tersenarai sebulan dan mengikut isu' },
  'example.inPandas': { en: 'In pandas', ms: 'Dalam pandas' },
  'example.inR': { en: 'In R', ms: 'Dalam R' },
} as const satisfies Strings;
