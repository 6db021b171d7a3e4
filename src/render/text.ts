// A statement's untrusted words as text: paragraphs with claims marked, diffs between versions and copies, its tags
// and how to cite it.
import type { Copy } from '../i18n/index.ts';
import { bibtex, type CslItem } from '../lib/citation.ts';
import { SUBJECT_KINDS, type SiteData } from '../lib/data.ts';
import { highlightParagraphs, type Mark } from '../lib/highlight.ts';
import type { Tags } from '../lib/schema.ts';
import { subjectPath } from '../lib/site-url.ts';
import type { DiffPart } from '../lib/version-diff.ts';
import { attr, html, type Markup } from './markup.ts';

/** Paragraphs of text with commitment and dispute evidence marked. */
export function highlighted(copy: Copy, text: string, marks: readonly Mark[]): Markup {
  const label = (mark: Mark['kind']) =>
    html`<span class="visually-hidden"${attr('lang', copy.locale)}>${copy.t(`mark.${mark}`)}</span>`;
  const marked = (mark: Mark['kind'], words: string) => html`<mark${attr('class', mark)}>${label(mark)}${words}</mark>`;
  return html`${highlightParagraphs(text, marks).map(
    (segments) => html`<p>${segments.map((seg) => (seg.mark ? marked(seg.mark, seg.text) : seg.text))}</p>`,
  )}`;
}

/** A word diff: deletions struck through, insertions underlined, each labelled for screen readers. `lang`: the
 *  language of the text compared. */
export function diffParts(copy: Copy, parts: readonly DiffPart[], lang: string | undefined): Markup {
  const label = (key: 'diff.added' | 'diff.removed') =>
    html`<span class="visually-hidden"${attr('lang', copy.locale)}>${copy.t(key)}</span>`;
  return html`<div class="diff"${attr('lang', lang)}>${parts.map((p) =>
    p.kind === 'added'
      ? html`<ins>${label('diff.added')}${p.text}</ins>`
      : p.kind === 'removed'
        ? html`<del>${label('diff.removed')}${p.text}</del>`
        : p.text,
  )}</div>`;
}

/** The corrected tags of a statement, each linking to its subject page. */
export function tagList(copy: Copy, tags: Tags | null, names: SiteData['names']): Markup {
  const { locale, t, name } = copy;
  const groups = SUBJECT_KINDS.map((kind) => ({ kind, ids: tags?.[kind] ?? [] })).filter((g) => g.ids.length > 0);
  const people = tags?.people ?? [];
  const person = (p: (typeof people)[number]) =>
    html`<dd class="person">${p.role ? `${p.name} (${p.role})` : p.name}</dd>`;
  if (groups.length + people.length === 0) return html`<p class="muted">${t('statement.notTagged')}</p>`;
  return html`<dl class="tags">${groups.map(
    ({ kind, ids }) =>
      html`<div class="${`tag-group tag-${kind}`}"><dt>${t(`word.${kind}`)}</dt>${ids.map(
        (id) => html`<dd><a class="tag" href="${subjectPath(kind, id, locale)}">${name(names[kind], id)}</a></dd>`,
      )}</div>`,
  )}${people.length > 0 && html`<div class="tag-group tag-people"><dt>${t('word.people')}</dt>${people.map(person)}</div>`}</dl>`;
}

/** A citation as BibTeX and CSL-JSON, to read or copy (Zotero's "Import from Clipboard" and other reference managers
 *  take either): plain text in the page, no JavaScript, no file per statement. */
export function citationFormats(copy: Copy, item: CslItem): Markup {
  const format = (summary: string, className: string, text: string) =>
    html`<details class="cite-format"><summary>${summary}</summary><pre class="${`citation ${className}`}">${text}</pre></details>`;
  return html`${format('BibTeX', 'bibtex', bibtex(item))}${format(copy.t('cite.csl'), 'csl-json', JSON.stringify([item], null, 2))}`;
}
