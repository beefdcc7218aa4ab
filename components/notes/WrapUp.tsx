import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useDb } from '@/components/shell/db';
import { useI18n } from '@/components/shell/i18n';
import { useKeys } from '@/components/shell/key-dispatch';
import { useUnsaved } from '@/components/shell/use-unsaved';
import {
  checklistOverridden,
  overrideChecklist,
  overrideReason,
  wrapUpBlockers,
} from '@/lib/compliance/checklist';
import { collectionStop } from '@/lib/compliance/collection-stop';
import type { AccountContext } from '@/lib/crm/context';
import {
  type CallRecord,
  type Masked,
  saveWrapUp,
  stoppedText,
  updateCall,
  type WrapUpProblem,
  wrapUpProblems,
} from '@/lib/db';
import type { LocalizedText } from '@/lib/i18n/text';
import type { Disposition, Pack } from '@/lib/pack/schema';
import { moneyText, parseMoneyText } from '@/lib/plan/money-input';
import { moneyProblem } from '@/lib/plan/typed-problem';
import { selectSegment } from '@/lib/script/select';
import { dispositionKeys, dispositionOfKey } from './disposition-keys';
import type { Draft } from './use-draft';
import { type Form, FRESH, inputOf, type WrapUpState, wrapUpStateSchema } from './wrap-up-input';

interface Props {
  pack: Pack;
  context: AccountContext;
  /** The call to wrap up: in progress, or just ended without a disposition; null when none. */
  call: CallRecord | null;
  draft: Draft;
  onSaved: (saved: { disposition: Disposition; masked: Masked }) => void;
}

/**
 * The wrap-up (issue 7 §3, issue 5 §3): disposition and the fields it requires, saved with the
 * note in one transaction; refused while required checklist items are unticked, unless the agent
 * overrides with a reason, which is kept on the call.
 */
export function WrapUp(props: Props) {
  const { t } = useI18n();
  const heading = useId();
  if (!props.call) {
    return (
      <section className="wrap-up" aria-labelledby={heading}>
        <h2 id={heading}>{t('notes.wrapUp')}</h2>
        <p className="empty">{t('notes.wrapUpNone')}</p>
      </section>
    );
  }
  // Keyed by call: a new call starts a new form.
  return <WrapUpForm key={props.call.id} {...props} call={props.call} />;
}

