// The search island: reads the state from the URL, runs it against the sharded index, writes every change back to
// the URL (so a search can be shared, bookmarked and undone with the back button) and announces the results.
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { SearchEngine, type FacetCount, type FacetCoverage, type Loader, type NamedSubject } from '../lib/search/engine.ts';
import type { FacetKey, ResultCard } from '../lib/search/format.ts';
import { emptyState, hasActiveFilters, stateFromParams, stateToParams, type SearchState } from '../lib/search/query.ts';
import { Facets } from './search/Facets.tsx';
import { Results } from './search/Results.tsx';
import { SuggestionList, useSuggestions } from './search/Suggestions.tsx';
import type { Suggestion } from '../lib/search/suggest.ts';
import { ExportCsv } from './search/ExportCsv.tsx';
import { searchWords, type SearchWords } from './search/words.ts';
import type { Locale } from '../i18n/locales.ts';

const PAGE_SIZE = 10;

type View =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      total: number;
      docs: ResultCard[];
      /** The snippets' texts, fetched after the cards. */
      texts: string[] | null;
      terms: string[];
      /** Subjects the query named: their tagged statements are among the results. */
      subjects: NamedSubject[];
      facets: Record<FacetKey, FacetCount[]> | null;
      coverage: FacetCoverage | null;
    };

