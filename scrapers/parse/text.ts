// Untrusted HTML from feeds and pages to plain text: what the site shows, never markup.
import { load } from 'cheerio';
import iconv from 'iconv-lite';

/** Elements whose text is not reading text. */
const NOT_TEXT = 'script, style, noscript, template, iframe, svg, math, head';
const BLOCKS = 'p, div, br, li, dd, dt, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, td, th, section, article, header, footer, figcaption';

/** Tags dropped, entities decoded, whitespace collapsed to single spaces. */
export function htmlToText(html: string): string {
  // Most titles are plain: no tag and no entity, so no parser is needed.
  if (!/<|&[#A-Za-z]/.test(html)) return normaliseText(html);
  const $ = load(html, null, false);
  $(NOT_TEXT).remove();
  // Blocks end in a space so that "<p>one</p><p>two</p>" reads "one two", not "onetwo".
  $(BLOCKS).append(' ');
  return normaliseText($.root().text());
}


/**
 * Whitespace collapsed, and C1 control characters (U+0080-U+009F, never real text) read as the windows-1252
 * punctuation they almost always are: a page that mixed cp1252 quotes into its UTF-8 ("don\u0092t" → "don’t").
 */
export function normaliseText(text: string): string {
  const demoronised = text.replace(/[\u0080-\u009f]/g, (c) => iconv.decode(Buffer.of(c.charCodeAt(0)), 'windows-1252'));
  return collapseWhitespace(demoronised);
}

/** ASCII whitespace only: a no-break space is the writer's choice and stays. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '');
}

const entityChars = new Map<string, string | null>();
const SEPARATOR = '\uE000';

/**
 * The characters each HTML named entity ("hellip") stands for, null for a name HTML does not know. Names not seen
 * before are decoded together in one parse, so hostile input with thousands of made-up names costs one parse.
 */
export function htmlEntityChars(names: Iterable<string>): Map<string, string | null> {
  const result = new Map<string, string | null>();
  const unknown: string[] = [];
  for (const name of names) {
    const cached = entityChars.get(name);
    if (cached === undefined) unknown.push(name);
    else result.set(name, cached);
  }
  if (unknown.length > 0) {
    // One text-only parse (elements would cost far more); a private-use character, which no entity stands for,
    // separates the names.
    const decoded = load(unknown.map((name) => `&${name};`).join(SEPARATOR), null, false).root().text().split(SEPARATOR);
    unknown.forEach((name, i) => {
      const chars = decoded[i];
      const value = chars === undefined || chars === `&${name};` ? null : chars;
      result.set(name, value);
      // Real entities are a finite set; made-up names in hostile input are not, so the memory is bounded.
      if (value !== null || entityChars.size < 10_000) entityChars.set(name, value);
    });
  }
  return result;
}
