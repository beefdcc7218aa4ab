import { useCallback, useEffect, useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { isImeKey } from '@/components/shell/keys';
import { crmOriginPatterns } from '@/lib/crm/origins';
import { send } from '@/lib/messaging/send';
import { MATCH_PATTERN_PORTS } from '@/lib/platform/quirks';

/** Grant a CRM origin at run time: the browser asks the user, then the content script is registered. */
export function CrmOrigins() {
  const { t } = useI18n();
  const inputId = useId();
  const [origin, setOrigin] = useState('');
  const [granted, setGranted] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  const refresh = useCallback(async () => {
    const all = (await browser.permissions.getAll()).origins ?? [];
    setGranted(all.filter((o) => /^https?:\/\//.test(o)));
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const grant = () => {
    const [pattern] = crmOriginPatterns(origin, { ports: MATCH_PATTERN_PORTS });
    if (!pattern) {
      setStatus(t('options.grantInvalid', { origin }));
      return;
    }
    // permissions.request must run inside the click, before any await.
    void browser.permissions.request({ origins: [pattern] }).then(async (ok) => {
      if (!ok) {
        setStatus(t('options.grantDenied', { origin: pattern }));
        return;
      }
      await send('crm/register-origins', { origins: [pattern] });
      setStatus(t('options.grantDone', { origin: pattern }));
      await refresh();
    });
  };

  return (
    <fieldset>
      <legend>{t('options.crm')}</legend>
      <p className="hint">{t('options.crmHint')}</p>
      <label htmlFor={inputId}>{t('options.crmOrigin')}</label>{' '}
      <input
        id={inputId}
        type="url"
        value={origin}
        placeholder="https://crm.example.com"
        onChange={(e) => setOrigin(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && !isImeKey(e.nativeEvent) && grant()}
      />{' '}
      <button type="button" onClick={grant}>
        {t('options.grant')}
      </button>
      <p role="status">{status}</p>
      <h2>{t('options.granted')}</h2>
      {granted.length === 0 ? (
        <p className="hint">{t('options.noneGranted')}</p>
      ) : (
        <ul>
          {granted.map((o) => (
            <li key={o}>
              <code>{o}</code>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
