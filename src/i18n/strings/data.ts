// The data page: downloads, citation, snapshots, feeds. The meanings of the database's tables and columns
// (src/lib/dataset/tables.ts) are in English for now, marked lang="en" on Malay pages.
import type { Strings } from '../translate.ts';

export const DATA_STRINGS = {
  'data.description': {
    en: "Download Pantau's dataset as SQLite, JSON or CSV, read its data dictionary, cite it, subscribe to its feeds.",
    ms: 'Muat turun set data Pantau sebagai SQLite, JSON atau CSV, baca kamus datanya, petik, dan langgan suapannya.',
  },
  'data.lede': {
    en: "The whole dataset, {n} records, built with the site on {date}. Free to reuse; texts remain their publishers'. Each statement page also links its own record as JSON, and cites it as BibTeX and CSL-JSON.",
    ms: 'Seluruh set data, {n} rekod, dibina bersama laman ini pada {date}. Bebas digunakan semula; teks kekal milik penerbitnya. Setiap halaman kenyataan turut memautkan rekodnya sendiri sebagai JSON, dan memetiknya sebagai BibTeX dan CSL-JSON.',
  },
  'data.englishOnly': {
    en: "The descriptions of the database's tables and columns below are in English.",
    ms: 'Perihalan jadual dan lajur pangkalan data di bawah adalah dalam bahasa Inggeris.',
  },
  'data.downloads': { en: 'Downloads', ms: 'Muat turun' },
  'data.download.sqlite': {
    en: 'Everything below in one SQLite database, its tables linked and explained ({size}); opens in sqlite3, Datasette, DuckDB, pandas and R',
    ms: 'Semua yang di bawah dalam satu pangkalan data SQLite, jadualnya dipautkan dan diterangkan ({size}); boleh dibuka dalam sqlite3, Datasette, DuckDB, pandas dan R',
  },
  'data.download.json': { en: 'Every record as stored (JSON array)', ms: 'Setiap rekod seperti yang disimpan (tatasusunan JSON)' },
  'data.download.csv': {
    en: 'One row per statement, corrected tags, lists joined with "; "',
    ms: 'Satu baris bagi setiap kenyataan, tag yang dibetulkan, senarai dicantum dengan "; "',
  },
  'data.download.commitments': {
    en: "One row per commitment with its status on {date}; foundBy says whether the tagger found it in the text or an editor recorded it with its outcome; review says whether an editor confirmed, corrected or added it or it is unreviewed, with the tagger's confidence and who reported it (claims an editor rejected are left out)",
    ms: 'Satu baris bagi setiap komitmen dengan statusnya pada {date}; foundBy menyatakan sama ada penanda menemuinya dalam teks atau editor merekodkannya bersama hasilnya; review menyatakan sama ada editor mengesahkan, membetulkan atau menambahnya atau ia belum disemak, dengan keyakinan penanda dan siapa yang melaporkannya (dakwaan yang ditolak oleh editor tidak dimasukkan)',
  },
  'data.download.corrections': { en: "Reviewers' tag corrections", ms: 'Pembetulan tag oleh penyemak' },
  'data.download.outcomes': { en: 'Recorded outcomes of commitments, with evidence', ms: 'Hasil komitmen yang direkodkan, dengan bukti' },
  'data.cite': { en: 'Cite the dataset', ms: 'Petik set data ini' },
  'data.kept': {
    en: 'This database is the snapshot of {date}, kept so that it can be fetched again.',
    ms: 'Pangkalan data ini ialah petikan keadaan (snapshot) bertarikh {date}, disimpan supaya boleh diambil semula.',
  },
  'data.notKept': {
    en: 'This database was built on {date}; the nightly run keeps a snapshot of it when the data changed.',
    ms: 'Pangkalan data ini dibina pada {date}; larian malam menyimpan snapshotnya apabila data berubah.',
  },
  'data.hash': {
    en: 'Its sha256 is {hash}: the same records always give the same file, so the hash says which data a paper used.',
    ms: 'sha256nya ialah {hash}: rekod yang sama sentiasa menghasilkan fail yang sama, jadi cincangan ini menyatakan data mana yang digunakan oleh sesebuah kertas kajian.',
  },
  'data.citation': {
    en: 'Pantau ({year}). {title} [Data set], snapshot of {date}. pantau.sqlite, sha256 {hash}. {url} (accessed {today}).',
    ms: 'Pantau ({year}). {title} [Set data], snapshot bertarikh {date}. pantau.sqlite, sha256 {hash}. {url} (diakses {today}).',
  },
  'data.snapshots': { en: 'Snapshots', ms: 'Snapshot' },
  'data.noSnapshots': {
    en: "No snapshot has been kept yet. The nightly run keeps the day's {file} on a night when the data changed.",
    ms: 'Belum ada snapshot disimpan. Larian malam menyimpan {file} hari itu pada malam data berubah.',
  },
  'data.snapshotsCaption': {
    en: 'Kept copies of pantau.sqlite, newest first: one for each night the data changed',
    ms: 'Salinan pantau.sqlite yang disimpan, terbaharu dahulu: satu bagi setiap malam data berubah',
  },
  'data.date': { en: 'Date', ms: 'Tarikh' },
  'data.statements': { en: 'Statements', ms: 'Kenyataan' },
  'data.size': { en: 'Size', ms: 'Saiz' },
  'data.database': { en: 'The database: pantau.sqlite', ms: 'Pangkalan data: pantau.sqlite' },
  'data.databaseIntro': {
    en: 'One file; open it with {sqlite3}, {datasette}, DuckDB ({duckdb}), Python or R. Tags are the corrected ones the site shows; {listed} is 1 for what the site lists and counts. The tables {tables} and {columns} inside it hold what follows.',
    ms: 'Satu fail; bukanya dengan {sqlite3}, {datasette}, DuckDB ({duckdb}), Python atau R. Tag ialah tag yang telah dibetulkan seperti yang dipaparkan di laman ini; {listed} bernilai 1 bagi apa yang disenaraikan dan dikira oleh laman ini. Jadual {tables} dan {columns} di dalamnya menyimpan yang berikut.',
  },
  'data.examples': { en: 'Example queries', ms: 'Contoh pertanyaan' },
  'data.examplesIntro': {
    en: 'Each runs as it is against the download (the tests run the SQL on every build of the site).',
    ms: 'Setiap satu boleh dijalankan terus pada fail muat turun (ujian menjalankan SQL ini pada setiap binaan laman).',
  },
  'data.csv': { en: 'The CSV files', ms: 'Fail CSV' },
  'data.csvIntro': {
    en: '{statementsCsv} has one row per record, with the columns of the statement record below of the same names; {platforms}, {actors} and {issues} are the corrected tags joined with "; ", {relevant} the corrected verdict, and {commitments} and {disputes} how many the record holds. Cells that a spreadsheet would run as a formula start with an apostrophe.',
    ms: '{statementsCsv} mempunyai satu baris bagi setiap rekod, dengan lajur rekod kenyataan di bawah yang sama namanya; {platforms}, {actors} dan {issues} ialah tag yang dibetulkan dicantum dengan "; ", {relevant} keputusan yang dibetulkan, dan {commitments} serta {disputes} bilangan yang terkandung dalam rekod. Sel yang akan dijalankan sebagai formula oleh hamparan bermula dengan tanda koma atas.',
  },
  'data.commitmentColumns': { en: 'Columns of commitments.csv', ms: 'Lajur commitments.csv' },
  'data.column': { en: 'Column', ms: 'Lajur' },
  'data.meaning': { en: 'Meaning', ms: 'Maksud' },
  'data.feeds': { en: 'Feeds', ms: 'Suapan' },
  'data.allFeed': { en: 'All new statements', ms: 'Semua kenyataan baharu' },
  'data.platformFeeds': { en: 'Feeds per platform ({n})', ms: 'Suapan mengikut platform ({n})' },
  'data.issueFeeds': { en: 'Feeds per issue ({n})', ms: 'Suapan mengikut isu ({n})' },
  'data.record': { en: 'The statement record', ms: 'Rekod kenyataan' },
  'data.recordIntro': {
    en: 'One JSON file per statement in the repository under {statements}; curated events under {curated}. Fields, in file order:',
    ms: 'Satu fail JSON bagi setiap kenyataan dalam repositori di bawah {statements}; peristiwa terpilih di bawah {curated}. Medan, mengikut susunan fail:',
  },
  'data.fieldsCaption': { en: 'Fields of a statement record', ms: 'Medan rekod kenyataan' },
  'data.field': { en: 'Field', ms: 'Medan' },
  'data.sitemap': { en: 'The sitemap is at {link}.', ms: 'Peta laman terdapat di {link}.' },
} as const satisfies Strings;
