import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import { useDb } from '@/components/shell/db';
import { useI18n } from '@/components/shell/i18n';
import { accountHistory, type HistoryEntry, paidDispositionIds, storageErrorMessage } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import type { LocalizedText } from '@/lib/i18n/text';
import type { Pack } from '@/lib/pack/schema';
import { formatMoney } from '@/lib/plan/money';
import { dateTime } from './format';

const PROMISE_KEY: Record<NonNullable<HistoryEntry['promiseStatus']>, MessageKey> = {
  kept: 'notes.promise.kept',
  broken: 'notes.promise.broken',
  pending: 'notes.promise.pending',
};

type Loaded = { ok: true; entries: HistoryEntry[] } | { ok: false; message: LocalizedText };

/** The account's earlier calls and notes, newest first (issue 7 §5). */
export function History({ pack, accountKey }: { pack: Pack; accountKey: string }) {
  const { t, l, locale } = useI18n();
  const db = useDb();
  const headingId = useId();
  const paid = useMemo(() => paidDispositionIds(pack.dispositions), [pack]);
  const loaded = useLiveQuery(async (): Promise<Loaded> => {
    try {
      const options = paid.length > 0 ? { paidDispositions: paid } : {};
      return { ok: true, entries: await accountHistory(db, accountKey, Date.now(), options) };
    } catch (error) {
      return { ok: false, message: storageErrorMessage(error) };
    }
  }, [db, accountKey, paid]);
  const money = (minor: number) => formatMoney(minor, pack.currency, locale);
  const labelOf = (id: string) => pack.dispositions.find((d) => d.id === id)?.label ?? id;

  const title = (entry: HistoryEntry) => {
    const { call } = entry;
    if (!call) return t('notes.noteOnly');
    if (call.disposition) return `${call.disposition.id} · ${labelOf(call.disposition.id)}`;
    return call.endedAt === undefined ? t('notes.inProgress') : t('notes.noDisposition');
  };

  return (
    <section className="notes-history" aria-labelledby={headingId} aria-busy={loaded === undefined}>
      <h2 id={headingId}>{t('notes.history')}</h2>
      {loaded?.ok === false && (
        <p role="alert" className="note-box__error">
          {l(loaded.message)}
        </p>
      )}
      {loaded?.ok && loaded.entries.length === 0 && <p className="empty">{t('notes.historyEmpty')}</p>}
      {loaded?.ok && loaded.entries.length > 0 && (
        // Focusable so the timeline scrolls from the keyboard.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
        <ol className="timeline" aria-labelledby={headingId} tabIndex={0} data-testid="history">
          {loaded.entries.map((entry) => {
            const { call } = entry;
            const paidHere = call?.disposition !== undefined && paid.includes(call.disposition.id);
            return (
              <li key={call?.id ?? entry.notes[0]?.id} className="timeline__entry" data-call-id={call?.id}>
                <div className="timeline__head">
                  <time dateTime={new Date(entry.at).toISOString()}>{dateTime(entry.at)}</time>
                  <strong className="timeline__title">{title(entry)}</strong>
                </div>
                {call?.promise && paidHere && (
                  <p className="timeline__line">
                    {t('notes.paidAmount', { amount: money(call.promise.amount) })}
                  </p>
                )}
                {call?.promise && !paidHere && (
                  <p className="timeline__line">
                    {t('notes.promise', { amount: money(call.promise.amount), date: call.promise.date })}{' '}
                    {entry.promiseStatus && (
                      <span
                        className={`promise promise--${entry.promiseStatus}`}
                        data-promise={entry.promiseStatus}
                      >
                        {t(PROMISE_KEY[entry.promiseStatus])}
                      </span>
                    )}
                  </p>
                )}
                {call?.plan && (
                  <p className="timeline__line">{t('notes.plan', { summary: call.plan.summary })}</p>
                )}
                {call?.disposition?.callbackAt && (
                  <p className="timeline__line">
                    {t('notes.callback', { time: call.disposition.callbackAt.replace('T', ' ') })}
                  </p>
                )}
                {call?.disposition?.reason && (
                  <p className="timeline__line">
                    {t('notes.reasonShown', { reason: call.disposition.reason })}
                  </p>
                )}
                {entry.notes.length > 0 && (
                  <ul className="timeline__notes">
                    {entry.notes.map((note) => (
                      <li key={note.id}>
                        <time dateTime={new Date(note.createdAt).toISOString()}>
                          {dateTime(note.createdAt).slice(11)}
                        </time>{' '}
                        <span className="timeline__note">{note.text}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
