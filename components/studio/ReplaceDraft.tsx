import { useEffect, useRef } from 'react';
import { useI18n } from '@/components/shell/i18n';

/**
 * Asked before an opened pack replaces a draft with unpublished changes (lib/studio/open.ts
 * `replacingLosesEdits`). Focus lands on "keep" (an Enter pressed
 * out of habit keeps the work; Esc keeps it too) and goes back to the opening control after.
 */
export function ReplaceDraft({
  origin,
  next,
  onReplace,
  onKeep,
}: {
  origin: string;
  next: string;
  onReplace: () => void;
  onKeep: () => void;
}) {
  const { t } = useI18n();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The control that opened the pack gets the focus back, whatever the answer (keyboard path kept).
    const opener = document.activeElement;
    keep.current?.focus();
    return () => {
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  return (
    <div
      role="alertdialog"
      aria-labelledby="studio-replace-ask"
      className="studio-confirm studio-replace"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onKeep();
      }}
    >
      <p id="studio-replace-ask">{t('studio.keep.replaceAsk', { origin, next })}</p>
      <button type="button" onClick={onReplace}>
        {t('studio.keep.replace')}
      </button>{' '}
      <button ref={keep} type="button" onClick={onKeep}>
        {t('studio.keep.keep')}
      </button>
    </div>
  );
}
