import { useEffect, useMemo, useRef, useState } from 'react';
import { useWrites } from '@/components/shell/db';
import { useI18n } from '@/components/shell/i18n';
import { useKeys } from '@/components/shell/key-dispatch';
import { useSectionRequest } from '@/components/shell/navigation';
import type { SectionProps } from '@/components/shell/section';
import { useUnsaved } from '@/components/shell/use-unsaved';
import { collectionStop } from '@/lib/compliance/collection-stop';
import type { MessageKey } from '@/lib/i18n';
import type { LocalizedText } from '@/lib/i18n/text';
import type { PlanType } from '@/lib/pack/schema';
import { formatDate } from '@/lib/plan/dates';
import { parseMoneyText } from '@/lib/plan/money-input';
import { PLAN_TYPE_NAMES } from '@/lib/plan/names';
import { suggestOptions } from '@/lib/plan/options';
import { planTypeForPreset } from '@/lib/plan/preset';
import { agreedPlan, promiseToPay } from '@/lib/plan/record';
import type { PlanResult } from '@/lib/plan/request';
import { countProblem, moneyProblem } from '@/lib/plan/typed-problem';
import { NO_PLAN, type PlanState, planStateSchema } from './kept-plan';
import { computeManual, defaultManual, ManualPlan, ManualProblems, manualFrom } from './ManualPlan';
import { OPTION_KEYS } from './OptionCards';
import { PeriodPresets } from './PeriodPresets';
import { PlanDetail } from './PlanDetail';
import { inputState, PlanInputs } from './PlanInputs';
import { RecordedPlan, type Suggestion, SuggestPlan, shownOptions } from './SuggestPlan';
import { stopNotice } from './stop-notice';
import { usePlanBase } from './use-plan-base';
import './plan.css';

/**
 * Section 4: the repayment-plan calculator. Inputs come from the CRM; "what can they pay a month?"
 * suggests up to three plans inside the segment's policy, or the agent builds one by hand; the
 * chosen plan's schedule, read-back and CRM line are one key from the clipboard, and "agreed"
 * writes the plan and the promise to pay to the call in progress (issue 6 §3).
 */
