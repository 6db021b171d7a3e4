// One page of results: title and snippet with the matched words marked. Everything is rendered as text.
import type { ResultCard } from '../../lib/search/format.ts';
import { highlight, snippet, type Segment } from '../../lib/search/snippet.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const formatDay = (day: string) => dayFormat.format(new Date(`${day}T00:00:00Z`));

function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

interface Props {
  docs: ResultCard[];
  /** The texts the snippets are cut from, in the same order; null while they load. */
  texts: string[] | null;
  terms: string[];
  base: string;
}

export function Results({ docs, texts, terms, base }: Props) {
  return (
    <ol>
      {docs.map((doc, i) => (
        <li key={doc.id}>
          <h3>
            <a href={`${base}statements/${doc.id}/`}>
              <Marked segments={highlight(doc.title, terms)} />
            </a>
          </h3>
          <span className="meta">
            {doc.outlet} · {doc.published ? formatDay(doc.day) : `undated (first seen ${formatDay(doc.day)})`} · {doc.kind}
          </span>
          {texts ? (
            <p>
              {doc.summary ? <span className="label">Pantau’s summary: </span> : null}
              <Marked segments={snippet(texts[i] ?? '', terms)} />
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
