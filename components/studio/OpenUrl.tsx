import { useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { type Opened, openUrl } from '@/lib/studio/open';

/**
 * Open a pack or signed envelope from an https address (issue 17 item 1), through the extension's
 * one download: its size cap, timeout and redirect rule. A failure is a sentence; the draft stays.
 */
export function OpenUrl({ onOpened }: { onOpened: (result: Opened) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    try {
      onOpened(await openUrl(url, { fetch: (address, init) => fetch(address, init) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="studio-url"
      onSubmit={(e) => {
        e.preventDefault();
        void open();
      }}
    >
      <label htmlFor={`${id}-url`}>{t('studio.open.url')}</label>
      <input id={`${id}-url`} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      <button type="submit" disabled={busy || url.trim() === ''}>
        {t('studio.open.urlButton')}
      </button>
      {busy ? <span role="status">{t('studio.open.loading')}</span> : null}
    </form>
  );
}
