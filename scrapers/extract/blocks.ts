// Turn a DOM subtree into text blocks (paragraphs, headings, list items …), keeping for each block how much of its
// text sits inside links, so that boilerplate (related links, share bars) can be judged block by block.

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
/** Never text: scripts, styles, embedded objects, form controls. */
export const SKIPPED_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'SELECT',
  'BUTTON', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK',
]);

export interface TextBlock {
  text: string;
  /** The element that opened the block (its nearest block-level ancestor). */
  element: Element;
  /** Characters of `text` that were inside <a> elements. */
  linkChars: number;
}

const collapse = (s: string) => s.replace(/[ \t\r\n\f\u00a0\u200b]+/g, ' ');

export function textBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let owner: Element = root;
  /** Only whitespace since the last <br>. */
  let afterBreak = false;
  const flush = () => {
    afterBreak = false;
    const text = parts.join('').split('\n').map((line) => line.trim()).filter(Boolean).join('\n');
    if (text) blocks.push({ text, element: owner, linkChars: Math.min(linkChars, text.length) });
    parts = [];
    linkChars = 0;
  };
  // Depth-first with an explicit stack, so that absurdly deep markup cannot overflow the call stack.
  type Step = { node: Node; inLink: boolean } | { close: Element; outer: Element };
  const stack: Step[] = [{ node: root, inLink: false }];
  while (stack.length) {
    const step = stack.pop()!;
    if ('close' in step) {
      flush();
      owner = step.outer;
      continue;
    }
    const { node, inLink } = step;
    if (node.nodeType === 3) {
      const text = collapse(node.nodeValue ?? '');
      parts.push(text);
      if (inLink) linkChars += text.trim().length;
      if (text.trim()) afterBreak = false;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (tag === 'BR') {
      // Two line breaks in a row separate paragraphs (pages laid out with <br><br> instead of <p>).
      if (afterBreak) flush();
      else parts.push('\n');
      afterBreak = !afterBreak;
      continue;
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      stack.push({ close: element, outer: owner });
      owner = element;
    }
    const children: Step[] = [];
    for (let child = element.firstChild; child; child = child.nextSibling) children.push({ node: child, inLink: inLink || tag === 'A' });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return blocks;
}
