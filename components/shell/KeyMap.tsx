import { useEffect, useRef } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from './i18n';
import { chordLabel, KEY_BINDINGS, type KeyScope } from './keys';
import { useReturnFocus } from './return-focus';

const SCOPE_LABEL: Record<KeyScope, MessageKey> = {
  panel: 'keys.scope.panel',
  guard: 'section.guard',
  script: 'section.script',
  objections: 'section.objections',
  plan: 'section.plan',
  notes: 'section.notes',
};

/** The key map (`?`), generated from the registry, so it cannot drift from what the keys do. */
export function keyMapRows(): { scope: KeyScope; label: MessageKey; chords: string[] }[] {
  const rows: { scope: KeyScope; label: MessageKey; chords: string[] }[] = [];
  for (const binding of KEY_BINDINGS) {
    const row = rows.find((r) => r.scope === binding.scope && r.label === binding.label);
    const chords = binding.keys.map(chordLabel);
    if (row) row.chords.push(...chords.filter((c) => !row.chords.includes(c)));
    else rows.push({ scope: binding.scope, label: binding.label, chords });
  }
  return rows;
}

export function KeyMap({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const closeRef = useRef<HTMLButtonElement>(null);
  useReturnFocus(true);
  useEffect(() => closeRef.current?.focus(), []);
  const rows = keyMapRows();
  const scopes = [...new Set(rows.map((r) => r.scope))];
  return (
    <div
      role="dialog"
      aria-label={t('keys.title')}
      className="keymap"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      {scopes.map((scope) => (
        <section key={scope} aria-label={t(SCOPE_LABEL[scope])}>
          <h2>{t(SCOPE_LABEL[scope])}</h2>
          <dl>
            {rows
              .filter((r) => r.scope === scope)
              .map((r) => (
                <div key={r.label} className="keymap__row">
                  <dt>
                    {r.chords.map((c) => (
                      <kbd key={c}>{c}</kbd>
                    ))}
                  </dt>
                  <dd>{t(r.label)}</dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      <button type="button" ref={closeRef} onClick={onClose}>
        {t('keys.close')} <kbd>Esc</kbd>
      </button>
    </div>
  );
}
