/**
 * Options page: the search-miss log as a file for quality leads (issue 11 §3). The file holds the
 * masked queries, phases, cards opened and dates only (lib/objections/misses.ts), made here and
 * never sent anywhere.
 */
import { useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { localDate, storageErrorMessage } from '@/lib/db';
import type { CallAssistDB } from '@/lib/db/schema';
import { exportMisses } from '@/lib/objections/misses';
import { download } from './download';

type Outcome = { ok: boolean; text: string } | null;

export function SearchMissExport({ db }: { db: CallAssistDB }) {
  const { t, l } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const file = await exportMisses(db);
      if (file.count === 0) {
        setOutcome({ ok: true, text: t('options.misses.empty') });
        return;
      }
      const name = `call-assist-search-misses-${localDate(Date.now())}.json`;
      download(name, 'application/json', `${JSON.stringify(file, null, 2)}\n`);
      setOutcome({ ok: true, text: t('options.misses.done', { file: name, count: file.count }) });
    } catch (error) {
      setOutcome({ ok: false, text: t('options.misses.failed', { reason: l(storageErrorMessage(error)) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="data-export">
      <legend>{t('options.misses.title')}</legend>
      <p className="hint">{t('options.misses.hint')}</p>
      <div className="row">
        <button type="button" onClick={() => void run()} disabled={busy}>
          {t('options.misses.export')}
        </button>
      </div>
      {outcome?.ok === true && <p role="status">{outcome.text}</p>}
      {outcome?.ok === false && (
        <p role="alert" className="data-export__error">
          {outcome.text}
        </p>
      )}
    </fieldset>
  );
}