function indexLoader(base: string): Loader {
  return async (name, build) => {
    const url = `${base}search-index/${name}.json${build ? `?v=${build}` : ''}`;
    const response = await fetch(url, build ? undefined : { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    return response.json();
  };
}

const urlFor = (state: SearchState) => {
  const query = stateToParams(state).toString();
  return query ? `?${query}` : location.pathname;
};

interface Props {
  /** The site's base path, where the index and the downloads are. */
  base: string;
  /** Where this language's pages are: the base, or the base and "ms/". */
  pageBase: string;
  locale: Locale;
}

/** Keeps the header's link to the other language on the same search, as the URL changes. */
function followLanguageSwitch() {
  const link = document.querySelector<HTMLAnchorElement>('a.language-switch');
  if (link) link.search = location.search;
}

export default function Search({ base, pageBase, locale }: Props) {
  const words = searchWords(locale);
  const { t } = words;
  const [state, setState] = useState<SearchState>(emptyState);
  const [draft, setDraft] = useState(() => ({ q: '', sort: 'relevance', from: '', to: '' }));
  const [view, setView] = useState<View>({ status: 'loading' });
  const engine = useRef<Promise<SearchEngine> | null>(null);
  const latest = useRef(0);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const [typing, setTyping] = useState(false);
  const openEngine = useCallback(() => (engine.current ??= SearchEngine.open(indexLoader(base))), [base]);
  const suggestions = useSuggestions(openEngine, draft.q, typing);

  const run = useCallback(
    async (next: SearchState) => {
      const ticket = ++latest.current;
      try {
        const e = await openEngine();
        const start = (next.page - 1) * PAGE_SIZE;
        let texts: string[] | null = null;
        const show = async (facets: boolean) => {
          const result = await e.search(next, { facets });
          const page = result.docs.subarray(start, start + PAGE_SIZE);
          const docs = await e.cards(page);
          if (ticket !== latest.current) return null;
          setView({
            status: 'ready',
            total: result.docs.length,
            docs,
            texts,
            terms: result.highlight,
            subjects: result.subjects,
            facets: result.facets,
            coverage: result.facetCoverage,
          });
          return page;
        };
        const page = await show(e.facetsLoaded(next));
        if (!page) return;
        // Results show as soon as their cards arrive; the snippets' texts and the facet counts follow.
        texts = await e.texts(page);
        if (ticket !== latest.current) return;
        setView((v) => (v.status === 'ready' ? { ...v, texts } : v));
        if (!e.facetsLoaded(next)) {
          await e.loadFacets(next);
          if (ticket === latest.current) await show(true);
        }
      } catch (error) {
        engine.current = null;
        if (ticket === latest.current) setView({ status: 'error', message: (error as Error).message });
      }
    },
    [openEngine],
  );

  const adopt = useCallback(
    (next: SearchState) => {
      setState(next);
      setDraft({ q: next.q, sort: next.sort, from: next.from ?? '', to: next.to ?? '' });
      void run(next);
    },
    [run],
  );

  useEffect(() => {
    adopt(stateFromParams(new URLSearchParams(location.search)));
    followLanguageSwitch();
    const onPop = () => {
      adopt(stateFromParams(new URLSearchParams(location.search)));
      followLanguageSwitch();
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [adopt]);

  const commit = (next: SearchState, focusResults = false) => {
    setTyping(false);
    suggestions.close();
    history.pushState(null, '', urlFor(next));
    followLanguageSwitch();
    adopt(next);
    if (focusResults) resultsHeading.current?.focus();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    commit({ ...state, q: draft.q, sort: draft.sort === 'date' ? 'date' : 'relevance', from: draft.from || null, to: draft.to || null, page: 1 });
  };

  /** A picked subject becomes a filter (a person the speaker filter), in place of what was typed for it. */
  const pick = (s: Suggestion) => {
    const typed = suggestions.suggested.typed;
    const at = draft.q.toLowerCase().lastIndexOf(typed.toLowerCase());
    const rest = (at >= 0 ? draft.q.slice(0, at) + draft.q.slice(at + typed.length) : draft.q).replace(/\s+/g, ' ').trim();
    const facet = s.kind === 'person' ? 'speaker' : s.kind;
    const values = [...new Set([...state.filters[facet], s.value])].sort();
    commit({ ...state, q: rest, filters: { ...state.filters, [facet]: values }, page: 1 });
  };

  // The counts cover the newest documents first (a few files); this fetches the rest for the current search.
  const countAll = async () => {
    const e = await engine.current;
    if (!e) return;
    await e.loadFacets(state, { all: true });
    void run(state);
  };

  const toggle = (facet: FacetKey, value: string, on: boolean) => {
    const values = state.filters[facet].filter((v) => v !== value);
    commit({ ...state, filters: { ...state.filters, [facet]: on ? [...values, value].sort() : values }, page: 1 });
  };

  // Every result of the current search, for the CSV download.
  const allCards = async () => {
    const e = await openEngine();
    return e.cards((await e.search(state)).docs);
  };

  const pageCount = view.status === 'ready' ? Math.max(1, Math.ceil(view.total / PAGE_SIZE)) : 1;
  const pageLink = (page: number) => {
    const next = { ...state, page };
    return {
      href: urlFor(next),
      onClick: (event: { preventDefault(): void }) => {
        event.preventDefault();
        commit(next, true);
      },
    };
  };

  return (
    <div className="search">
      <form className="search-form" role="search" onSubmit={onSubmit}>
        <div className="search-row">
          <label className="search-query">
            {t('search.words')}
            <input
              type="search"
              name="q"
              value={draft.q}
              onChange={(e) => {
                setDraft({ ...draft, q: e.currentTarget.value });
                setTyping(true);
              }}
              onKeyDown={(e) => {
                const action = suggestions.onKey(e.key);
                if (action) e.preventDefault();
                if (action === 'pick') pick(suggestions.suggested.list[suggestions.active]!);
              }}
              onBlur={() => suggestions.close()}
              aria-describedby="search-help"
              autoComplete="off"
              {...suggestions.comboboxProps}
            />
          </label>
          <button type="submit">{t('search.submit')}</button>
        </div>
        {suggestions.shown ? <SuggestionList list={suggestions.suggested.list} active={suggestions.active} onPick={pick} words={words} /> : null}
        <p id="search-help" className="search-help">
          {t('search.help')}
        </p>
        <div className="search-row">
          <label>
            {t('search.from')}
            <input type="date" name="from" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })} />
          </label>
          <label>
            {t('search.to')}
            <input type="date" name="to" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })} />
          </label>
          <label>
            {t('search.sortBy')}
            <select
              name="sort"
              value={draft.sort}
              onChange={(e) => {
                const sort = e.currentTarget.value === 'date' ? 'date' : 'relevance';
                commit({ ...state, q: draft.q, sort, page: 1 });
              }}
            >
              <option value="relevance">{t('search.sort.relevance')}</option>
              <option value="date">{t('search.sort.date')}</option>
            </select>
          </label>
          {hasActiveFilters(state) ? (
            <button type="button" onClick={() => commit({ ...emptyState(), q: state.q, sort: state.sort })}>
              {t('search.clearFilters')}
            </button>
          ) : null}
        </div>
      </form>

      <div className="search-layout">
        <section className="search-facets" aria-labelledby="filters-heading">
          <h2 id="filters-heading">{t('search.filters')}</h2>
          {view.status === 'ready' ? <Facets counts={view.facets} coverage={view.coverage} onToggle={toggle} onCountAll={() => void countAll()} words={words} /> : null}
        </section>
        <section className="search-results" aria-labelledby="results-heading">
          <h2 id="results-heading" tabIndex={-1} ref={resultsHeading}>
            {t('search.results')}
          </h2>
          <p role="status" aria-live="polite" aria-atomic="true">
            {view.status === 'loading'
              ? t('search.searching')
              : view.status === 'error'
                ? t('search.indexError', { message: view.message })
                : summary(words, view.total, state, pageCount)}
          </p>
          {view.status === 'ready' && view.subjects.length > 0 ? <p className="search-subjects">{alsoTagged(words, view.subjects)}</p> : null}
          {view.status === 'error' ? (
            <p>
              {t('search.downloads').split('{link}')[0]}
              <a href={`${pageBase}data/`}>{t('search.downloadsLink')}</a>
              {t('search.downloads').split('{link}')[1]}
            </p>
          ) : null}
          {view.status === 'ready' && view.total > 0 ? <ExportCsv state={state} total={view.total} cards={allCards} base={base} words={words} /> : null}
          {view.status === 'ready' ? <Results docs={view.docs} texts={view.texts} terms={view.terms} pageBase={pageBase} words={words} /> : null}
          {view.status === 'ready' && pageCount > 1 ? (
            <nav className="search-pages" aria-label={t('search.resultPages')}>
              {state.page > 1 ? <a {...pageLink(state.page - 1)}>{t('search.previousPage')}</a> : null}
              <span>{t('search.pageOf', { page: state.page, pages: pageCount })}</span>
              {state.page < pageCount ? <a {...pageLink(state.page + 1)}>{t('search.nextPage')}</a> : null}
            </nav>
          ) : null}
        </section>
      </div>
    </div>
  );
}

function summary({ t, count: counted }: SearchWords, total: number, state: SearchState, pages: number): string {
  const q = state.q.trim();
  if (total === 0) return q ? t('search.noMatchFor', { q }) : t('search.noMatch');
  const statements = counted('search.count', total);
  const count = q ? t('search.countFor', { count: statements, q }) : statements;
  return pages > 1 ? t('search.countPaged', { count, page: Math.min(state.page, pages), pages }) : t('search.countDone', { count });
}

/** "Also statements tagged Licensing of platforms (for “pelesenan”)." */
function alsoTagged({ t, facetLabel }: SearchWords, subjects: NamedSubject[]): string {
  const tagged = subjects.map((s) => t('search.taggedFor', { label: facetLabel(s.facet, s.value, s.label), words: s.words }));
  return t('search.alsoTagged', { subjects: tagged.join(', ') });
}
