import { useLayoutEffect, useMemo, useRef } from 'react';
import type { ListedResult } from '@/lib/objections/fallback';
import type { Objection } from '@/lib/pack/schema';
import type { SearchKey } from './search-keys';

export type SearchKeyHandlers = Readonly<Record<SearchKey, (event: KeyboardEvent, chord: string) => boolean>>;

export interface SearchKeyState {
  results: readonly ListedResult[];
  /** The highlighted result (already clamped to the list). */
  activeIndex: number;
  /** The arrows were used: a digit picks a result only then. */
  browsing: boolean;
  setActive: (index: number) => void;
  setBrowsing: (browsing: boolean) => void;
  /** Opens a card; the latest one given is called (it changes with the call on every render). */
  open: (objection: Objection) => void;
}

/**
 * The search box's list keys (registry scope `objections`, `field`), handled by the box itself
 * (fieldBinding): only for a real result, a digit only once the arrows are used. Built again only
 * when the list, the highlight or browsing changes, not on every render of the section (review
 * debts, item 3).
 */
export function useSearchKeys({
  results,
  activeIndex,
  browsing,
  setActive,
  setBrowsing,
  open,
}: SearchKeyState): SearchKeyHandlers {
  // Read when a key is pressed, never during render: the handlers need not change with it.
  const openLatest = useRef(open);
  useLayoutEffect(() => {
    openLatest.current = open;
  });
  return useMemo(
    () => ({
      'objections.move': (event) => {
        if (results.length === 0) return false;
        const step = event.key === 'ArrowUp' ? -1 : 1;
        setActive(Math.max(0, Math.min(activeIndex + step, results.length - 1)));
        setBrowsing(true);
        return true;
      },
      'objections.open': () => {
        const result = results[activeIndex];
        if (!result) return false;
        openLatest.current(result.objection);
        return true;
      },
      'objections.pick': (_event, chord) => {
        const result = results[Number(chord) - 1];
        if (!browsing || !result) return false;
        openLatest.current(result.objection);
        return true;
      },
    }),
    [results, activeIndex, browsing, setActive, setBrowsing],
  );
}
