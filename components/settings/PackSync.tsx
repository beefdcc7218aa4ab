import { type ChangeEvent, useCallback, useEffect, useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { isImeKey } from '@/components/shell/keys';
import type { MessageKey } from '@/lib/i18n';
import type { PackStatus } from '@/lib/messaging/protocol';
import { send } from '@/lib/messaging/send';
import type { InstalledPack } from '@/lib/pack/installed';
import { decodePackBytes } from '@/lib/pack/pack-bytes';
import { LIMITS } from '@/lib/pack/schema';
import { shownUrl } from '@/lib/pack/shown-url';
import { keyIdOf } from '@/lib/pack/sign';
import type { ActivePack } from '@/lib/pack/store';
import { type CheckRecord, SYNC_STATE_KEY } from '@/lib/pack/sync-state';
import { type Settings, writeSettings } from '@/lib/settings';
import { packName } from './pack-name';
import './pack-sync.css';

/** What the section needs from the extension; tests hand in their own. */
export interface PackSyncApi {
  status(): Promise<PackStatus>;
  checkNow(): Promise<CheckRecord>;
  importText(text: string): Promise<CheckRecord>;
  save(patch: Partial<Settings>): Promise<unknown>;
  /** Calls back when the background records a check; returns the unsubscribe. */
  onStateChanged(listener: () => void): () => void;
}

export const extensionPackSyncApi: PackSyncApi = {
  status: () => send('pack/status', {}),
  checkNow: () => send('pack/check-now', {}),
  importText: (text) => send('pack/import', { text }),
  save: (patch) => writeSettings(patch),
  onStateChanged(listener) {
    const handle = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (SYNC_STATE_KEY in changes || 'settings' in changes)) listener();
    };
    browser.storage.onChanged.addListener(handle);
    return () => browser.storage.onChanged.removeListener(handle);
  },
};

interface Props {
  settings: Settings;
  activePack?: InstalledPack | undefined;
  /** The active pack as the panel reads it: says when a stored version fails this build's checks. */
  activeRead?: ActivePack | undefined;
  api?: PackSyncApi;
}

