import { type RefObject, useEffect, useRef } from 'react';
import { isImeKey } from '@/components/shell/keys';
import { historyKey } from '@/lib/studio/history';

/** The class of the element holding the form editors (StudioApp). */
export const FORMS_AREA = 'studio-forms';

/**
 * Ctrl+Z / Ctrl+Y (Ctrl+Shift+Z) anywhere in the forms step through the draft's one history, as the
 * Undo and Redo buttons do: a removed card, a ticked box or a chosen option is undone from where the
 * lead is (walk 10). The source editor handles its own keys, so it is left out.
 */
export function useHistoryKeys(page: RefObject<HTMLElement | null>, onUndo: () => void, onRedo: () => void) {
  const latest = useRef({ onUndo, onRedo });
  latest.current = { onUndo, onRedo };
  useEffect(() => {
    const element = page.current;
    if (!element) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isImeKey(e)) return;
      // Only in the forms: the pasted text, the address and the changelog keep their fields' own undo.
      if (!(e.target instanceof Element && e.target.closest(`.${FORMS_AREA}`))) return;
      const step = historyKey(e);
      if (!step) return;
      // The field's own undo would fight the draft's: the draft's history already holds the typing.
      e.preventDefault();
      if (step === 'undo') latest.current.onUndo();
      else latest.current.onRedo();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, [page]);
}
