// The island's words in the page's language, and facet values shown in it: the index stores English labels, so the
// island puts subjects, kinds, languages and countries into Malay itself.
import { translate, translateCount, type Vars } from '../../i18n/translate.ts';
import { SEARCH_STRINGS } from '../../i18n/strings/search.ts';
import { localSubjectName } from '../../i18n/subject-names.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { FacetKey } from '../../lib/search/format.ts';

type SearchKey = keyof typeof SEARCH_STRINGS;
type CountKey = SearchKey extends infer K ? (K extends `${infer Stem}.one` ? Stem : never) : never;

export function searchWords(locale: Locale) {
  const displayNames = (type: 'language' | 'region') => new Intl.DisplayNames([locale === 'ms' ? 'ms-MY' : 'en'], { type });
  return {
    locale,
    t: (key: SearchKey, vars?: Vars) => translate(SEARCH_STRINGS, locale, key, vars),
    count: (key: CountKey, n: number, vars?: Vars) => translateCount(SEARCH_STRINGS, locale, key, n, vars),
    /** A facet value's label as the index gives it (in English), in this language. */
    facetLabel(facet: FacetKey | 'person', value: string, label: string): string {
      if (locale === 'en') return label;
      if (facet === 'platform' || facet === 'actor' || facet === 'issue') return localSubjectName(locale, value, label);
      const kind = `kind.${value}`;
      if (facet === 'kind') return kind in SEARCH_STRINGS ? translate(SEARCH_STRINGS, locale, kind as SearchKey) : label;
      if (facet === 'commitment' || facet === 'dispute') return translate(SEARCH_STRINGS, locale, 'search.yes');
      if (facet === 'language' || facet === 'jurisdiction') {
        try {
          return displayNames(facet === 'language' ? 'language' : 'region').of(value) ?? label;
        } catch {
          return label;
        }
      }
      return label;
    },
  };
}
export type SearchWords = ReturnType<typeof searchWords>;
