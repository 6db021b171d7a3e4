// Everyday words of Pantau's subject that a reader types in English or Malay (Indonesian where it is the same word
// family): a query word found here also matches its counterparts. Only words that are not taxonomy names (those
// find the statements tagged with the subject instead) and that translate one to one.
export const GLOSSARY: readonly (readonly string[])[] = [
  ['social media', 'media sosial'],
  ['online', 'dalam talian', 'atas talian', 'daring'],
  ['government', 'kerajaan', 'pemerintah'],
  ['minister', 'menteri'],
  ['ministry', 'kementerian'],
  ['law', 'laws', 'undang-undang'],
  ['act', 'akta'],
  ['bill', 'rang undang-undang', 'RUU'],
  ['user', 'users', 'pengguna'],
  ['account', 'accounts', 'akaun'],
  ['content', 'kandungan', 'konten'],
  ['ads', 'advertisement', 'advertisements', 'advertising', 'iklan'],
  ['company', 'companies', 'syarikat', 'perusahaan'],
  ['ban', 'larangan'],
  ['age', 'umur', 'usia'],
  ['court', 'mahkamah', 'pengadilan'],
  ['lawsuit', 'saman', 'gugatan'],
  ['fine', 'fines', 'denda'],
  ['report', 'laporan'],
  ['regulation', 'regulations', 'peraturan', 'regulasi'],
  ['enforcement', 'penguatkuasaan'],
  ['school', 'sekolah'],
  ['parents', 'ibu bapa', 'orang tua'],
];