function WrapUpForm({ pack, context, call, draft, onSaved }: Props & { call: CallRecord }) {
  const { t, l } = useI18n();
  const db = useDb();
  const ids = {
    disposition: useId(),
    amount: useId(),
    date: useId(),
    callbackAt: useId(),
    reason: useId(),
    override: useId(),
    overrideReason: useId(),
    heading: useId(),
  };
  // What the agent chose and typed survives closing or reloading the panel (live-call walk 10).
  const kept = useUnsaved('wrapUp', context.accountKey, call.id, FRESH, wrapUpStateSchema);
  const { form, fromPlan, overriding, overrideText } = kept.value;
  const change = (patch: Partial<WrapUpState>) => kept.set((s) => ({ ...s, ...patch }));
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState('');
  const [error, setError] = useState<LocalizedText | null>(null);
  const [overrideProblem, setOverrideProblem] = useState(false);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // The plan calculator's promise fills amount and date, until the agent types their own.
  const promiseAmount = call.promise?.amount;
  const promiseDate = call.promise?.date;
  const keptRead = kept.ready;
  const touched = kept.value.touched;
  // biome-ignore lint/correctness/useExhaustiveDependencies: fills once per promise, after the kept form is read
  useEffect(() => {
    if (!keptRead || promiseAmount === undefined || promiseDate === undefined || touched) return;
    kept.set((s) => ({
      ...s,
      form: { ...s.form, amount: moneyText(promiseAmount, pack.currency), date: promiseDate },
      fromPlan: true,
    }));
  }, [keptRead, promiseAmount, promiseDate, pack.currency]);

  const disposition = pack.dispositions.find((d) => d.id === form.dispositionId);
  const requires = new Set(disposition?.requires ?? []);
  const script = useMemo(
    () => selectSegment(pack, context, call.segmentOverride?.to)?.script ?? null,
    [pack, context, call.segmentOverride?.to],
  );
  // A collection stop on the call (a dispute, a cease, a crisis…) takes no promise: the lib refuses
  // one whatever the outcome; the form says why, in the pack's words, before the agent tries.
  const stop = collectionStop(
    pack,
    context,
    call.flags.map((f) => f.flag),
  );
  const overridden = checklistOverridden(call);
  const blockers = overridden ? [] : wrapUpBlockers(pack, call, script, form.dispositionId);
  const now = Date.now();
  const problems: WrapUpProblem[] = tried
    ? wrapUpProblems(inputOf(form, disposition, call.id, now, pack.currency), pack.dispositions, {
        now,
        stop,
      })
    : [];
  // What was typed, said as the plan's amount fields say it: "8oo" is not an amount, never "0" (walk 11).
  const typed = parseMoneyText(form.amount, pack.currency, { allowZero: true });
  const typedProblem =
    tried && requires.has('amount') && !typed.ok
      ? moneyProblem(typed.problem, pack.currency, typed.written)
      : null;
  const problemOf = (field: WrapUpProblem['field']) => problems.find((p) => p.field === field);

  // A hot key chooses the disposition and moves on to what is left: the first required field still
  // empty, else the save button, so Enter saves (issue 15 goal: wrap-up with a promise in ≤ 6 keys).
  const [advance, setAdvance] = useState(0);
  useEffect(() => {
    if (advance === 0) return;
    const root = formRef.current;
    const empty = [...(root?.querySelectorAll<HTMLInputElement>('input[data-field]') ?? [])].find(
      (field) => field.value === '',
    );
    (empty ?? root?.querySelector<HTMLButtonElement>('button[type="submit"]'))?.focus();
  }, [advance]);
  const hotKeys = useMemo(() => dispositionKeys(pack.dispositions), [pack.dispositions]);
  useKeys({
    'notes.disposition': (_event, chord) => {
      const chosen = dispositionOfKey(pack.dispositions, chord);
      if (!chosen) return false;
      edit({ dispositionId: chosen.id });
      setAdvance((n) => n + 1);
      return true;
    },
    'notes.save': () => void save(),
  });

  const edit = (patch: Partial<Form>) => {
    kept.set((s) => ({ ...s, touched: true, form: { ...s.form, ...patch } }));
    setRefusal('');
  };

  const save = async () => {
    if (saving) return;
    setTried(true);
    setError(null);
    const at = Date.now();
    const input = inputOf(form, disposition, call.id, at, pack.currency);
    const found = wrapUpProblems(input, pack.dispositions, { now: at, stop });
    if (found.length > 0) {
      setRefusal(t('notes.fixFields'));
      const first = found[0]?.field;
      if (first) formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    if (blockers.length > 0) {
      if (!overriding) {
        setRefusal(t('notes.blockersRefused'));
        return;
      }
      const reason = overrideReason(overrideText);
      if (reason === null) {
        setOverrideProblem(true);
        formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(ids.overrideReason)}`)?.focus();
        return;
      }
      setSaving(true);
      // Kept on the call before the wrap-up: a reviewer sees why required items were skipped.
      const kept = await updateCall(db, call.id, (c) => overrideChecklist(c, reason, at));
      if (!kept.ok) {
        setSaving(false);
        setError(kept.message);
        return;
      }
    }
    setSaving(true);
    setRefusal('');
    const sent = draft.text;
    const result = await draft.commit(sent, () =>
      saveWrapUp(db, { ...input, ...(sent.trim() ? { noteText: sent } : {}) }, pack.dispositions, {
        now: at,
        stop,
      }),
    );
    setSaving(false);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    if (disposition) onSaved({ disposition, masked: result.masked });
  };

  const fieldProblem = (field: WrapUpProblem['field'], id: string) => {
    const problem = problemOf(field);
    if (!problem) return null;
    return (
      <span id={`${id}-problem`} className="field-problem">
        {field === 'amount' && typedProblem ? t(typedProblem.key, typedProblem.params) : l(problem.message)}
      </span>
    );
  };
  const describedBy = (field: WrapUpProblem['field'], id: string) =>
    problemOf(field) ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {};

  return (
    <section className="wrap-up" aria-labelledby={ids.heading} data-testid="wrap-up">
      <h2 id={ids.heading}>{t('notes.wrapUp')}</h2>
      {call.endedAt !== undefined && <p className="muted">{t('notes.wrapUpEnded')}</p>}
      {stop && (
        <p className="wrap-up__stopped" role="note" data-testid="wrap-up-stopped">
          {l(stoppedText(stop))}
        </p>
      )}
      <form
        ref={formRef}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="wrap-up__row">
          <label htmlFor={ids.disposition}>{t('notes.disposition')}</label>
          <select
            id={ids.disposition}
            data-field="disposition"
            value={form.dispositionId}
            onChange={(event) => edit({ dispositionId: event.target.value })}
            {...describedBy('disposition', ids.disposition)}
          >
            <option value="">{t('notes.dispositionChoose')}</option>
            {pack.dispositions.map((d) => (
              <option key={d.id} value={d.id}>
                {hotKeys.has(d.id) ? `[${hotKeys.get(d.id)?.toUpperCase()}] ` : ''}
                {d.id} · {d.label}
              </option>
            ))}
          </select>
          {fieldProblem('disposition', ids.disposition)}
        </div>
        {requires.has('amount') && (
          <div className="wrap-up__row">
            <label htmlFor={ids.amount}>{t('notes.amount', { currency: pack.currency })}</label>
            <input
              id={ids.amount}
              data-field="amount"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={form.amount}
              onChange={(event) => edit({ amount: event.target.value })}
              {...describedBy('amount', ids.amount)}
            />
            {fieldProblem('amount', ids.amount)}
          </div>
        )}
        {requires.has('date') && (
          <div className="wrap-up__row">
            <label htmlFor={ids.date}>{t('notes.date')}</label>
            <input
              id={ids.date}
              data-field="date"
              type="date"
              value={form.date}
              onChange={(event) => edit({ date: event.target.value })}
              {...describedBy('date', ids.date)}
            />
            {fieldProblem('date', ids.date)}
          </div>
        )}
        {fromPlan && (requires.has('amount') || requires.has('date')) && (
          <p className="muted">{t('notes.fromPlan')}</p>
        )}
        {requires.has('callbackAt') && (
          <div className="wrap-up__row">
            <label htmlFor={ids.callbackAt}>{t('notes.callbackAt')}</label>
            <input
              id={ids.callbackAt}
              data-field="callbackAt"
              type="datetime-local"
              value={form.callbackAt}
              onChange={(event) => edit({ callbackAt: event.target.value })}
              {...describedBy('callbackAt', ids.callbackAt)}
            />
            {fieldProblem('callbackAt', ids.callbackAt)}
          </div>
        )}
        {requires.has('reason') && (
          <div className="wrap-up__row">
            <label htmlFor={ids.reason}>{t('notes.reason')}</label>
            <input
              id={ids.reason}
              data-field="reason"
              type="text"
              value={form.reason}
              onChange={(event) => edit({ reason: event.target.value })}
              {...describedBy('reason', ids.reason)}
            />
            {fieldProblem('reason', ids.reason)}
          </div>
        )}
        {blockers.length > 0 && (
          <div className="wrap-up__blockers" data-testid="wrap-up-blockers">
            <p>{t('notes.blockers')}</p>
            <ul>
              {blockers.map((item) => (
                <li key={item.id} data-item={item.id}>
                  {item.text}
                </li>
              ))}
            </ul>
            <label className="wrap-up__override">
              <input
                id={ids.override}
                type="checkbox"
                checked={overriding}
                onChange={(event) => {
                  change({ overriding: event.target.checked });
                  setRefusal('');
                }}
              />{' '}
              {t('notes.override')}
            </label>
            {overriding && (
              <div className="wrap-up__row">
                <label htmlFor={ids.overrideReason}>{t('notes.overrideReason')}</label>
                <input
                  id={ids.overrideReason}
                  type="text"
                  value={overrideText}
                  onChange={(event) => {
                    change({ overrideText: event.target.value });
                    setOverrideProblem(false);
                  }}
                  {...(overrideProblem
                    ? { 'aria-invalid': true, 'aria-describedby': `${ids.overrideReason}-problem` }
                    : {})}
                />
                {overrideProblem && (
                  <span id={`${ids.overrideReason}-problem`} className="field-problem">
                    {t('notes.overrideReasonShort')}
                  </span>
                )}
              </div>
            )}
          </div>
        )}
        {overridden && (
          <p className="muted">
            {t('notes.overridden', {
              reason: call.overrides.filter((o) => o.kind === 'checklist').at(-1)?.reason ?? '',
            })}
          </p>
        )}
        <p className="muted">{t('notes.noteGoesIn')}</p>
        <button type="submit" className="primary" disabled={saving} aria-keyshortcuts="Alt+Enter">
          {t('notes.saveWrapUp')}
        </button>{' '}
        <kbd>Alt+Enter</kbd>
        {refusal && (
          <p role="alert" className="wrap-up__refusal">
            {refusal}
          </p>
        )}
        {error && (
          <p role="alert" className="wrap-up__refusal">
            {l(error)}
          </p>
        )}
      </form>
    </section>
  );
}
