import { useId, useRef, useState } from 'react';
import { download } from '@/components/settings/download';
import { useI18n } from '@/components/shell/i18n';
import { generateKeyPair } from '@/lib/pack/sign';
import { readKeyFile, type SigningKey, trustedKeyEntry, trustedKeysFile } from '@/lib/studio/release';
import { StoredKeys } from './StoredKeys';

interface Props {
  keys: readonly SigningKey[];
  onKeys: (keys: SigningKey[]) => void;
  now?: () => number;
}

/** Two keys at most: the current one and the new one of a rotation (issue 17 item 5). */
export const MAX_SESSION_KEYS = 2;

/**
 * The keys that sign, held in memory for this session (issue 17 item 5): loaded from a `.key`
 * file, generated here (its private file offered once), or unlocked from the encrypted store.
 * Administrators get every loaded key's public entry, as text and as a file.
 */
export function SigningKeys({ keys, onKeys, now = Date.now }: Props) {
  const { t, l } = useI18n();
  const id = useId();
  const [problem, setProblem] = useState('');
  const [fresh, setFresh] = useState<SigningKey>();
  // Reading a key file or generating a pair is async: a handler finishing after another one
  // must see the keys that one added, not those of the render it was created in (a third file
  // chosen quickly was otherwise let past the limit, or dropped a key).
  const latest = useRef(keys);
  latest.current = keys;

  const add = (key: SigningKey) => {
    const held = latest.current;
    if (held.some((k) => k.keyId === key.keyId))
      return setProblem(t('studio.keys.already', { keyId: key.keyId }));
    if (held.length >= MAX_SESSION_KEYS) return setProblem(t('studio.keys.tooMany'));
    setProblem('');
    const next = [...held, key];
    latest.current = next;
    onKeys(next);
  };

  const generate = async () => {
    const pair = await generateKeyPair();
    if (latest.current.length >= MAX_SESSION_KEYS) return setProblem(t('studio.keys.tooMany'));
    setFresh(pair);
    add(pair);
  };

  return (
    <fieldset className="studio-keys">
      <legend>{t('studio.keys.title')}</legend>
      <div className="studio-field">
        <label htmlFor={`${id}-file`}>{t('studio.keys.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            const read = await readKeyFile(await file.text());
            e.target.value = '';
            if (read.ok) add(read.key);
            else setProblem(l(read.message));
          }}
        />
      </div>
      <button type="button" onClick={() => void generate()}>
        {t('studio.keys.generate')}
      </button>
      {fresh ? (
        <div role="note" className="studio-warning">
          <p>{t('studio.keys.generated', { keyId: fresh.keyId })}</p>
          <button
            type="button"
            onClick={() => {
              download(
                `pack-signing-${fresh.keyId}.key`,
                'application/octet-stream',
                `${fresh.privateKey}\n`,
              );
              setFresh(undefined);
            }}
          >
            {t('studio.keys.downloadKey')}
          </button>
        </div>
      ) : null}
      {problem ? <p role="alert">{problem}</p> : null}
      {keys.length > 1 ? <p>{t('studio.keys.rotation')}</p> : null}
      {keys.map((key) => (
        <div key={key.keyId} className="studio-key">
          <p>{t('studio.keyLoaded', { keyId: key.keyId })}</p>
          <label htmlFor={`${id}-${key.keyId}`}>
            {t('studio.trustEntry')}
            {keys.length > 1 ? ` · ${key.keyId}` : ''}
          </label>
          <input id={`${id}-${key.keyId}`} readOnly value={trustedKeyEntry(key)} />
          <button type="button" onClick={() => onKeys(keys.filter((k) => k.keyId !== key.keyId))}>
            {t('studio.keys.remove', { keyId: key.keyId })}
          </button>
        </div>
      ))}
      {keys.length > 0 ? (
        <button
          type="button"
          onClick={() => download('call-assist-trusted-keys.json', 'application/json', trustedKeysFile(keys))}
        >
          {t('studio.keys.downloadPublic')}
        </button>
      ) : null}
      <StoredKeys loaded={keys} onUnlock={add} now={now} />
    </fieldset>
  );
}