export function PlanSection({ pack, context, call }: SectionProps) {
  const { t, l, locale } = useI18n();
  const writes = useWrites();
  const currency = pack.currency;
  // What the agent typed and picked survives closing or reloading the panel (live-call walk 10).
  const kept = useUnsaved('plan', context?.accountKey, call?.id, NO_PLAN, planStateSchema);
  const { edits, hardshipEdit, mode, monthlyText, chosen, manual } = kept.value;
  const { inputs, selection, policy, base } = usePlanBase(pack, context, call, edits, hardshipEdit);
  const put = (patch: Partial<PlanState>) => kept.set((s) => ({ ...s, ...patch }));
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const [writeError, setWriteError] = useState<LocalizedText | null>(null);
  const [focusRequest, setFocusRequest] = useState<{
    target: 'monthly' | 'type' | 'confirm' | 'agree';
  } | null>(null);
  const sectionRef = useRef<HTMLDivElement>(null);
  const monthlyRef = useRef<HTMLInputElement>(null);
  const typeRef = useRef<HTMLSelectElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const presetsRef = useRef<HTMLFieldSetElement>(null);

  // ---- Inputs, prefilled from the CRM, and the policy they fall under ----
  const { basis, balance, minimum, dpdText, dpdParsed, firstDueText, firstDue, hardship, today } = inputs;
  // ---- Suggested options ----
  const monthlyParsed = parseMoneyText(monthlyText, currency);
  const monthlyProblem = monthlyParsed.ok
    ? null
    : moneyProblem(monthlyParsed.problem, currency, monthlyParsed.written);
  const monthly = monthlyParsed.ok ? monthlyParsed.value : undefined;
  const suggestion = useMemo((): Suggestion | null => {
    if (!base || monthly === undefined || monthly < 1) return null;
    try {
      return { ok: true, value: suggestOptions({ ...base, monthlyAmount: monthly }) };
    } catch (error) {
      // Fail visible: a plan the calculator cannot compute is said, never silently dropped.
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }, [base, monthly]);
  const shown = shownOptions(suggestion);
  const chosenOption = shown[Math.min(chosen, shown.length - 1)];

  // ---- Manual plan ----
  const manualFields = manual ?? defaultManual(policy);
  const manualOutcome = mode === 'manual' && base ? computeManual(manualFields, base) : null;

  const result: PlanResult | undefined =
    mode === 'suggest'
      ? chosenOption?.result
      : manualOutcome?.kind === 'result'
        ? manualOutcome.result
        : undefined;
  const resultName = !result
    ? ''
    : mode === 'suggest' && chosenOption
      ? l(chosenOption.label)
      : `${l(PLAN_TYPE_NAMES[result.type])}${result.schedule.length > 1 ? ` · ${t('plan.periodsValue', { count: result.terms.periods })}` : ''}`;
  const verdict = result?.verdict ?? 'ok';

  // A new plan on screen is a new question: any pending approval was for the previous one.
  const resultKey = result?.readBack.summary;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a different plan resets the question
  useEffect(() => {
    setConfirming(false);
  }, [resultKey]);

  useEffect(() => {
    if (!focusRequest) return;
    const target = {
      monthly: monthlyRef.current,
      type: typeRef.current,
      confirm: confirmRef.current,
      agree: sectionRef.current?.querySelector<HTMLButtonElement>('.plan-agree button.primary') ?? null,
    }[focusRequest.target];
    target?.focus();
    if (focusRequest.target === 'monthly') monthlyRef.current?.select();
  }, [focusRequest]);

  // ---- Actions ----
  const copy = async (text: string, done: MessageKey) => {
    try {
      await navigator.clipboard.writeText(text);
      setNotice(t(done));
    } catch {
      setNotice(t('plan.copyFailed'));
    }
  };

  // A crisis, a dispute or a stop flag stops collection (lib/compliance/collection-stop.ts): no plan
  // is agreed or read back on this call; G and R still recorded a promise (live-call walk 11).
  const stop = collectionStop(pack, context, call?.flags.map((f) => f.flag) ?? []);
  const stopped = stop && stopNotice(stop, t);

  const record = async (approved = false) => {
    if (!result || !call) return;
    // Every way to a recorded plan ends here (G, the button, a supervisor's confirm): a stop raised
    // while the confirm was open still refuses it.
    if (stopped) {
      setConfirming(false);
      setNotice(stopped);
      return;
    }
    const plan = agreedPlan(result, approved ? { at: Date.now() } : undefined);
    const promise = promiseToPay(result);
    const written = await writes.updateCall(call.id, (c) => {
      c.plan = plan;
      if (promise) c.promise = promise;
      else delete c.promise;
      return c;
    });
    setConfirming(false);
    setWriteError(written.ok ? null : written.message);
    setNotice(written.ok ? t('plan.recorded') : '');
    if (written.ok) setFocusRequest({ target: 'agree' });
  };

  const agree = () => {
    if (!result) return;
    if (stopped) {
      setNotice(stopped);
      return;
    }
    if (!call) {
      setNotice(t('plan.startFirst'));
      return;
    }
    if (verdict === 'refused') {
      setNotice(t('plan.agreeRefused'));
      return;
    }
    if (verdict === 'needsApproval') {
      setConfirming(true);
      setFocusRequest({ target: 'confirm' });
      return;
    }
    void record();
  };

  const openManual = () => {
    // Start from the option on screen, so "almost right" is one change away.
    put({
      mode: 'manual',
      ...(mode === 'suggest' && chosenOption ? { manual: manualFrom(chosenOption.result) } : {}),
    });
    setFocusRequest({ target: 'type' });
  };

  const openSuggest = () => {
    put({ mode: 'suggest' });
    setFocusRequest({ target: 'monthly' });
  };

  /** Opens a plan type by hand (an objection card's hint), with these periods when given. */
  const openPreset = (preset: string, periods?: number) => {
    const type = planTypeForPreset(preset, policy);
    if (!type) {
      const named = (preset === 'instalment' ? 'instalmentFlat' : preset) as PlanType;
      setNotice(
        t('plan.presetNotAllowed', { type: l(PLAN_TYPE_NAMES[named] ?? PLAN_TYPE_NAMES.personalised) }),
      );
      return false;
    }
    put({
      mode: 'manual',
      manual: { ...defaultManual(policy), type, ...(periods ? { periods: String(periods) } : {}) },
    });
    return true;
  };

  // An objection card's plan hint opens that plan by hand; `4` lands on the period presets.
  useSectionRequest('plan', (request) => {
    if (request.planPreset) {
      if (openPreset(request.planPreset)) setFocusRequest({ target: 'type' });
    } else if (request.focus) {
      const radios = presetsRef.current?.querySelectorAll<HTMLInputElement>('input');
      ([...(radios ?? [])].find((r) => r.checked) ?? radios?.[0])?.focus();
    }
  });

  // The Plan's keys (registry scope `plan`) and the read-back key, live in every section.
  const copyReadBack = () => {
    if (!result) return false;
    if (stopped) setNotice(stopped);
    else void copy(result.readBack.text, 'plan.copiedReadBack');
  };
  // The summary pasted into the CRM is the plan too: not while collection has stopped.
  const copySummary = () => {
    if (!result) return false;
    if (stopped) setNotice(stopped);
    else void copy(result.readBack.summary, 'plan.copiedSummary');
  };
  useKeys({
    'plan.suggest': () => openSuggest(),
    'plan.manual': () => openManual(),
    'plan.option': (_event, chord) => {
      const index = OPTION_KEYS.indexOf(chord as (typeof OPTION_KEYS)[number]);
      if (mode !== 'suggest' || index < 0 || index >= shown.length) return false;
      put({ chosen: index });
    },
    'plan.summary': copySummary,
    'plan.agree': () => (result && !confirming ? agree() : false),
    'plan.cancel': () => (confirming ? setConfirming(false) : false),
    'readback.copy': copyReadBack,
    'readback.chord': copyReadBack,
  });

  if (!context) return <p className="empty">{t('empty.plan')}</p>;

  return (
    <div className="plan" ref={sectionRef}>
      {stopped && (
        <p className="plan-error" role="alert" data-testid={stop.crisis ? 'plan-crisis' : 'plan-stopped'}>
          {stopped}
        </p>
      )}
      <PeriodPresets
        ref={presetsRef}
        value={
          mode === 'manual' && manual && planTypeForPreset('instalment', policy) === manual.type
            ? Number(manual.periods)
            : null
        }
        onPick={(periods) => openPreset('instalment', periods)}
      />
      <PlanInputs
        balance={inputState(
          balance.text,
          edits.balance !== undefined,
          balance.error,
          basis?.field === 'overdueAmount' ? t('plan.balanceFromOverdue') : undefined,
        )}
        minimumDue={inputState(minimum.text, edits.minimumDue !== undefined, minimum.error)}
        dpd={inputState(
          dpdText,
          edits.dpd !== undefined,
          dpdParsed.ok ? null : countProblem(dpdParsed.problem),
        )}
        firstDue={inputState(
          firstDueText,
          false,
          firstDue.ok
            ? null
            : { key: firstDue.problem === 'noSuchDate' ? 'plan.noSuchDate' : 'plan.invalidDate' },
          // A date read from 15号 or next Friday is said back, so a misreading is seen before the read-back.
          firstDue.ok && firstDue.written === 'other' && firstDue.value !== undefined
            ? t('plan.firstDueRead', { date: formatDate(firstDue.value, locale) })
            : t('plan.firstDueHint'),
        )}
        hardship={hardship}
        today={today}
        onText={(name, text) => kept.set((s) => ({ ...s, edits: { ...s.edits, [name]: text } }))}
        onHardship={(value) => put({ hardshipEdit: value })}
      />
      {policy && !base && (
        // Say which value is missing and that this is why no plan is offered (issue 15 item 9).
        <p className="plan-error" role="alert" data-testid="plan-missing">
          {t('plan.missingValues', { fields: t('plan.balance') })}
        </p>
      )}
      {selection ? (
        <p className="plan-segment muted" data-testid="plan-segment">
          {t('plan.segment', { segment: selection.segment.name, policy: selection.policy.name })}
        </p>
      ) : (
        <p className="plan-error" role="alert">
          {t('plan.noPolicy')}
        </p>
      )}

      <fieldset className="plan-modes">
        <legend>{t('plan.mode')}</legend>
        <button type="button" aria-pressed={mode === 'suggest'} onClick={openSuggest} aria-keyshortcuts="m">
          {t('plan.modeSuggest')} <kbd>M</kbd>
        </button>
        <button type="button" aria-pressed={mode === 'manual'} onClick={openManual} aria-keyshortcuts="t">
          {t('plan.modeManual')} <kbd>T</kbd>
        </button>
      </fieldset>

      {mode === 'suggest' ? (
        <SuggestPlan
          monthlyRef={monthlyRef}
          monthlyText={monthlyText}
          monthlyProblem={monthlyProblem}
          monthly={monthly}
          onMonthly={(text) => {
            put({ monthlyText: text, chosen: 0 });
          }}
          suggestion={suggestion}
          shown={shown}
          chosen={Math.min(chosen, shown.length - 1)}
          onChoose={(index) => put({ chosen: index })}
          currency={currency}
        />
      ) : (
        policy && (
          <div className="plan-manual-wrap">
            <ManualPlan
              fields={manualFields}
              onChange={(fields) => put({ manual: fields })}
              policy={policy}
              balance={balance.value}
              currency={currency}
              typeRef={typeRef}
            />
            <ManualProblems outcome={manualOutcome} />
          </div>
        )
      )}

      {result && (
        <PlanDetail
          result={result}
          name={resultName}
          confirming={confirming}
          onCopyReadBack={copyReadBack}
          onCopySummary={copySummary}
          onAgree={agree}
          onConfirm={() => void record(true)}
          onCancel={() => setConfirming(false)}
          confirmRef={confirmRef}
        />
      )}

      <p role="status" className="notice" data-testid="plan-notice">
        {notice}
        {writeError && ` ${l(writeError)}`}
      </p>

      {call && <RecordedPlan call={call} currency={currency} />}
      <p className="plan-keys muted">{t('plan.keys')}</p>
    </div>
  );
}
