/**
 * Writes what waits to be written the moment the panel may go away: the page hidden or closed
 * (`visibilitychange`, `pagehide`), the focus leaving a field or the panel (`focusout`, `blur`:
 * the agent turned to the CRM page), and the component unmounted (another account or section).
 * `flush` must be cheap when nothing waits: every one of these events calls it.
 */
import { useEffect } from 'react';

export function useLeaveFlush(flush: () => void, options: { onBlur?: boolean } = {}): void {
  const onBlur = options.onBlur ?? false;
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    if (onBlur) {
      window.addEventListener('blur', flush);
      document.addEventListener('focusout', flush);
    }
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('blur', flush);
      document.removeEventListener('focusout', flush);
      flush();
    };
  }, [flush, onBlur]);
}
