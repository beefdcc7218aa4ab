/**
 * The picker's interaction on the CRM page (issue 17 item 6): the element under the pointer (or
 * with the focus) is outlined, a click (or Enter) picks it, Escape cancels. The page never sees the click, so the
 * CRM does not navigate or act on it. Everything added to the page is removed afterwards.
 */
import { isImeKey } from '../platform/ime';
import { describePick, type Picked } from './picker-label';

let cancelRunning: (() => void) | null = null;

/** Ends a pick in progress (a new pick, or the Studio asks): it resolves as cancelled. */
export function cancelPick(): void {
  cancelRunning?.();
}

export function pickOnPage(document: Document, hint: string): Promise<Picked | null> {
  cancelPick();
  const window = document.defaultView;
  if (!window) return Promise.resolve(null);
  const box = document.createElement('div');
  const bar = document.createElement('div');
  // Inline styles through the CSSOM: page CSP allows them, and no page stylesheet is touched.
  Object.assign(box.style, {
    position: 'fixed',
    zIndex: '2147483647',
    pointerEvents: 'none',
    outline: '3px solid #d9480f',
    background: 'rgba(217, 72, 15, 0.12)',
    display: 'none',
  });
  Object.assign(bar.style, {
    position: 'fixed',
    zIndex: '2147483647',
    top: '0',
    left: '0',
    right: '0',
    pointerEvents: 'none',
    padding: '6px 12px',
    font: '14px sans-serif',
    color: '#fff',
    background: '#d9480f',
  });
  bar.textContent = hint;
  bar.setAttribute('role', 'status');
  document.documentElement.append(box, bar);

  let current: Element | null = null;
  const show = (element: Element) => {
    current = element;
    const r = element.getBoundingClientRect();
    Object.assign(box.style, {
      display: 'block',
      left: `${r.left}px`,
      top: `${r.top}px`,
      width: `${r.width}px`,
      height: `${r.height}px`,
    });
  };

  return new Promise((resolve) => {
    const swallow = (event: Event) => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const onOver = (event: Event) => {
      if (event.target instanceof window.Element) show(event.target);
    };
    const onClick = (event: Event) => {
      swallow(event);
      if (event.target instanceof window.Element) finish(describePick(event.target));
    };
    const onKey = (event: KeyboardEvent) => {
      // The Enter or Escape of a pinyin composition in a CRM field is the IME's, not a pick.
      if (isImeKey(event)) return;
      if (event.key === 'Escape') {
        swallow(event);
        finish(null);
      } else if (event.key === 'Enter' && current) {
        swallow(event);
        finish(describePick(current));
      }
    };
    const pressed = ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'dblclick', 'auxclick'];
    const finish = (picked: Picked | null) => {
      cancelRunning = null;
      window.removeEventListener('mouseover', onOver, true);
      window.removeEventListener('focusin', onOver, true);
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('keydown', onKey, true);
      for (const name of pressed) window.removeEventListener(name, swallow, true);
      box.remove();
      bar.remove();
      resolve(picked);
    };
    cancelRunning = () => finish(null);
    window.addEventListener('mouseover', onOver, true);
    // Keyboard: Tab moves the outline with the focus, Enter picks it.
    window.addEventListener('focusin', onOver, true);
    window.addEventListener('click', onClick, true);
    window.addEventListener('keydown', onKey, true);
    for (const name of pressed) window.addEventListener(name, swallow, true);
  });
}
