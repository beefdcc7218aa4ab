import { useEffect, useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { localDate } from '@/lib/db/dates';
import { forgetKey, loadStoredKeys, storeKey } from '@/lib/studio/key-store';
import { type StoredKey, sealKey, unlockKey } from '@/lib/studio/keys';
import type { SigningKey } from '@/lib/studio/release';

interface Props {
  /** The keys in memory: each can be stored encrypted. */
  loaded: readonly SigningKey[];
  onUnlock: (key: SigningKey) => void;
  now: () => number;
}

type Outcome = { ok: boolean; text: string } | null;

/**
 * The encrypted store, only when the lead chooses it (issue 17 item 5): store a loaded key under a
 * passphrase, unlock a stored key, forget it. The passphrase is never kept beyond its field.
 */
export function StoredKeys({ loaded, onUnlock, now }: Props) {
  const { t, l } = useI18n();
  const id = useId();
  const [stored, setStored] = useState<StoredKey[]>();
  const [passphrases, setPassphrases] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void loadStoredKeys().then((keys) => live && setStored(keys));
    return () => {
      live = false;
    };
  }, []);
  if (!stored) return null;

  const passphraseOf = (keyId: string) => passphrases[keyId] ?? '';
  const clear = (keyId: string) => setPassphrases((p) => ({ ...p, [keyId]: '' }));
  const run = async (work: () => Promise<Outcome>) => {
    setBusy(true);
    setOutcome(null);
    try {
      setOutcome(await work());
    } finally {
      setBusy(false);
    }
  };

  const store = (key: SigningKey) =>
    run(async () => {
      const sealed = await sealKey(key, passphraseOf(key.keyId), now());
      if (!sealed.ok) return { ok: false, text: l(sealed.message) };
      const saved = await storeKey(sealed.stored);
      if (!saved.ok) return { ok: false, text: l(saved.message) };
      setStored(saved.keys);
      clear(key.keyId);
      return { ok: true, text: t('studio.keys.storedDone', { keyId: key.keyId }) };
    });

  const unlock = (key: StoredKey) =>
    run(async () => {
      const opened = await unlockKey(key, passphraseOf(key.keyId));
      if (!opened.ok) return { ok: false, text: l(opened.message) };
      clear(key.keyId);
      onUnlock(opened.key);
      return null;
    });

  const forget = (keyId: string) =>
    run(async () => {
      setStored(await forgetKey(keyId));
      return { ok: true, text: t('studio.keys.forgotten', { keyId }) };
    });

  const passphrase = (keyId: string, label: string) => (
    <>
      <label htmlFor={`${id}-${keyId}`}>{label}</label>
      <input
        id={`${id}-${keyId}`}
        type="password"
        autoComplete="new-password"
        value={passphraseOf(keyId)}
        onChange={(e) => setPassphrases((p) => ({ ...p, [keyId]: e.target.value }))}
      />
    </>
  );
  const storedIds = new Set(stored.map((k) => k.keyId));
  const unsaved = loaded.filter((k) => !storedIds.has(k.keyId));

  return (
    <div className="studio-stored-keys">
      {unsaved.length > 0 ? <p className="hint">{t('studio.keys.storeHint')}</p> : null}
      {unsaved.map((key) => (
        <div key={key.keyId} className="studio-field">
          {passphrase(
            key.keyId,
            `${t('studio.keys.store', { keyId: key.keyId })} · ${t('studio.keys.passphrase')}`,
          )}
          <button type="button" disabled={busy} onClick={() => void store(key)}>
            {t('studio.keys.storeButton')}
          </button>
        </div>
      ))}
      {stored.length > 0 ? <h3>{t('studio.keys.stored')}</h3> : null}
      {stored.map((key) => (
        <div key={key.keyId} className="studio-field">
          <p>{t('studio.keys.storedKey', { keyId: key.keyId, date: localDate(key.storedAt) })}</p>
          {loaded.some((k) => k.keyId === key.keyId) ? null : (
            <>
              {passphrase(key.keyId, t('studio.keys.unlockPassphrase', { keyId: key.keyId }))}
              <button type="button" disabled={busy} onClick={() => void unlock(key)}>
                {t('studio.keys.unlock', { keyId: key.keyId })}
              </button>
            </>
          )}
          <button type="button" disabled={busy} onClick={() => void forget(key.keyId)}>
            {t('studio.keys.forget', { keyId: key.keyId })}
          </button>
        </div>
      ))}
      {busy ? <p role="status">{t('studio.keys.working')}</p> : null}
      {outcome?.ok === true ? <p role="status">{outcome.text}</p> : null}
      {outcome?.ok === false ? <p role="alert">{outcome.text}</p> : null}
    </div>
  );
}
