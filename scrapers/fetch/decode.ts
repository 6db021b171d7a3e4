// Bytes to text with the right charset. The sniffing order is the HTML standard's (encoding-sniffer, the sniffer
// cheerio uses): a BOM, then the Content-Type charset, then an XML declaration or <meta> in the first bytes; labels
// map as browsers map them (ISO-8859-1 and ASCII are windows-1252, unknown labels are ignored). On top of that, the
// bytes are checked against a UTF-8 claim, because misdeclared pages are common on government sites: a server
// default of ISO-8859-1 in front of UTF-8 pages, or a "utf-8" template around windows-1252 text.
import iconv from 'iconv-lite';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';

/** How far into the body a <meta charset> or XML declaration is looked for. */
const SNIFF_BYTES = 4096;

export function decodeBody(bytes: Uint8Array, contentType: string | null): { text: string; charset: string } {
  const charset = chooseCharset(bytes, contentType);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { text: iconv.decode(buffer, charset), charset };
}

/** UTF-32 by its BOM or by a leading '<' in four bytes: the HTML standard never sniffs it, but feeds use it. */
function utf32Signature(bytes: Uint8Array): 'utf-32be' | 'utf-32le' | null {
  const [a, b, c, d] = bytes;
  if (a === 0 && b === 0 && ((c === 0xfe && d === 0xff) || (c === 0 && d === 0x3c))) return 'utf-32be';
  if (c === 0 && d === 0 && ((a === 0xff && b === 0xfe) || (a === 0x3c && b === 0))) return 'utf-32le';
  return null;
}

function chooseCharset(bytes: Uint8Array, contentType: string | null): string {
  const utf32 = utf32Signature(bytes);
  if (utf32) return utf32;
  const label = contentType ? charsetParameter(contentType) : null;
  const sniffer = new Sniffer({
    maxBytes: SNIFF_BYTES,
    defaultEncoding: 'utf-8',
    ...(label ? { transportLayerEncodingLabel: label } : {}),
  });
  sniffer.write(bytes);
  const sniffed = sniffer.encoding.toLowerCase();
  // Nothing usable declared (unknown labels and ones iconv-lite cannot decode are skipped by the sniffer; the
  // encodingExists check only guards decode() against a throw): judge by the bytes.
  if (sniffer.resultType === ResultType.DEFAULT || !iconv.encodingExists(sniffed)) {
    return utf8Verdict(bytes) === 'not-utf-8' ? 'windows-1252' : 'utf-8';
  }
  switch (sniffer.resultType) {
    case ResultType.BOM:
    case ResultType.XML_PREFIX:
      return sniffed; // the bytes themselves say so
    default:
      if (sniffed === 'utf-8' && utf8Verdict(bytes) === 'not-utf-8') return 'windows-1252';
      if (sniffed === 'windows-1252' && utf8Verdict(bytes) === 'utf-8') return 'utf-8';
      return sniffed;
  }
}

function charsetParameter(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const value = (match?.[1] ?? match?.[2] ?? '').trim();
  return value === '' ? null : value;
}

/**
 * 'utf-8': valid UTF-8 with non-ASCII characters; 'mostly-utf-8': more valid multi-byte characters than invalid
 * bytes (a damaged UTF-8 page); 'not-utf-8': the non-ASCII bytes are mostly not UTF-8; 'ascii': nothing to tell.
 * Windows-1252 text almost never forms valid UTF-8 sequences by chance, so a valid sequence is strong evidence.
 */
function utf8Verdict(bytes: Uint8Array): 'ascii' | 'utf-8' | 'mostly-utf-8' | 'not-utf-8' {
  if (bytes.every((b) => b < 0x80)) return 'ascii';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    // not valid throughout: weigh the valid multi-byte characters against the invalid bytes
  }
  let valid = 0;
  let invalid = 0;
  for (const char of new TextDecoder('utf-8').decode(bytes)) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0xfffd) invalid++;
    else if (code >= 0x80) valid++;
  }
  return valid > invalid ? 'mostly-utf-8' : 'not-utf-8';
}
