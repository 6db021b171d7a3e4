// The article extractor: title, body text, publication time, canonical address and language of one saved page.
// Body: the source declaration's selectors when it gives them; otherwise Mozilla Readability (over linkedom) finds the
// article container and our block cleaning (boilerplate.ts) removes what Readability keeps but a reader does not
// want: "Advertising" lines, captions, share bars, bylines, link lists. Measured in docs/extraction.md.
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Source } from '../../src/lib/sources.ts';
import { parsePublished, type PublishedTime } from './dates.ts';
import { detectLanguage } from './language.ts';
import { textBlocks, type TextBlock } from './blocks.ts';
import { cleanBlocks, isAdLine, removeBoilerplateElements, removeElements } from './boilerplate.ts';
import {
  dateFromUrl,
  extractCanonicalUrl,
  extractTitle,
  publishedFromDateline,
  publishedFromMetadata,
} from './metadata.ts';

export interface Article {
  title: string | null;
  /** Paragraphs joined by "\n\n". */
  text: string;
  published: PublishedTime | null;
  /** rel=canonical or og:url, absolute, http(s) only. */
  canonicalUrl: string | null;
  language: string;
}

export type ArticleSelectors = NonNullable<Source['article']>;

/** Extract one article. Never throws on any input: a page with nothing readable gives empty text and null fields. */
export function extractArticle(html: string, url: string, selectors?: Source['article']): Article {
  const document = parseDocument(html);
  // Metadata first: the body extraction below rewrites the document.
  const declaredTitle = selectors?.title ? selectedText(document, selectors.title) : null;
  const title = declaredTitle || extractTitle(document);
  const canonicalUrl = extractCanonicalUrl(document, url);
  const declaredDate = selectors?.date ? selectedDate(document, selectors.date) : null;
  const metaPublished = declaredDate ?? publishedFromMetadata(document);

  const body = (selectors?.body && declaredBody(document, selectors)) || genericBody(html, document, title);
  const text = body.join('\n\n');
  const urlDate = dateFromUrl(url);
  // A dateline gives day and month; the year comes from the address when it has one.
  const published = metaPublished ?? publishedFromDateline(body, urlDate) ?? urlDate;
  return { title, text, published, canonicalUrl, language: detectLanguage(text || (title ?? '')) };
}

function parseDocument(html: string): Document {
  const source = typeof html === 'string' ? html : '';
  const parse = (markup: string) => parseHTML(markup).document as unknown as Document;
  // linkedom reads a string without an <html> root (or with one hidden in a comment) as a fragment without
  // <head>/<body>; give such a string the page frame it lacks.
  const document = /<html[\s>]/i.test(source) ? parse(source) : null;
  if (document?.documentElement && document.head && document.body) return document;
  return parse(`<!DOCTYPE html><html><head></head><body>${source}</body></html>`);
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return []; // an invalid selector in a declaration is treated as matching nothing
  }
}

function selectedText(document: Document, selector: string): string | null {
  const element = safeQueryAll(document, selector)[0];
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text || null;
}

function selectedDate(document: Document, selector: string): PublishedTime | null {
  for (const element of safeQueryAll(document, selector)) {
    for (const raw of [element.getAttribute('datetime'), element.getAttribute('content'), element.textContent]) {
      const parsed = raw ? parsePublished(raw.trim()) : null;
      if (parsed) return parsed;
    }
  }
  return null;
}

/** The declaration's body selector: every match, in order, minus its `remove` selectors and ad lines. */
function declaredBody(document: Document, selectors: ArticleSelectors): string[] | null {
  for (const selector of selectors.remove ?? []) removeElements(document, safeQueryAll(document, selector));
  const roots = safeQueryAll(document, selectors.body!);
  // Keep only outermost matches, so nested matches do not repeat text.
  const outermost = roots.filter((r) => !roots.some((other) => other !== r && other.contains(r)));
  const blocks = outermost.flatMap((root) => textBlocks(root)).filter((b) => !isAdLine(b.text));
  return blocks.length ? blocks.map((b) => b.text) : null;
}

const MAX_READABILITY_DEPTH = 200;
const MAX_READABILITY_ELEMENTS = 60_000;

/** How deep the element tree goes below `root`, counting no further than `limit + 1`. */
function treeDepth(root: Element, limit: number): number {
  let deepest = 0;
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [element, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (depth > limit) return deepest;
    for (const child of element.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

function genericBody(html: string, document: Document, title: string | null): string[] {
  const body = document.body;
  if (!body) return [];
  // Headlines repeated inside the article container are dropped from the text.
  const titles = [title, ...[...document.querySelectorAll('h1')].map((h) => h.textContent ?? '')];
  removeBoilerplateElements(document);
  let content: Element | null | undefined = null;
  // Readability's time grows with the square of the tree's depth (real pages stay under 60 levels): a pathological
  // tree skips it, and so does one with more elements than any article page has.
  if (treeDepth(body, MAX_READABILITY_DEPTH) <= MAX_READABILITY_DEPTH) {
    try {
      const readability = new Readability<Element>(document, {
        serializer: (node) => node as Element,
        keepClasses: true,
        maxElemsToParse: MAX_READABILITY_ELEMENTS,
      });
      content = readability.parse()?.content;
    } catch {
      content = null; // Readability gives up on some broken or huge trees; the block fallback below still reads them
    }
  }
  const blocks: TextBlock[] = content ? textBlocks(content) : [];
  const cleaned = cleanBlocks(blocks, titles);
  if (cleaned.length) return cleaned;
  // Readability rewrote the tree and found nothing: read the page again, whole, minus navigation and link lists.
  const fresh = parseDocument(html);
  removeBoilerplateElements(fresh);
  return fresh.body ? cleanBlocks(textBlocks(fresh.body), titles, { dropLinkLists: true }) : [];
}
