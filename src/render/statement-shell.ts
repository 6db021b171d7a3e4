// The shell of the statement pages in a build: the page Astro makes once per language, the layout around
// placeholders, and how a statement's page is put into it (src/render/statement-pages.ts). No dependencies: the
// config names SHELL_ID, to leave the shell out of the sitemap.
import { escapeMarkup } from '../lib/escape.ts';
import { Markup } from './markup.ts';
import type { StatementPage } from './statement-page.ts';

/** The id of the shell page: no statement has it (ids are hex digests), and the sitemap leaves it out. */
export const SHELL_ID = 'shell-of-every-statement-page';
const SLOTS = { title: '%%PANTAU_TITLE%%', description: '%%PANTAU_DESCRIPTION%%', body: '%%PANTAU_BODY%%' } as const;
/** What the shell page shows: placeholders, filled for each statement. */
export const SHELL_PAGE: StatementPage = {
  title: SLOTS.title,
  description: SLOTS.description,
  body: new Markup(SLOTS.body),
};

/** The shell split at its placeholders and at its own path (in the links to the other language): the even pieces
 *  are the layout's markup, the odd ones the slot each is followed by. */
export function splitShell(shell: string): string[] {
  const pieces = shell.split(new RegExp(`(${Object.values(SLOTS).join('|')}|/statements/${SHELL_ID}/)`));
  if (!pieces.includes(SLOTS.body)) throw new Error('statement pages: the shell page has no place for the page body');
  return pieces;
}

export function fillShell(pieces: readonly string[], id: string, page: StatementPage): string {
  const slot = (piece: string) =>
    piece === SLOTS.title
      ? escapeMarkup(page.title)
      : piece === SLOTS.description
        ? escapeMarkup(page.description)
        : piece === SLOTS.body
          ? page.body.html
          : `/statements/${id}/`;
  return pieces.map((piece, i) => (i % 2 === 0 ? piece : slot(piece))).join('');
}
