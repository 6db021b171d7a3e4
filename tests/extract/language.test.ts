import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../scrapers/extract/language.ts';

describe('detectLanguage', () => {
  it('recognises English', () => {
    expect(
      detectLanguage(
        'The Madani government will continue to ensure that social media platforms take a firm stance against online crime, ' +
          'said the minister, who added that the licensing will apply to all providers with at least eight million users.',
      ),
    ).toBe('en');
  });

  it('recognises Malay', () => {
    expect(
      detectLanguage(
        'Kerajaan akan terus memastikan bahawa platform media sosial mengambil tindakan tegas terhadap jenayah dalam talian, ' +
          'kata menteri itu yang menambah bahawa pelesenan ini akan dikenakan kepada semua penyedia yang mempunyai sekurang-kurangnya lapan juta pengguna.',
      ),
    ).toBe('ms');
  });

  it('tells Indonesian from Malay by the spellings only Indonesian uses', () => {
    expect(
      detectLanguage(
        'Pemerintah menegaskan bahwa platform media sosial harus bertindak tegas terhadap kejahatan daring karena ' +
          'banyak pengguna yang dirugikan, dan kementerian akan memanggil perwakilan platform tersebut minggu depan.',
      ),
    ).toBe('id');
  });

  it("answers 'und' for too little text or text in neither language", () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('Meta')).toBe('und');
    expect(detectLanguage('Le gouvernement a convoqué les représentants des plateformes numériques mercredi à Paris.')).toBe('und');
  });

  it('goes by the majority in a mixed text', () => {
    const english = 'The minister said that the platforms will have to comply with the code and that the ministry is ready to act. ';
    expect(detectLanguage(english.repeat(3) + 'Kerajaan akan bertindak.')).toBe('en');
  });
});
