// The search box's suggestions: platforms, actors, issues and people, by any of their English or Malay names, found
// by prefix and with typos by MiniSearch over a small index of the taxonomy. Its options live here alone: MiniSearch
// refuses to load an index with options other than those it was built with, and the build and the island both
// import this module.
import MiniSearch, { type AsPlainObject, type Options, type SearchResult } from 'minisearch';
import { spellingVariant } from '../malay-stem.ts';
import type { SearchVocabulary, SubjectFacet } from './subjects.ts';

export type SuggestionKind = SubjectFacet | 'person';

interface SuggestDocument {
  key: string;
  kind: SuggestionKind;
  /** The facet value: a taxonomy id, or a person's id (the speaker facet). */
  value: string;
  name: string;
  /** What the suggestion shows beside the name: a person's office. */
  detail: string;
  /** Every other name, as its distinct words. */
  aliases: string;
}

export interface Suggestion {
  kind: SuggestionKind;
  value: string;
  name: string;
  detail: string;
}

/** Index terms: lower case, Latin diacritics folded, informal reduplication read ("kanak2"). */
function suggestTerm(term: string): string | null {
  const folded = term.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return folded ? spellingVariant(folded) : null;
}

export const SUGGEST_OPTIONS: Options<SuggestDocument> = {
  idField: 'key',
  fields: ['name', 'aliases'],
  storeFields: ['kind', 'value', 'name', 'detail'],
  processTerm: suggestTerm,
  searchOptions: { prefix: true, fuzzy: 0.2, boost: { name: 2 }, combineWith: 'AND', processTerm: suggestTerm },
};

/** How many suggestions the box shows. */
export const SUGGESTIONS_SHOWN = 8;

const distinctWords = (names: readonly string[]) => [...new Set(names.join(' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean))].join(' ');

/** The index as the build writes it (`suggest.json`): a few kilobytes gzipped. */
export function suggestIndex(vocabulary: SearchVocabulary): AsPlainObject {
  const index = new MiniSearch<SuggestDocument>(SUGGEST_OPTIONS);
  index.addAll([
    ...vocabulary.subjects.map((s) => ({
      key: `${s.facet}:${s.id}`,
      kind: s.facet,
      value: s.id,
      name: s.name,
      detail: '',
      aliases: distinctWords(s.aliases),
    })),
    ...vocabulary.people.map((p) => ({
      key: `person:${p.id}`,
      kind: 'person' as const,
      value: p.id,
      name: p.name,
      detail: p.office,
      aliases: distinctWords(p.aliases),
    })),
  ]);
  return index.toJSON();
}

export class Suggester {
  private constructor(private readonly index: MiniSearch<SuggestDocument>) {}

  /** Reads the index the build wrote (the JSON as fetched, parsed). */
  static load(json: AsPlainObject): Suggester {
    return new Suggester(MiniSearch.loadJS<SuggestDocument>(json, SUGGEST_OPTIONS));
  }

  /** The best matches for what was typed: all its words must match, each by prefix or with a typo. */
  suggest(typed: string): Suggestion[] {
    if (typed.trim().length < 2) return [];
    return this.index
      .search(typed)
      .slice(0, SUGGESTIONS_SHOWN)
      .map((r: SearchResult) => ({ kind: r.kind, value: r.value, name: r.name, detail: r.detail }));
  }
}
