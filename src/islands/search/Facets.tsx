// The facet checkboxes: one fieldset per facet, counts within the current search, the most common values first.
import { useState } from 'react';
import { FACETS, type FacetKey } from '../../lib/search/format.ts';
import type { FacetCount, FacetCoverage } from '../../lib/search/engine.ts';
import type { SearchWords } from './words.ts';

const SHOWN = 8;

interface Props {
  counts: Record<FacetKey, FacetCount[]> | null;
  coverage: FacetCoverage | null;
  onToggle: (facet: FacetKey, value: string, on: boolean) => void;
  onCountAll: () => void;
  words: SearchWords;
}

export function Facets({ counts, coverage, onToggle, onCountAll, words }: Props) {
  const { t, count } = words;
  if (!counts) return <p className="muted">{t('search.loadingFilters')}</p>;
  return (
    <>
      {coverage && coverage.uncountedMatches > 0 ? (
        <p className="facet-coverage">
          {count('search.coverage', coverage.uncountedMatches, { counted: coverage.countedDocs.toLocaleString('en') })}{' '}
          <button type="button" className="more" onClick={onCountAll}>
            {t('search.countAll')}
          </button>
        </p>
      ) : null}
      {FACETS.map(({ key }) =>
        counts[key].length === 0 ? null : (
          <FacetGroup key={key} facet={key} legend={t(`facet.${key}`)} values={counts[key]} onToggle={onToggle} words={words} />
        ),
      )}
    </>
  );
}

function FacetGroup({ facet, legend, values, onToggle, words }: { facet: FacetKey; legend: string; values: FacetCount[] } & Pick<Props, 'onToggle' | 'words'>) {
  const [all, setAll] = useState(false);
  const shown = all ? values : values.filter((v, i) => i < SHOWN || v.selected);
  return (
    <fieldset>
      <legend>{legend}</legend>
      <ul>
        {shown.map((v) => (
          <li key={v.value}>
            <label>
              <input
                type="checkbox"
                name={facet}
                value={v.value}
                checked={v.selected}
                onChange={(e) => onToggle(facet, v.value, e.currentTarget.checked)}
              />
              <span>{words.facetLabel(facet, v.value, v.label)}</span>
              <span className="count">{v.count.toLocaleString('en')}</span>
            </label>
          </li>
        ))}
      </ul>
      {values.length > SHOWN ? (
        <button type="button" className="more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? words.t('search.showFewer') : words.t('search.showAll', { n: values.length })}
        </button>
      ) : null}
    </fieldset>
  );
}
