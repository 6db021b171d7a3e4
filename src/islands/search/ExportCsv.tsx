// "Download these results as CSV": every result of the current search (words, filters, dates), not only the page
// shown. The CSV writer is loaded only when asked for, so the search page weighs no more.
import { useState } from 'react';
import type { ResultCard } from '../../lib/search/format.ts';
import type { SearchState } from '../../lib/search/query.ts';
import type { SearchWords } from './words.ts';

interface Props {
  state: SearchState;
  total: number;
  /** Every result's card, best first (or newest first). */
  cards: () => Promise<ResultCard[]>;
  base: string;
  words: SearchWords;
}

export function ExportCsv({ state, total, cards, base, words }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const [{ searchResultsCsv, searchCsvName }, all] = await Promise.all([import('../../lib/search/export.ts'), cards()]);
      const csv = searchResultsCsv(all, new URL(base, location.origin).href);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      link.download = searchCsvName(state);
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <p className="search-export">
      <button type="button" onClick={() => void download()} disabled={busy}>
        {busy ? words.t('search.preparingCsv') : words.count('search.downloadCsv', total)}
      </button>
      {error ? <span role="alert">{words.t('search.csvError', { message: error })}</span> : null}
    </p>
  );
}
