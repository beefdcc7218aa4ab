/**
 * A question or dialog that takes the focus gives it back when it closes (live-call walk 12): the
 * key map and the end-call question closed by Esc left the focus on the page, where a screen
 * reader loses its place. The focus goes back to what had it before (a script line, a field), else
 * to the open section, so the section's keys and Space work again at once.
 */
import { useLayoutEffect } from 'react';

const lost = () => {
  const focused = document.activeElement;
  return focused === null || focused === document.body || !focused.isConnected;
};

/** While `open`: remembers the focus before it moves in (layout effects run before the dialog's own focus effect). */
export function useReturnFocus(open: boolean): void {
  useLayoutEffect(() => {
    if (!open) return;
    const focused = document.activeElement;
    const opener = focused instanceof HTMLElement && focused !== document.body ? focused : null;
    return () => {
      // After the dialog is gone; a control the agent moved to meanwhile keeps the focus.
      queueMicrotask(() => {
        if (!lost()) return;
        const back =
          opener?.isConnected === true
            ? opener
            : document.querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])');
        back?.focus();
      });
    };
  }, [open]);
}
