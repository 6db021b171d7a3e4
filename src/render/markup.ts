// Markup made by plain functions, for the page made 200,000 times at 100,000 statements (the statement page, in two
// languages), where Astro's component machinery cost more than the page itself (docs/scale-build.md). Everything put
// into `html` is escaped as text unless it is already Markup, so untrusted text cannot become markup.
import { escapeMarkup } from '../lib/escape.ts';

export class Markup {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

/** What may go into `html`: nothing is written for null, undefined and false; arrays are joined. */
export type Part = Markup | string | number | null | undefined | false | readonly Part[];

function markupOf(part: Part): string {
  if (part instanceof Markup) return part.html;
  if (Array.isArray(part)) return part.map(markupOf).join('');
  if (part === null || part === undefined || part === false) return '';
  return escapeMarkup(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Markup {
  let out = strings[0]!;
  for (let i = 0; i < parts.length; i++) out += markupOf(parts[i]!) + strings[i + 1]!;
  return new Markup(out);
}

/** ` name="value"`, or nothing when there is no value (as Astro leaves out an undefined attribute). */
export function attr(name: string, value: string | null | undefined): Markup {
  return new Markup(value === null || value === undefined ? '' : ` ${name}="${escapeMarkup(value)}"`);
}

const PLACE = /\{(\w+)\}/;

/** The `{name}` places a translated string leaves unfilled, for markup (`t` has already filled the plain values). */
export const placesIn = (translated: string): string[] =>
  [...translated.matchAll(new RegExp(PLACE, 'g'))].map((m) => m[1]!);

/** A translated string with markup at its unfilled `{name}` places, so that each language keeps its own word order
 *  around the links. */
export function fill(translated: string, slots: Record<string, Part>): Markup {
  const pieces = translated.split(PLACE);
  return new Markup(pieces.map((piece, i) => (i % 2 === 0 ? escapeMarkup(piece) : markupOf(slots[piece]))).join(''));
}
