// The citation block on a statement page: enough for a reader to find the source and Pantau's copy.
import type { Statement } from './schema.ts';
import { formatDate } from './dates.ts';
import { t, type Locale } from '../i18n/index.ts';

export function citationText(
  s: Pick<Statement, 'title' | 'titleBy' | 'outlet' | 'url' | 'published' | 'publishedPrecision' | 'origin' | 'speakers'>,
  permalink: string,
  accessed: string,
  locale: Locale = 'en',
): string {
  const when = s.published ? formatDate(s.published, s.publishedPrecision ?? 'day', locale) : t(locale, 'cite.dateNotGiven');
  const who = s.speakers.length > 0 ? `${s.speakers.join(', ')}. ` : '';
  const what = s.origin === 'curated' ? t(locale, 'cite.summaryOf', { outlet: s.outlet }) : s.outlet;
  // A title Pantau wrote is not the source's: cite it in square brackets, as a supplied title.
  const title = s.titleBy === 'pantau' ? `[${s.title}]` : `"${s.title}"`;
  return `${who}${title}. ${what}, ${when}. ${s.url}. ${t(locale, 'cite.record', { permalink, date: formatDate(accessed, 'day', locale) })}`;
}

type Cited = Pick<Statement, 'id' | 'title' | 'titleBy' | 'outlet' | 'kind' | 'url' | 'published' | 'firstSeen' | 'origin' | 'language' | 'speakers'>;

/** CSL-JSON, the format Zotero, Mendeley and citeproc read: one item a statement. A ministry's, regulator's or
 *  platform's statement is a web page with the body as its author; a news report has no author we know. */
export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage' | 'dataset';
  title: string;
  'container-title'?: string;
  author?: { literal: string }[];
  issued?: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL: string;
  language?: string;
  version?: string;
  medium?: string;
  note: string;
}

const dateParts = (day: string): { 'date-parts': [[number, number, number]] } => {
  const [y, m, d] = day.slice(0, 10).split('-').map(Number) as [number, number, number];
  return { 'date-parts': [[y, m, d]] };
};

function statementNote(s: Cited, permalink: string): string {
  const notes = [`Pantau record: ${permalink}`];
  if (s.origin === 'curated') notes.push('Summary by Pantau of the source');
  if (s.titleBy === 'pantau') notes.push('title supplied by Pantau');
  if (s.speakers.length > 0) notes.push(`speakers: ${s.speakers.join(', ')}`);
  return notes.join('; ');
}

export function statementCsl(s: Cited, permalink: string, accessed: string): CslItem {
  return {
    id: `pantau-${s.id}`,
    type: s.kind === 'news' ? 'article-newspaper' : 'webpage',
    title: s.title,
    'container-title': s.outlet,
    ...(s.kind === 'news' ? {} : { author: [{ literal: s.outlet }] }),
    // The day in the source's own offset, as the page shows it.
    ...(s.published ? { issued: dateParts(s.published) } : {}),
    accessed: dateParts(accessed),
    URL: s.url,
    ...(s.language === 'und' ? {} : { language: s.language }),
    note: statementNote(s, permalink),
  };
}

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', $: '\\$', '&': '\\&', '%': '\\%', '#': '\\#', _: '\\_',
  '^': '\\textasciicircum{}', '~': '\\textasciitilde{}',
};
/** Text as a BibTeX field value: specials escaped, so that braces always balance and nothing is read as a command. */
const bibtexText = (text: string) => text.replace(/[\\{}$&%#_^~]/g, (c) => BIBTEX_SPECIAL[c]!);
/** An address keeps its characters (it must still work when copied) but for those that would break the field. */
const bibtexUrl = (url: string) => url.replace(/[{}\\%\s]/g, (c) => encodeURIComponent(c));

function bibtexEntry(type: string, key: string, fields: [string, string | null][]): string {
  const lines = fields.filter((f): f is [string, string] => f[1] !== null).map(([name, value]) => `  ${name} = ${value}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

/** BibTeX from the CSL item, so that both always say the same: @misc, which every BibTeX and biblatex style reads.
 *  The title is double-braced so that styles keep its capitals. */
export function bibtex(item: CslItem): string {
  const issued = item.issued?.['date-parts'][0];
  const accessed = item.accessed['date-parts'][0];
  const iso = (parts: number[]) => parts.map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
  return bibtexEntry('misc', item.id, [
    ['title', `{{${bibtexText(item.title)}}}`],
    ['author', item.author ? `{{${bibtexText(item.author.map((a) => a.literal).join(' and '))}}}` : null],
    ['howpublished', item['container-title'] ? `{${bibtexText(item['container-title'])}}` : item.medium ? `{${bibtexText(item.medium)}}` : null],
    ['year', issued ? `{${issued[0]}}` : null],
    ['month', issued ? BIBTEX_MONTHS[issued[1] - 1]! : null],
    ['date', issued ? `{${iso(issued)}}` : null],
    ['version', item.version ? `{${bibtexText(item.version)}}` : null],
    ['url', `{${bibtexUrl(item.URL)}}`],
    ['urldate', `{${iso(accessed)}}`],
    ['language', item.language ? `{${item.language}}` : null],
    ['note', `{${bibtexText(item.note)}}`],
  ]);
}

/** The dataset as of one snapshot: its date, the database's content hash, and where the snapshots are listed. */
export function datasetCsl(snapshot: { date: string; sha256: string }, dataPage: string, accessed: string): CslItem {
  return {
    id: `pantau-dataset-${snapshot.date}`,
    type: 'dataset',
    title: 'Pantau: what governments, regulators and platforms say about regulating social media',
    author: [{ literal: 'Pantau' }],
    issued: dateParts(snapshot.date),
    accessed: dateParts(accessed),
    URL: dataPage,
    version: `snapshot of ${snapshot.date}`,
    medium: 'SQLite database (pantau.sqlite)',
    note: `pantau.sqlite, sha256 ${snapshot.sha256}`,
  };
}
