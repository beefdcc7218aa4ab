import { useEffect, useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { type PurgeLogEntry, purgeLogItem, recordPurge } from '@/lib/background/privacy';
import { exportJson, localDate, storageErrorMessage } from '@/lib/db';
import { clearBefore } from '@/lib/db/retention';
import type { CallAssistDB } from '@/lib/db/schema';
import { download } from './download';
import { OutcomeLine } from './OutcomeLine';

const DAY_MS = 24 * 60 * 60 * 1000;

function dateTime(at: number): string {
  return new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' }).format(at);
}

/**
 * Export, then clear records older than a date (issue 16 §7), and the log of every purge and
 * clearing (issue 16 §9). The file is handed to the browser before anything is deleted.
 */
export function ClearOld({ db }: { db: CallAssistDB }) {
  const { t, l } = useI18n();
  const id = useId();
  const [before, setBefore] = useState(() => localDate(Date.now() - 90 * DAY_MS));
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [log, setLog] = useState<PurgeLogEntry[]>([]);

  useEffect(() => {
    void purgeLogItem.getValue().then(setLog);
    return purgeLogItem.watch((value) => setLog(value ?? []));
  }, []);

  const exportThenClear = async () => {
    const cutoff = new Date(`${before}T00:00`).getTime();
    if (Number.isNaN(cutoff)) {
      setOutcome({ ok: false, text: t('notes.export.badRange') });
      return;
    }
    setBusy(true);
    try {
      const name = `call-assist-before-${before}.json`;
      download(name, 'application/json', await exportJson(db, { from: 0, to: cutoff }));
      const result = await clearBefore(db, cutoff);
      if (!result.ok) {
        setOutcome({ ok: false, text: l(result.message) });
        return;
      }
      await recordPurge({ at: Date.now(), outcome: 'cleared', before: cutoff, deleted: result.deleted });
      setOutcome({ ok: true, text: t('notes.clear.done', { file: name, ...result.deleted }) });
    } catch (error) {
      setOutcome({ ok: false, text: t('notes.export.failed', { reason: l(storageErrorMessage(error)) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="data-export__clear">
      <h3>{t('notes.clear.title')}</h3>
      <p className="hint">{t('notes.clear.hint')}</p>
      <div className="row">
        <label htmlFor={id}>{t('notes.clear.before')}</label>
        <input id={id} type="date" value={before} onChange={(event) => setBefore(event.target.value)} />
        <button type="button" onClick={() => void exportThenClear()} disabled={busy}>
          {t('notes.clear.run')}
        </button>
      </div>
      <OutcomeLine outcome={outcome} />
      <h3>{t('notes.purgeLog.title')}</h3>
      {log.length === 0 ? (
        <p className="hint">{t('notes.purgeLog.empty')}</p>
      ) : (
        <ul data-testid="purge-log">
          {log.map((entry) => (
            <li key={`${entry.at}-${entry.outcome}`}>
              {dateTime(entry.at)}{' '}
              {entry.outcome === 'no-rule'
                ? t('notes.purgeLog.noRule')
                : entry.outcome === 'failed'
                  ? t('notes.purgeLog.failed')
                  : t(entry.outcome === 'cleared' ? 'notes.purgeLog.cleared' : 'notes.purgeLog.purged', {
                      calls: entry.deleted?.calls ?? 0,
                      notes: entry.deleted?.notes ?? 0,
                      drafts: entry.deleted?.drafts ?? 0,
                      date: entry.before === undefined ? '' : localDate(entry.before),
                      notesDays: entry.notesDays ?? 0,
                      callsDays: entry.callsDays ?? 0,
                    })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
