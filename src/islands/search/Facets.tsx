// The facet checkboxes: one fieldset per facet, counts within the current search, the most common values first.
import { useState } from 'react';
import { FACETS, type FacetKey } from '../../lib/search/format.ts';
import type { FacetCount, FacetCoverage } from '../../lib/search/engine.ts';

const SHOWN = 8;

interface Props {
  counts: Record<FacetKey, FacetCount[]> | null;
  coverage: FacetCoverage | null;
  onToggle: (facet: FacetKey, value: string, on: boolean) => void;
  onCountAll: () => void;
}

export function Facets({ counts, coverage, onToggle, onCountAll }: Props) {
  if (!counts) return <p className="muted">Loading filters…</p>;
  return (
    <>
      {coverage && coverage.uncountedMatches > 0 ? (
        <p className="facet-coverage">
          Counted in the newest {coverage.countedDocs.toLocaleString('en')} statements;{' '}
          {coverage.uncountedMatches.toLocaleString('en')} older {coverage.uncountedMatches === 1 ? 'match is' : 'matches are'} not
          counted yet.{' '}
          <button type="button" className="more" onClick={onCountAll}>
            Count all
          </button>
        </p>
      ) : null}
      {FACETS.map(({ key, label }) =>
        counts[key].length === 0 ? null : (
          <FacetGroup key={key} facet={key} legend={label} values={counts[key]} onToggle={onToggle} />
        ),
      )}
    </>
  );
}

function FacetGroup({ facet, legend, values, onToggle }: { facet: FacetKey; legend: string; values: FacetCount[] } & Pick<Props, 'onToggle'>) {
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
              <span>{v.label}</span>
              <span className="count">{v.count.toLocaleString('en')}</span>
            </label>
          </li>
        ))}
      </ul>
      {values.length > SHOWN ? (
        <button type="button" className="more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Show fewer' : `Show all ${values.length}`}
        </button>
      ) : null}
    </fieldset>
  );
}
