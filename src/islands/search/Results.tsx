// One page of results: title and snippet with the matched words marked, in the statement's language. Everything is
// rendered as text.
import type { ResultCard } from '../../lib/search/format.ts';
import { highlight, snippet, type Segment } from '../../lib/search/snippet.ts';
import type { SearchWords } from './words.ts';
import { statementLang } from '../../lib/statement-lang.ts';

const DAY_FORMATS = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ms: new Intl.DateTimeFormat('ms-MY', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

interface Props {
  docs: ResultCard[];
  /** The texts the snippets are cut from, in the same order; null while they load. */
  texts: string[] | null;
  terms: string[];
  /** Where this language's pages are. */
  pageBase: string;
  words: SearchWords;
}

export function Results({ docs, texts, terms, pageBase, words }: Props) {
  const { t, locale, facetLabel } = words;
  const formatDay = (day: string) => DAY_FORMATS[locale].format(new Date(`${day}T00:00:00Z`));
  return (
    <ol>
      {docs.map((doc, i) => (
        <li key={doc.id}>
          <h3 lang={statementLang(doc)}>
            <a href={`${pageBase}statements/${doc.id}/`}>
              <Marked segments={highlight(doc.title, terms)} />
            </a>
          </h3>
          <span className="meta">
            {doc.outlet} · {doc.published ? formatDay(doc.day) : t('search.undated', { day: formatDay(doc.day) })} · {facetLabel('kind', doc.kind, doc.kind)}
          </span>
          {texts ? (
            <p>
              {doc.summary ? <span className="label">{t('search.summaryLabel')}</span> : null}
              <span lang={statementLang(doc)}>
                <Marked segments={snippet(texts[i] ?? '', terms)} />
              </span>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
