import { useEffect, useRef } from 'react';
import { useI18n } from '@/components/shell/i18n';
import type { MessageKey } from '@/lib/i18n';

const KEYS: MessageKey[] = [
  'keys.lines',
  'keys.said',
  'keys.answer',
  'keys.stage',
  'keys.copy',
  'keys.call',
  'keys.sections',
];

/** The key map (`?`): every action of the panel has a key. */
export function KeyMap({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div role="dialog" aria-label={t('script.keys')} className="keymap">
      <ul>
        {KEYS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <button type="button" ref={closeRef} onClick={onClose}>
        {t('script.keysClose')} <kbd>Esc</kbd>
      </button>
    </div>
  );
}
