import { describe, expect, it } from 'vitest';
import { MAX_CANDIDATES, malayRoot, rootCandidates, spellingVariant } from '../../src/lib/malay-stem.ts';

// Words from Malaysian news on platform regulation, each with the root a Malay reader sees in it.
const ROOTS: [string, string][] = [
  ['pelesenan', 'lesen'], ['berlesen', 'lesen'], ['dilesenkan', 'lesen'], ['melesenkan', 'lesen'],
  ['penipuan', 'tipu'], ['menipu', 'tipu'], ['penipu', 'tipu'], ['tertipu', 'tipu'], ['ditipu', 'tipu'],
  ['keselamatan', 'selamat'], ['perlindungan', 'lindung'], ['melindungi', 'lindung'], ['dilindungi', 'lindung'],
  ['pembulian', 'buli'], ['membuli', 'buli'], ['dibuli', 'buli'], ['perjudian', 'judi'], ['berjudi', 'judi'],
  ['kebencian', 'benci'], ['penyebaran', 'sebar'], ['menyebarkan', 'sebar'], ['disebarkan', 'sebar'],
  ['pendaftaran', 'daftar'], ['mendaftar', 'daftar'], ['didaftarkan', 'daftar'],
  ['pengguna', 'guna'], ['menggunakan', 'guna'], ['penggunaan', 'guna'],
  ['mengumumkan', 'umum'], ['diumumkan', 'umum'], ['pengumuman', 'umum'],
  ['mengawal', 'kawal'], ['dikawal', 'kawal'], ['kawalan', 'kawal'],
  ['penapisan', 'tapis'], ['menapis', 'tapis'], ['ditapis', 'tapis'],
  ['penyekatan', 'sekat'], ['disekat', 'sekat'], ['sekatan', 'sekat'],
  ['pemadaman', 'padam'], ['dipadam', 'padam'], ['memadamkan', 'padam'],
  ['perkhidmatan', 'khidmat'], ['berkhidmat', 'khidmat'], ['pemantauan', 'pantau'], ['memantau', 'pantau'],
  ['keganasan', 'ganas'], ['pengganas', 'ganas'], ['memperkenalkan', 'kenal'], ['diperkenalkan', 'kenal'],
  ['bekerjasama', 'kerjasama'], ['pelaksanaan', 'laksana'], ['melaksanakan', 'laksana'],
  ['mengesahkan', 'sah'], ['disahkan', 'sah'], ['pengesahan', 'sah'], ['belajar', 'ajar'],
  ['kerajaannya', 'kerajaan'], ['kenyataannya', 'kenyataan'], ['bolehkah', 'boleh'],
  // Informal reduplication and Indonesian spellings.
  ['kanak2', 'kanak'], ['aktivitas', 'aktiviti'],
];

describe('Malay word forms', () => {
  it.each(ROOTS)('%s is built on %s', (word, root) => {
    expect(rootCandidates(word)).toContain(root);
  });

  it('gives at most a few candidates, never the word itself', () => {
    for (const [word] of ROOTS) {
      const candidates = rootCandidates(word);
      expect(candidates.length).toBeLessThanOrEqual(MAX_CANDIDATES);
      expect(candidates).not.toContain(word);
    }
  });

  it('leaves roots and words that only look affixed alone', () => {
    for (const word of ['lesen', 'buli', 'daftar', 'media', 'sosial', 'platform', 'privasi', 'palsu', 'umur', 'kerjasama', 'meeting', 'because', 'online'])
      expect(rootCandidates(word), word).toEqual([]);
  });

  it('does not read a prefix the sound rules forbid: me- before d, men- before a dropped t that is there', () => {
    expect(rootCandidates('media')).not.toContain('dia');
    expect(rootCandidates('mention')).toEqual([]);
    expect(rootCandidates('tertipu')).not.toContain('rtipu');
  });

  it('picks the root that exists when a dictionary is given', () => {
    const words = new Set(['kawal', 'awal', 'tipu', 'lesen', 'raja']);
    expect(malayRoot('mengawal', (w) => w === 'kawal')).toBe('kawal');
    expect(malayRoot('penipuan', (w) => words.has(w))).toBe('tipu');
    expect(malayRoot('pelesenan', (w) => words.has(w))).toBe('lesen');
    expect(malayRoot('sosial', (w) => words.has(w))).toBe('sosial');
  });

  it('reads informal reduplication and Indonesian -itas', () => {
    expect(spellingVariant('kanak2')).toBe('kanak');
    expect(spellingVariant('anak2')).toBe('anak');
    expect(spellingVariant('kualitas')).toBe('kualiti');
    expect(spellingVariant('covid19')).toBe('covid19');
  });
});
