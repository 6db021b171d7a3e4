// The methodology page.
import type { Strings } from '../translate.ts';

export const ABOUT_STRINGS = {
  'about.description': {
    en: 'How Pantau collects statements, how it tags them, how accurate that is, and its limits.',
    ms: 'Bagaimana Pantau mengumpul kenyataan, bagaimana ia menandakannya, setepat mana, dan had-hadnya.',
  },
  'about.lede': {
    en: "Pantau follows what governments, regulators and platforms say about regulating social media, starting with Malaysia's licensing regime for social media and messaging services. It holds {all} records: {collected} collected from sources and {curated} curated events. {offTopic} of them were judged not to be about governing online platforms: they keep their pages and stay in the downloads, but are not listed.",
    ms: 'Pantau mengikuti apa yang dikatakan oleh kerajaan, pengawal selia dan platform tentang pengawalseliaan media sosial, bermula dengan rejim pelesenan Malaysia bagi perkhidmatan media sosial dan pemesejan. Ia menyimpan {all} rekod: {collected} dikumpul daripada sumber dan {curated} peristiwa terpilih. {offTopic} daripadanya dinilai bukan tentang tadbir urus platform dalam talian: halamannya dikekalkan dan ia kekal dalam muat turun, tetapi tidak disenaraikan.',
  },
  'about.collection': { en: 'Collection', ms: 'Pengumpulan' },
  'about.collection1': {
    en: 'Every night an unattended run reads the {sources}: ministry and regulator press pages, platform newsrooms and news feeds. It fetches politely (robots.txt, a delay between requests, conditional requests so unchanged pages are not downloaded again), extracts the article text, and stores one JSON file per statement. When a source edits a page, the earlier text is kept as a version and the page shows what changed; when a page disappears, the statement is kept and marked "removed at source".',
    ms: 'Setiap malam satu larian automatik membaca {sources}: halaman media kementerian dan pengawal selia, bilik berita platform dan suapan berita. Ia mengambil halaman dengan sopan (robots.txt, jeda antara permintaan, permintaan bersyarat supaya halaman yang tidak berubah tidak dimuat turun semula), mengekstrak teks artikel, dan menyimpan satu fail JSON bagi setiap kenyataan. Apabila sumber menyunting halaman, teks terdahulu disimpan sebagai satu versi dan halaman menunjukkan apa yang berubah; apabila halaman hilang, kenyataan itu disimpan dan ditandakan "dibuang di sumber".',
  },
  'about.declaredSources': { en: 'declared sources', ms: 'sumber yang diisytiharkan' },
  'about.collection2': {
    en: 'Curated events fill in the story before the scrapers started. Each is based on a public page a person read, and carries only a short summary in Pantau\'s own words, shown as "Summary by Pantau" with a link to the original, never as the source\'s text.',
    ms: 'Peristiwa terpilih melengkapkan cerita sebelum pengikis bermula. Setiap satu berdasarkan halaman awam yang dibaca oleh seseorang, dan hanya membawa ringkasan pendek dengan kata-kata Pantau sendiri, dipaparkan sebagai "Ringkasan oleh Pantau" dengan pautan ke yang asal, tidak sekali-kali sebagai teks sumber.',
  },
  'about.tagging': { en: 'Tagging', ms: 'Penandaan' },
  'about.tagging1': {
    en: "A rule-based tagger links each statement to platforms, actors (governments, regulators, agencies) and issues by their names and aliases in English and Malay, judges whether it is about governing online platforms at all, and finds commitments (someone promises, agrees or undertakes to do something) and disputes (parties disagree, refuse, criticise or take legal action), quoting the sentence as evidence. People review the tags; their corrections are stored apart from the tagger's output and the site shows the corrected view.",
    ms: 'Penanda berasaskan peraturan mengaitkan setiap kenyataan dengan platform, pelaku (kerajaan, pengawal selia, agensi) dan isu melalui nama dan alias mereka dalam bahasa Inggeris dan Melayu, menilai sama ada ia memang tentang tadbir urus platform dalam talian, dan menemui komitmen (seseorang berjanji, bersetuju atau berusaha melakukan sesuatu) serta pertikaian (pihak-pihak tidak bersetuju, menolak, mengkritik atau mengambil tindakan undang-undang), dengan memetik ayat berkenaan sebagai bukti. Manusia menyemak tag tersebut; pembetulan mereka disimpan berasingan daripada output penanda dan laman ini memaparkan versi yang telah dibetulkan.',
  },
  'about.tagging2': {
    en: 'Commitment status is worked out when the site is built: {open}, {dueSoon} (due within {days} days) or {pastDue}. A commitment is called {fulfilled}, {broken} or {superseded} only when a recorded outcome links it to a later statement that shows it.',
    ms: 'Status komitmen dikira semasa laman ini dibina: {open}, {dueSoon} (tarikh akhir dalam tempoh {days} hari) atau {pastDue}. Sesuatu komitmen dikatakan {fulfilled}, {broken} atau {superseded} hanya apabila hasil yang direkodkan mengaitkannya dengan kenyataan kemudian yang menunjukkannya.',
  },
  'about.accuracy': { en: 'Measured accuracy', ms: 'Ketepatan yang diukur' },
  'about.accuracy1': {
    en: "The text extractor is measured against articles whose true text is known, the tagger against labelled sets of statements written and labelled apart from its rules by language-model helpers given only a label guide (not people), each split into a half the rules may learn from and a frozen half they never see, and against a second labeller's labels, which bound how far any tagger can agree. The figures, and the goals not met, are kept in the project's {tagging} and {extraction}.",
    ms: 'Pengekstrak teks diukur berbanding artikel yang teks sebenarnya diketahui, dan penanda berbanding set kenyataan berlabel yang ditulis dan dilabel secara berasingan daripada peraturannya oleh pembantu model bahasa yang hanya diberi panduan label (bukan manusia). Setiap set dibahagi dua: separuh yang boleh dipelajari oleh peraturan dan separuh yang dibekukan dan tidak pernah dilihatnya. Penanda juga dibandingkan dengan label pelabel kedua, yang menjadi had sejauh mana mana-mana penanda boleh bersetuju. Angkanya, dan sasaran yang belum dicapai, disimpan dalam {tagging} dan {extraction} projek ini.',
  },
  'about.limits': { en: 'Limits', ms: 'Had' },
  'about.limit1': {
    en: 'Pantau sees only what its sources publish on the web; meetings, letters and statements made elsewhere appear only when reported.',
    ms: 'Pantau hanya melihat apa yang diterbitkan oleh sumbernya di web; mesyuarat, surat dan kenyataan yang dibuat di tempat lain hanya muncul apabila dilaporkan.',
  },
  'about.limit2': {
    en: 'Tagging is by rules: it misses paraphrases, can attach a commitment to the wrong party, and reads a hedged remark as a promise. Check the evidence sentence and the original.',
    ms: 'Penandaan dibuat mengikut peraturan: ia terlepas parafrasa, boleh mengaitkan komitmen dengan pihak yang salah, dan membaca kenyataan berlapik sebagai janji. Semak ayat bukti dan yang asal.',
  },
  'about.limit3': {
    en: "Dates are the source's own; where it gives only a day, no time is shown; where it gives none, the date Pantau first saw the page is used and said so.",
    ms: 'Tarikh adalah tarikh sumber sendiri; jika ia hanya memberikan hari, masa tidak dipaparkan; jika tiada langsung, tarikh Pantau mula-mula melihat halaman itu digunakan dan dinyatakan sedemikian.',
  },
  'about.limit4': {
    en: 'Syndicated copies of one story are linked when detected; counts may still include copies that were not recognised.',
    ms: 'Salinan sindiket bagi satu berita dipautkan apabila dikesan; kiraan mungkin masih termasuk salinan yang tidak dikenal pasti.',
  },
  'about.limit5': {
    en: 'A "{pastDue}" status means no recorded outcome, not that the commitment was broken.',
    ms: 'Status "{pastDue}" bermaksud tiada hasil yang direkodkan, bukan bahawa komitmen itu telah dimungkiri.',
  },
} as const satisfies Strings;
