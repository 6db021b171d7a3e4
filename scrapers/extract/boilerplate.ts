// What a page carries around its article that a reader does not count as the article: navigation and asides,
// "Advertising" lines, photo captions and credits, share bars, bylines and date lines, link lists, cookie notices.
// Rules are about kinds of furniture seen across news sites, never about particular sites.
import { parsePublished } from './dates.ts';
import type { TextBlock } from './blocks.ts';

/** Navigation, asides and figures (images with their captions) never hold article text. */
export function removeBoilerplateElements(document: Document): void {
  removeElements(document, document.querySelectorAll('nav, aside, figure, figcaption, [role="navigation"], [role="complementary"]'));
}

/** Remove elements, except one holding the page's <body> (broken markup can put <html> inside a <nav>). */
export function removeElements(document: Document, elements: Iterable<Element>): void {
  for (const element of [...elements]) if (!document.body || !element.contains(document.body)) element.remove();
}

/** A line that only announces an advertisement or a break in the article ("Advertising", "Story continues below"). */
const AD_LINE =
  /^[\s([\-–—]*(?:advert(?:ising|isement|isment|orial)?s?|ads?|iklan|pengiklanan|sponsored(?: content| links?)?|promoted(?: content)?|story continues below(?: this)?(?: advertisement| ad)?|continue reading(?: below| the main story)?|scroll (?:down )?to continue(?: reading| with content)?|article continues (?:below|after (?:this )?advertisement)|skip advert(?:isement)?|tutup iklan)[\s)\].:\-–—]*$/i;

export function isAdLine(text: string): boolean {
  return AD_LINE.test(text);
}

const CAPTION_CLASS = /caption|credit|photo-?desc|image-?desc/i;
/** "… (Image: GETTY)", "… (AP Photo/Jane Doe)", "… — Picture by Jane Doe", "… — Bernama pic". */
const CAPTION_TAIL =
  /(?:\((?:[\p{Lu}.]+ )?(?:image|photo|picture|pic|foto|gambar|credit|source)s?\b[^)]{0,80}\)|[—–]\s*(?:[\p{L}.]+\s+){0,3}(?:picture|pic|photo|filepic|gambar|foto)\b[^.!?]{0,60})\s*$/iu;
const CAPTION_HEAD = /^(?:photo|image|picture|pic|credit|foto|gambar|source)s?\s*:|^©/i;

function inCaption(element: Element | null): boolean {
  for (let e = element; e; e = e.parentElement) {
    if (e.tagName === 'FIGCAPTION' || e.tagName === 'FIGURE') return true;
    if (CAPTION_CLASS.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A byline ("By Jane Doe", "Oleh Ahmad Ali") or a date line ("Published: 10:48, Tue, Nov 19, 2019"). */
function isBylineOrDateLine(text: string): boolean {
  const words = wordCount(text);
  if (words <= 12 && !/[.!?"”]$/.test(text) && /^(?:by|oleh)\s+\p{Lu}/u.test(text)) return true;
  if (words <= 15 && /\d/.test(text) && /^[|\s]*(?:published|updated|posted|last updated|first published|diterbitkan|dikemaskini|publicado|atualizado)\b/i.test(text))
    return true;
  return words <= 10 && /\d/.test(text) && parsePublished(text) !== null;
}

const SHARE_WORDS = new Set(
  'share shares sharing kongsi tweet twitter x facebook whatsapp telegram pinterest pint linkedin reddit email e-mail mail print copy link messenger flipboard sms baixar comments comment save this article story on via'.split(' '),
);
/** A row of share buttons: every word is a share word. */
function isShareBar(text: string): boolean {
  const words = text.toLowerCase().split(/[\s|/·•]+/).filter(Boolean);
  return words.length > 0 && words.length <= 12 && words.every((w) => SHARE_WORDS.has(w.replace(/[^\p{L}-]/gu, '')));
}

/** A page-view counter ("Dilihat: 1024", "Views 3,201"). */
const COUNTER_LINE = /^(?:dilihat|hits|views|paparan|bacaan|reads)\s*:?\s*[\d,.]+$/i;
const URL_OR_EMAIL = /^(?:https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/i;
const NOTICE =
  /this (?:slideshow|video|content|site|page) requires javascript|enable javascript|(?:site|website) uses cookies|we use cookies|sign up for (?:our|the) newsletter|subscribe to (?:our|the) newsletter|all rights reserved/i;

/** Headings that open the related-links part at the end of a page. */
const RELATED_HEADING =
  /^(?:related(?: articles?| stories| news| posts| content| coverage)?|you (?:may|might) also like|more (?:stories|news|from [\p{L} ]+)|read (?:more|next|also)|recommended(?: for you| stories)?|most (?:popular|read)|trending(?: now)?|baca juga|artikel berkaitan|berita berkaitan|lihat juga)\s*:?$/iu;

export interface CleanOptions {
  /** Reading a whole page rather than an article container: also drop short lines that are not sentences. */
  dropLinkLists?: boolean;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The article's paragraphs, with the page furniture removed. */
export function cleanBlocks(blocks: readonly TextBlock[], titles: readonly (string | null)[], options: CleanOptions = {}): string[] {
  const titleSet = new Set(titles.filter((t): t is string => !!t).map(normalise));
  const kept: string[] = [];
  // After a "Related articles" heading, teasers of other articles follow until the article's own prose resumes.
  let inRelated = false;
  for (const block of blocks) {
    const text = block.text;
    if (RELATED_HEADING.test(text)) {
      inRelated = true;
      continue;
    }
    if (inRelated && (wordCount(text) < 25 || block.linkChars / text.length > 0.3)) continue;
    inRelated = false;
    if (isAdLine(text) || isShareBar(text) || URL_OR_EMAIL.test(text) || COUNTER_LINE.test(text)) continue;
    if (inCaption(block.element) || CAPTION_TAIL.test(text) || (CAPTION_HEAD.test(text) && wordCount(text) <= 25)) continue;
    if (isBylineOrDateLine(text)) continue;
    if (titleSet.has(normalise(text))) {
      // Short lines above the headline are its kicker or section label ("Malaysia", "EXCLUSIVE"), not the article.
      while (kept.length && wordCount(kept[kept.length - 1]!) < 5) kept.pop();
      continue;
    }
    if (block.linkChars / text.length > 0.8) continue;
    if (wordCount(text) <= 30 && NOTICE.test(text)) continue;
    if (options.dropLinkLists && wordCount(text) < 8 && !/[.!?"”]$/.test(text)) continue;
    kept.push(text);
  }
  // A one- or two-word first line is a section label or kicker that stayed when the headline was taken out.
  if (kept.length > 1 && wordCount(kept[0]!) <= 2 && !/[.!?"”]$/.test(kept[0]!)) kept.shift();
  return kept;
}
