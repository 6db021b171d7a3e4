// The search box's suggestions: platforms, actors, issues and people as one types (a combobox: arrow keys move,
// Enter picks, Escape closes). The suggestion index and MiniSearch load on first use, apart from the page's script.
import { useEffect, useRef, useState } from 'react';
import type { SearchEngine } from '../../lib/search/engine.ts';
import type { Suggester, Suggestion } from '../../lib/search/suggest.ts';
import type { SearchWords } from './words.ts';

export const SUGGESTIONS_ID = 'search-suggestions';
const optionId = (i: number) => `search-suggestion-${i}`;

/** What was typed that the suggestions answer: the whole box, or else its last word. */
export interface Suggested {
  typed: string;
  list: Suggestion[];
}

function suggestFor(suggester: Suggester, text: string): Suggested {
  const whole = text.trim();
  const list = suggester.suggest(whole);
  if (list.length > 0 || !/\s/.test(whole)) return { typed: whole, list };
  const last = whole.split(/\s+/).at(-1)!;
  return { typed: last, list: suggester.suggest(last) };
}

export function useSuggestions(engine: () => Promise<SearchEngine>, text: string, wanted: boolean) {
  const suggester = useRef<Promise<Suggester> | null>(null);
  const [suggested, setSuggested] = useState<Suggested>({ typed: '', list: [] });
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!wanted || text.trim().length < 2) {
      setSuggested({ typed: '', list: [] });
      return;
    }
    let current = true;
    suggester.current ??= Promise.all([engine().then((e) => e.suggestIndex()), import('../../lib/search/suggest.ts')]).then(
      ([json, { Suggester }]) => Suggester.load(json as Parameters<typeof Suggester.load>[0]),
    );
    suggester.current.then(
      (s) => {
        if (!current) return;
        setSuggested(suggestFor(s, text));
        setActive(-1);
        setOpen(true);
      },
      () => (suggester.current = null),
    );
    return () => {
      current = false;
    };
  }, [engine, text, wanted]);

  const shown = open && suggested.list.length > 0;
  return {
    suggested,
    active,
    shown,
    close: () => {
      setOpen(false);
      setActive(-1);
    },
    /** Arrow keys move through the list; returns the suggestion Enter should pick, if one is active. */
    onKey(key: string): 'handled' | 'pick' | null {
      if (key === 'ArrowDown' || key === 'ArrowUp') {
        if (suggested.list.length === 0) return null;
        setOpen(true);
        const n = suggested.list.length;
        setActive((a) => (key === 'ArrowDown' ? (a + 1) % n : a <= 0 ? n - 1 : a - 1));
        return 'handled';
      }
      if (key === 'Escape' && shown) {
        setOpen(false);
        setActive(-1);
        return 'handled';
      }
      if (key === 'Enter' && shown && active >= 0) return 'pick';
      return null;
    },
    comboboxProps: {
      role: 'combobox',
      'aria-autocomplete': 'list' as const,
      'aria-expanded': shown,
      'aria-controls': SUGGESTIONS_ID,
      'aria-activedescendant': shown && active >= 0 ? optionId(active) : undefined,
    },
  };
}

interface ListProps {
  list: Suggestion[];
  active: number;
  onPick: (s: Suggestion) => void;
  words: SearchWords;
}

export function SuggestionList({ list, active, onPick, words }: ListProps) {
  return (
    <ul id={SUGGESTIONS_ID} role="listbox" aria-label={words.t('search.suggestions')} className="search-suggestions">
      {list.map((s, i) => (
        <li
          key={`${s.kind}:${s.value}`}
          id={optionId(i)}
          role="option"
          aria-selected={i === active}
          // Picking with the mouse must not blur the box first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(s)}
        >
          <span className="name">{words.facetLabel(s.kind, s.value, s.name)}</span> <span className="kind">{words.t(`facet.${s.kind}`)}</span>
          {s.detail ? <span className="detail"> · {s.detail}</span> : null}
        </li>
      ))}
    </ul>
  );
}