/** Options for pack sync (issue 8): URL, trusted keys, interval, check now, import, developer mode. */
export function PackSync({ settings, activePack, activeRead, api = extensionPackSyncApi }: Props) {
  const { t, l, locale } = useI18n();
  const id = useId();
  const [status, setStatus] = useState<PackStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [imported, setImported] = useState<CheckRecord | null>(null);
  const [keyInput, setKeyInput] = useState('');
  const [keyError, setKeyError] = useState('');
  const [url, setUrl] = useState(settings.packUrl);

  const refresh = useCallback(() => {
    void api.status().then(setStatus, (e: unknown) => setError(String(e)));
  }, [api]);
  useEffect(() => {
    refresh();
    return api.onStateChanged(refresh);
  }, [api, refresh]);
  useEffect(() => setUrl(settings.packUrl), [settings.packUrl]);

  const managed = status?.config.managed ?? {};
  const time = (at: number) =>
    new Date(at).toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN', { hour12: false });

  const checkNow = async () => {
    setBusy(true);
    setError('');
    try {
      await api.checkNow();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const addKey = async () => {
    const publicKey = keyInput.trim();
    try {
      const keyId = await keyIdOf(publicKey);
      if (!settings.trustedKeys.some((k) => k.publicKey === publicKey)) {
        await api.save({ trustedKeys: [...settings.trustedKeys, { keyId, publicKey }] });
      }
      setKeyInput('');
      setKeyError('');
    } catch {
      setKeyError(t('options.packKeyInvalid'));
    }
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      // Over the cap is refused by the background too; checking here avoids reading a huge file at all.
      // Bytes, not `file.text()`: decoded strictly, as a download is (a GBK file must not arrive garbled).
      const decoded =
        file.size > LIMITS.packBytes ? undefined : decodePackBytes(new Uint8Array(await file.arrayBuffer()));
      const refused = (code: string, message: CheckRecord['message']): CheckRecord => ({
        at: Date.now(),
        result: 'refused',
        code,
        source: 'import',
        message,
      });
      setImported(
        decoded === undefined
          ? refused('tooLarge', {
              zh: `超过大小上限：${file.size} 字节`,
              en: `Over the size cap: ${file.size} bytes`,
            })
          : decoded.ok
            ? await api.importText(decoded.text)
            : refused(decoded.code, decoded.message),
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
      refresh();
    }
  };

  const keys = status?.config.trustedKeys ?? settings.trustedKeys.map((k) => ({ ...k, valid: true }));
  const last = status?.state.lastCheck;

  return (
    <fieldset className="pack-sync">
      <legend>{t('options.packSync')}</legend>
      {activePack && <p>{t('options.packActive', { pack: packName(activePack, t) })}</p>}
      {activeRead?.ok && activeRead.notice && (
        <p className="pack-sync__bad" role="alert">
          {l(activeRead.notice)} {activeRead.reason && l(activeRead.reason)}
        </p>
      )}
      {activeRead && !activeRead.ok && (
        <p className="pack-sync__bad" role="alert">
          {l(activeRead.message)}
        </p>
      )}

      <div className="row">
        <label htmlFor={`${id}-url`}>{t('options.packUrl')}</label>
        <input
          id={`${id}-url`}
          type="url"
          size={48}
          // A managed URL is shown, not edited: without the credentials an admin's signed link may carry.
          value={managed.packUrl ? shownUrl(status?.config.packUrl ?? '') : url}
          disabled={Boolean(managed.packUrl)}
          placeholder="https://"
          onChange={(e) => setUrl(e.target.value)}
          onBlur={() => url !== settings.packUrl && void api.save({ packUrl: url.trim() })}
          onKeyDown={(e) =>
            e.key === 'Enter' &&
            !isImeKey(e.nativeEvent) &&
            url !== settings.packUrl &&
            void api.save({ packUrl: url.trim() })
          }
        />
      </div>
      <p className="hint">
        {t('options.packUrlHint', { minutes: status?.config.syncMinutes ?? settings.syncMinutes })}
        {managed.packUrl && ` ${t('options.packManaged')}`}
      </p>

      <div className="row">
        <label htmlFor={`${id}-minutes`}>{t('options.packMinutes')}</label>
        <input
          id={`${id}-minutes`}
          type="number"
          min={5}
          max={1440}
          value={
            managed.syncMinutes ? (status?.config.syncMinutes ?? settings.syncMinutes) : settings.syncMinutes
          }
          disabled={Boolean(managed.syncMinutes)}
          onChange={(e) => {
            const minutes = Number(e.target.value);
            if (Number.isInteger(minutes) && minutes >= 5 && minutes <= 1440)
              void api.save({ syncMinutes: minutes });
          }}
        />
      </div>

      <h2>{t('options.packKeys')}</h2>
      {managed.trustedKeys && <p className="hint">{t('options.packManaged')}</p>}
      {keys.length === 0 ? (
        <p className="hint">{t('options.packKeyNone')}</p>
      ) : (
        <ul className="pack-sync__keys">
          {keys.map((key) => (
            <li key={key.publicKey}>
              <code>{key.keyId}</code> <code className="pack-sync__pub">{key.publicKey}</code>
              {!key.valid && <span className="pack-sync__bad"> {t('options.packKeyInvalid')}</span>}
              {!managed.trustedKeys && (
                <button
                  type="button"
                  aria-label={t('options.packKeyRemove', { keyId: key.keyId })}
                  onClick={() =>
                    void api.save({
                      trustedKeys: settings.trustedKeys.filter((k) => k.publicKey !== key.publicKey),
                    })
                  }
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!managed.trustedKeys && (
        <div className="row">
          <label htmlFor={`${id}-key`}>{t('options.packKeyInput')}</label>
          <input
            id={`${id}-key`}
            size={48}
            value={keyInput}
            onChange={(e) => setKeyInput(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && !isImeKey(e.nativeEvent) && void addKey()}
            aria-invalid={keyError !== ''}
            aria-describedby={keyError ? `${id}-key-error` : undefined}
          />
          <button type="button" onClick={() => void addKey()}>
            {t('options.packKeyAdd')}
          </button>
        </div>
      )}
      {keyError && (
        <p id={`${id}-key-error`} className="pack-sync__bad" role="alert">
          {keyError}
        </p>
      )}

      <div className="row">
        <button type="button" onClick={() => void checkNow()} disabled={busy}>
          {busy ? t('options.packChecking') : t('options.packCheckNow')}
        </button>
        {status?.nextCheckAt ? (
          <span className="hint">{t('options.packNextCheck', { time: time(status.nextCheckAt) })}</span>
        ) : null}
      </div>
      <div className="pack-sync__last" role="status" aria-live="polite">
        <strong>{t('options.packLastCheck')}</strong>{' '}
        {last ? <CheckLine record={last} time={time(last.at)} /> : <span>{t('options.packNever')}</span>}
      </div>
      {error && (
        <p className="pack-sync__bad" role="alert">
          {error}
        </p>
      )}

      <h2>{t('options.packImport')}</h2>
      <p className="hint">{t('options.packImportHint')}</p>
      <input
        type="file"
        accept=".json,application/json"
        aria-label={t('options.packImport')}
        onChange={(e) => void importFile(e)}
        disabled={busy}
      />
      {imported && (
        <div className="pack-sync__last" role="status">
          <strong>{t('options.packImportResult')}</strong>{' '}
          <CheckLine record={imported} time={time(imported.at)} />
        </div>
      )}

      <div className="row">
        <input
          id={`${id}-dev`}
          type="checkbox"
          checked={settings.developerMode && (status?.config.unsignedPermitted ?? false)}
          disabled={!status?.config.unsignedPermitted}
          onChange={(e) => void api.save({ developerMode: e.target.checked })}
        />
        <label htmlFor={`${id}-dev`}>{t('options.packDevMode')}</label>
      </div>
      <p className="hint">
        {status && !status.config.unsignedPermitted
          ? t('options.packDevModeForbidden')
          : t('options.packDevModeHint')}
      </p>
    </fieldset>
  );
}

function CheckLine({ record, time }: { record: CheckRecord; time: string }) {
  const { t, l } = useI18n();
  const bad = record.result === 'refused' || record.result === 'failed';
  return (
    <span className={bad ? 'pack-sync__bad' : undefined} data-result={record.result} data-code={record.code}>
      {time} · {t(`options.packResult.${record.result}` as MessageKey)} · {l(record.message)}
      {record.details && record.details.length > 0 && (
        <span className="pack-sync__details">
          {' '}
          ({t('options.packDetails')}: {record.details.map((d) => `${d.path}: ${l(d.message)}`).join('; ')})
        </span>
      )}
    </span>
  );
}
