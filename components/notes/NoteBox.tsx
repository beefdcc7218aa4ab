import { useDeferredValue, useId, useMemo, useState } from 'react';
import { PhraseHints } from '@/components/guard/PhraseHints';
import { useDb } from '@/components/shell/db';
import { useI18n } from '@/components/shell/i18n';
import { isImeKey } from '@/components/shell/keys';
import { type CallRecord, saveNote } from '@/lib/db';
import { clockTime } from '@/lib/i18n/clock';
import type { LocalizedText } from '@/lib/i18n/text';
import type { Pack } from '@/lib/pack/schema';
import { findUnmaskedRuns, maskWithLongRuns } from '@/lib/privacy/mask';
import { maskedList, maskedMessage } from './format';
import type { Draft } from './use-draft';

interface Props {
  pack: Pack;
  accountKey: string;
  call: CallRecord | null;
  draft: Draft;
}

type SaveOutcome = { ok: true; text: string } | { ok: false; message: LocalizedText } | null;

/** The account's note: a draft that saves itself, saved as a note (Ctrl+Enter) linked to the call. */
export function NoteBox({ pack, accountKey, call, draft }: Props) {
  const { t, l, locale } = useI18n();
  const db = useDb();
  const boxId = useId();
  const hintId = useId();
  const [outcome, setOutcome] = useState<SaveOutcome>(null);
  const [saving, setSaving] = useState(false);
  const [maskedInBox, setMaskedInBox] = useState('');
  // A long digit run the masker will not recognise is stored whole: say so before saving (issue 16 §3).
  // Deferred: on a very long note the scan must not slow the keystroke itself.
  const typed = useDeferredValue(draft.text);
  const unmasked = useMemo(() => findUnmaskedRuns(typed), [typed]);

  const maskInBox = () => {
    const result = maskWithLongRuns(draft.text);
    draft.change(result.text);
    setMaskedInBox(t('notes.maskedInBox', { list: maskedList(result.masked, t, locale) }));
  };

  const save = async () => {
    const sent = draft.text;
    if (saving || sent.trim() === '') return;
    setSaving(true);
    const result = await draft.commit(sent, () =>
      saveNote(db, { accountKey, text: sent, ...(call ? { callId: call.id } : {}) }),
    );
    setSaving(false);
    if (!result.ok) {
      setOutcome({ ok: false, message: result.message });
      return;
    }
    const parts = [t('notes.saved', { time: clockTime(result.note.createdAt, locale) })];
    if (result.note.callId) parts.push(t('notes.linkedToCall'));
    const masked = maskedMessage(result.masked, t, locale);
    if (masked) parts.push(masked);
    setOutcome({ ok: true, text: parts.join(' · ') });
  };

  const { status } = draft;
  let draftLine = '';
  if (status.kind === 'pending') draftLine = t('notes.draftSaving');
  else if (status.kind === 'saved') draftLine = t('notes.draftSaved', { time: clockTime(status.at, locale) });
  else if (status.kind === 'restored')
    draftLine = t('notes.draftRestored', { time: clockTime(status.at, locale) });

  return (
    <div className="note-box">
      <label htmlFor={boxId} className="note-box__label">
        {t('notes.box')}
      </label>
      <textarea
        id={boxId}
        className="note-box__text"
        rows={4}
        value={draft.text}
        aria-describedby={hintId}
        aria-keyshortcuts="Control+Enter"
        onChange={(event) => draft.change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !isImeKey(event.nativeEvent)) {
            event.preventDefault();
            void save();
          }
        }}
      />
      <p id={hintId} className="muted">
        {t('notes.boxHint')}
      </p>
      {unmasked.length > 0 && (
        <p role="alert" className="note-box__warning" data-testid="unmasked-warning">
          {t('notes.unmasked', {
            runs: unmasked
              .map((run) => `…${run.replace(/\D/g, '').slice(-4)}`)
              .join(locale === 'en' ? ', ' : '、'),
          })}{' '}
          <button type="button" onClick={maskInBox}>
            {t('notes.maskIt')}
          </button>
        </p>
      )}
      {maskedInBox && unmasked.length === 0 && (
        <p role="status" className="muted" data-testid="masked-in-box">
          {maskedInBox}
        </p>
      )}
      <div className="note-box__bar">
        <button
          type="button"
          className="primary"
          onClick={() => void save()}
          disabled={saving || draft.text.trim() === ''}
        >
          {t('notes.save')} <kbd>Ctrl+Enter</kbd>
        </button>
        <span className="note-box__draft" data-testid="draft-status">
          {draftLine}
        </span>
      </div>
      {status.kind === 'error' && (
        <p role="alert" className="note-box__error">
          {l(status.message)}
        </p>
      )}
      {outcome?.ok === false && !(status.kind === 'error' && status.message.en === outcome.message.en) && (
        <p role="alert" className="note-box__error">
          {l(outcome.message)}
        </p>
      )}
      {outcome?.ok === true && (
        <p role="status" className="note-box__saved" data-testid="note-saved">
          {outcome.text}
        </p>
      )}
      <PhraseHints text={draft.text} rules={pack.rules} />
    </div>
  );
}
