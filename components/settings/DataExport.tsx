import { useId, useState } from 'react';
import { useI18n } from '@/components/shell/i18n';
import { type DateRange, exportCsv, exportJson, importJson, localDate, storageErrorMessage } from '@/lib/db';
import type { CallAssistDB } from '@/lib/db/schema';
import type { LocalizedText } from '@/lib/i18n/text';
import '@/components/notes/notes.css';

type Outcome = { ok: true; text: string } | { ok: false; text: string } | null;

/** [from 00:00, the day after `to` 00:00) on the agent's clock; null when the dates make no range. */
export function rangeOf(from: string, to: string): DateRange | null {
  const start = new Date(`${from}T00:00`);
  const end = new Date(`${to}T00:00`);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || start > end) return null;
  // setDate, not + 24 h: a daylight-saving day is 23 or 25 hours long.
  end.setDate(end.getDate() + 1);
  return { from: start.getTime(), to: end.getTime() };
}

/** Hands a file to the browser's downloads: made here, never sent anywhere. */
export function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Options page: the agent's calls and notes as JSON or CSV for a date range, and JSON import (issue 7 §6). */
export function DataExport({ db }: { db: CallAssistDB }) {
  const { t, l } = useI18n();
  const ids = { from: useId(), to: useId(), file: useId() };
  const now = Date.now();
  const [from, setFrom] = useState(() => localDate(now - 30 * 24 * 60 * 60 * 1000));
  const [to, setTo] = useState(() => localDate(now));
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const failed = (message: LocalizedText | string) =>
    setOutcome({ ok: false, text: typeof message === 'string' ? message : l(message) });

  const run = async (work: (range: DateRange) => Promise<string>) => {
    const range = rangeOf(from, to);
    if (!range) {
      failed(t('notes.export.badRange'));
      return;
    }
    setBusy(true);
    try {
      setOutcome({ ok: true, text: await work(range) });
    } catch (error) {
      failed(t('notes.export.failed', { reason: l(storageErrorMessage(error)) }));
    } finally {
      setBusy(false);
    }
  };

  const base = `call-assist-${from}_${to}`;
  const toJson = () =>
    run(async (range) => {
      const name = `${base}.json`;
      download(name, 'application/json', await exportJson(db, range));
      return t('notes.export.done', { file: name });
    });
  const toCsv = () =>
    run(async (range) => {
      const { calls, notes } = await exportCsv(db, range);
      const names = [`${base}-calls.csv`, `${base}-notes.csv`];
      download(names[0] ?? '', 'text/csv;charset=utf-8', calls);
      download(names[1] ?? '', 'text/csv;charset=utf-8', notes);
      return t('notes.export.done', { file: names.join(', ') });
    });

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setOutcome({ ok: true, text: t('notes.import.reading', { file: file.name }) });
    try {
      const result = await importJson(db, await file.text());
      if (result.ok) {
        setOutcome({
          ok: true,
          text: t('notes.import.done', {
            calls: result.added.calls,
            notes: result.added.notes,
            skippedCalls: result.skipped.calls,
            skippedNotes: result.skipped.notes,
          }),
        });
      } else {
        failed(result.message);
      }
    } catch (error) {
      failed(storageErrorMessage(error));
    } finally {
      setBusy(false);
      // The same file can be picked again (after fixing it, say).
      input.value = '';
    }
  };

  return (
    <fieldset className="data-export">
      <legend>{t('notes.export.title')}</legend>
      <p className="hint">{t('notes.export.hint')}</p>
      <div className="row">
        <label htmlFor={ids.from}>{t('notes.export.from')}</label>
        <input id={ids.from} type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
      </div>
      <div className="row">
        <label htmlFor={ids.to}>{t('notes.export.to')}</label>
        <input id={ids.to} type="date" value={to} onChange={(event) => setTo(event.target.value)} />
      </div>
      <div className="row">
        <button type="button" onClick={() => void toJson()} disabled={busy}>
          {t('notes.export.json')}
        </button>
        <button type="button" onClick={() => void toCsv()} disabled={busy}>
          {t('notes.export.csv')}
        </button>
      </div>
      <div className="row">
        <label htmlFor={ids.file}>{t('notes.import.file')}</label>
        <input
          id={ids.file}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => void importFile(event.currentTarget)}
        />
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
