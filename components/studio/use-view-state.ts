import { useCallback, useState } from 'react';

const PREFIX = 'call-assist.studio.view.';

/** What was kept under `key`, when it has the shape `fits` accepts. */
function kept<T>(key: string, fits: (v: unknown) => v is T): T | undefined {
  try {
    const raw = sessionStorage.getItem(PREFIX + key);
    const parsed: unknown = raw === null ? undefined : JSON.parse(raw);
    return fits(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where the lead is in the Studio (the tab, the card or item open): state that outlives the editor
 * it belongs to, so switching tabs and back, or reloading the page, returns to the same card (walk
 * 10: back on the objections tab, the first card was shown instead of the one being written). Kept
 * in this browser tab's sessionStorage: nothing of the pack, only positions; a stale one is clamped
 * by its editor. No `key`: plain component state.
 */
export function useViewState<T>(key: string | undefined, initial: T, fits: (v: unknown) => v is T) {
  const [value, setValue] = useState<T>(() => (key === undefined ? initial : (kept(key, fits) ?? initial)));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      if (key === undefined) return;
      try {
        sessionStorage.setItem(PREFIX + key, JSON.stringify(next));
      } catch {
        // Storage refused (private mode quota): the position is only kept until the tab changes.
      }
    },
    [key],
  );
  return [value, set] as const;
}

export const isIndex = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
export const isIndexOrNone = (v: unknown): v is number | null => v === null || isIndex(v);
export const isText = (v: unknown): v is string => typeof v === 'string';
