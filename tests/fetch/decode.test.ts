import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeBody } from '../../scrapers/fetch/index.ts';

const POLISH = 'Zażółć gęślą jaźń';
const RUSSIAN = 'Пресс-релиз министерства';
const MALAY_1252 = 'Kenyataan Media – Menteri “bertegas”, kos €10 • café';
const page = (head: string, body: string) => `<html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;
const bytes = (text: string, charset: string) => new Uint8Array(iconv.encode(text, charset));

describe('decodeBody', () => {
  it('takes the charset from the Content-Type header over a contradicting meta tag', () => {
    const html = page('<meta charset="windows-1252">', POLISH);
    const result = decodeBody(bytes(html, 'iso-8859-2'), 'text/html; charset=ISO-8859-2');
    expect(result.text).toContain(POLISH);
    expect(result.charset).toBe('iso-8859-2');
  });

  it('reads a quoted charset parameter', () => {
    const result = decodeBody(bytes(page('', RUSSIAN), 'windows-1251'), 'text/html; charset="windows-1251"');
    expect(result.text).toContain(RUSSIAN);
  });

  it('takes the charset from <meta charset> when the header has none', () => {
    const html = page('<meta charset="windows-1251">', RUSSIAN);
    const result = decodeBody(bytes(html, 'windows-1251'), 'text/html');
    expect(result).toMatchObject({ charset: 'windows-1251', text: expect.stringContaining(RUSSIAN) });
  });

  it('takes the charset from <meta http-equiv="Content-Type">', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">', POLISH);
    const result = decodeBody(bytes(html, 'iso-8859-2'), null);
    expect(result).toMatchObject({ charset: 'iso-8859-2', text: expect.stringContaining(POLISH) });
  });

  it('takes the charset from an XML declaration', () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>${RUSSIAN}</title></channel></rss>`;
    const result = decodeBody(bytes(xml, 'windows-1251'), 'application/rss+xml');
    expect(result).toMatchObject({ charset: 'windows-1251', text: expect.stringContaining(RUSSIAN) });
  });

  it('decodes ISO-8859-1 as windows-1252, as browsers do (the euro sign and dashes survive)', () => {
    const result = decodeBody(bytes(page('', MALAY_1252), 'windows-1252'), 'text/html; charset=ISO-8859-1');
    expect(result).toMatchObject({ charset: 'windows-1252', text: expect.stringContaining(MALAY_1252) });
  });

  it('reads an undeclared windows-1252 page as windows-1252', () => {
    const result = decodeBody(bytes(page('', MALAY_1252), 'windows-1252'), 'text/html');
    expect(result).toMatchObject({ charset: 'windows-1252', text: expect.stringContaining(MALAY_1252) });
  });

  it('reads an undeclared page as UTF-8 when it is valid UTF-8', () => {
    const text = 'Kenyataan Akhbar: “Pelesenan” media sosial — 1 Januari 2025';
    const result = decodeBody(bytes(page('', text), 'utf-8'), null);
    expect(result).toMatchObject({ charset: 'utf-8', text: expect.stringContaining(text) });
  });

  it('ignores an unknown charset label and carries on with the meta tag', () => {
    const html = page('<meta charset="windows-1251">', RUSSIAN);
    const result = decodeBody(bytes(html, 'windows-1251'), 'text/html; charset=x-no-such-charset');
    expect(result).toMatchObject({ charset: 'windows-1251', text: expect.stringContaining(RUSSIAN) });
  });

  it('judges by the bytes when the declared charset is a real label iconv-lite cannot decode', () => {
    const declared = 'text/html; charset=x-mac-cyrillic';
    expect(decodeBody(bytes(page('', MALAY_1252), 'utf-8'), declared))
      .toMatchObject({ charset: 'utf-8', text: expect.stringContaining(MALAY_1252) });
    expect(decodeBody(bytes(page('', MALAY_1252), 'windows-1252'), declared))
      .toMatchObject({ charset: 'windows-1252', text: expect.stringContaining(MALAY_1252) });
  });

  it('corrects a UTF-8 claim on windows-1252 bytes', () => {
    const html = page('<meta charset="utf-8">', MALAY_1252);
    const result = decodeBody(bytes(html, 'windows-1252'), 'text/html; charset=utf-8');
    expect(result).toMatchObject({ charset: 'windows-1252', text: expect.stringContaining(MALAY_1252) });
  });

  it('corrects a server-default ISO-8859-1 claim on a UTF-8 page', () => {
    const html = page('<meta charset="utf-8">', MALAY_1252);
    const result = decodeBody(bytes(html, 'utf-8'), 'text/html; charset=ISO-8859-1');
    expect(result).toMatchObject({ charset: 'utf-8', text: expect.stringContaining(MALAY_1252) });
  });

  it('lets a byte order mark win and strips it', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Menteri – café', 'utf-8')]);
    expect(decodeBody(withBom, 'text/plain; charset=windows-1251')).toEqual({ text: 'Menteri – café', charset: 'utf-8' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...bytes(RUSSIAN, 'utf-16le')]);
    expect(decodeBody(utf16, null)).toEqual({ text: RUSSIAN, charset: 'utf-16le' });
  });

  it('reads UTF-32 by its byte order mark or by its first character', () => {
    const xml = '<?xml version="1.0"?><rss/>';
    for (const charset of ['utf-32le', 'utf-32be'] as const) {
      const encoded = bytes(xml, charset);
      expect(decodeBody(encoded, null)).toEqual({ text: xml, charset });
      const bom = bytes('\uFEFF', charset);
      expect(decodeBody(new Uint8Array([...bom, ...encoded]), null)).toEqual({ text: xml, charset });
    }
  });

  it('returns any undeclared UTF-8 text unchanged', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      fc.pre(!text.includes('<') && !text.startsWith('\uFEFF'));
      expect(decodeBody(bytes(text, 'utf-8'), 'text/plain').text).toBe(text);
    }));
  });
});
