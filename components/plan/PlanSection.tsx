import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useWrites } from '@/components/shell/db';
import { useI18n } from '@/components/shell/i18n';
import { useKeys } from '@/components/shell/key-dispatch';
import { useSectionRequest } from '@/components/shell/navigation';
import type { SectionProps } from '@/components/shell/section';
import type { AccountContext } from '@/lib/crm/context';
import { localDate } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import type { LocalizedText } from '@/lib/i18n/text';
import type { PlanType } from '@/lib/pack/schema';
import { crmMoney, planBasis } from '@/lib/plan/basis';
import { isIsoDate } from '@/lib/plan/dates';
import type { Minor } from '@/lib/plan/money';
import { PLAN_TYPE_NAMES } from '@/lib/plan/names';
import { type OptionsResult, suggestOptions } from '@/lib/plan/options';
import { planTypeForPreset } from '@/lib/plan/preset';
import { agreedPlan, promiseToPay } from '@/lib/plan/record';
import { computePlan, PlanRequestError, type PlanRequestProblem, type PlanResult } from '@/lib/plan/request';
import { selectSegment } from '@/lib/script/select';
import { usePlanFormat } from './format';
import {
  type BaseRequest,
  defaultManual,
  type ManualFields,
  ManualPlan,
  manualFrom,
  manualRequest,
} from './ManualPlan';
import { moneyText, parseCountText, parseMoneyText } from './money-input';
import { OPTION_KEYS, OptionCards } from './OptionCards';
import { PeriodPresets } from './PeriodPresets';
import { PlanDetail } from './PlanDetail';
import { type InputState, PlanInputs } from './PlanInputs';
import './plan.css';

type Mode = 'suggest' | 'manual';
type TextField = 'balance' | 'minimumDue' | 'dpd' | 'firstDue';

function crmHardship(context: AccountContext | null): boolean {
  const flags = context?.fields.flags?.value;
  return context?.fields.hardship?.value === true || (Array.isArray(flags) && flags.includes('hardship'));
}

/** The context with the agent's corrections of DPD and hardship, so the segment (and policy) follows them. */
function corrected(
  context: AccountContext | null,
  dpd: number | undefined,
  hardship: boolean,
): AccountContext | null {
  if (!context) return null;
  const fields = { ...context.fields };
  if (dpd !== undefined && fields.dpd?.value !== dpd) {
    fields.dpd = {
      raw: String(dpd),
      value: dpd,
      parse: 'int',
      source: fields.dpd?.source ?? { label: 'dpd' },
    };
  }
  if (hardship !== crmHardship(context)) {
    fields.hardship = {
      raw: String(hardship),
      value: hardship,
      parse: 'bool',
      source: fields.hardship?.source ?? { label: 'hardship' },
    };
    if (!hardship && Array.isArray(fields.flags?.value) && fields.flags) {
      fields.flags = { ...fields.flags, value: fields.flags.value.filter((flag) => flag !== 'hardship') };
    }
  }
  return { ...context, fields };
}

type ManualOutcome =
  | { kind: 'invalid'; invalid: MessageKey[] }
  | { kind: 'problems'; problems: PlanRequestProblem[] }
  | { kind: 'result'; result: PlanResult };

/**
 * Section 4: the repayment-plan calculator. Inputs come from the CRM; "what can they pay a month?"
 * suggests up to three plans inside the segment's policy, or the agent builds one by hand; the
 * chosen plan's schedule, read-back and CRM line are one key from the clipboard, and "agreed"
 * writes the plan and the promise to pay to the call in progress (issue 6 §3).
 */
export function PlanSection({ pack, context, call }: SectionProps) {
  const { t, l } = useI18n();
  const writes = useWrites();
  const id = useId();
  const currency = pack.currency;
  const f = usePlanFormat(currency);
  // What the agent typed over the CRM's values; a field absent here follows the CRM.
  const [edits, setEdits] = useState<Partial<Record<TextField, string>>>({});
  const [hardshipEdit, setHardshipEdit] = useState<boolean | null>(null);
  const [mode, setMode] = useState<Mode>('suggest');
  const [monthlyText, setMonthlyText] = useState('');
  const [chosen, setChosen] = useState(0);
  const [manual, setManual] = useState<ManualFields | null>(null);
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

  // ---- Inputs, prefilled from the CRM ----
  const basis = planBasis(context);
  const balanceFromCrm = basis?.amount;
  const minimumFromCrm = crmMoney(context, 'minimumDue');
  const principal = crmMoney(context, 'principal');
  const dpdValue = context?.fields.dpd?.value;
  const dpdFromCrm = typeof dpdValue === 'number' ? dpdValue : undefined;

  const moneyInput = (name: 'balance' | 'minimumDue', fromCrm: Minor | undefined) => {
    const text = edits[name] ?? (fromCrm !== undefined ? moneyText(fromCrm, currency) : '');
    const parsed = parseMoneyText(text, currency);
    return {
      text,
      value: parsed.ok ? parsed.value : undefined,
      error: parsed.ok ? null : 'plan.invalidMoney',
    };
  };
  const balance = moneyInput('balance', balanceFromCrm);
  const minimum = moneyInput('minimumDue', minimumFromCrm);
  const dpdText = edits.dpd ?? (dpdFromCrm !== undefined ? String(dpdFromCrm) : '');
  const dpdParsed = parseCountText(dpdText);
  const dpd = dpdParsed.ok ? dpdParsed.value : undefined;
  const firstDueText = edits.firstDue ?? '';
  const firstDueValid = firstDueText.trim() === '' || isIsoDate(firstDueText.trim());
  const firstDueDate = firstDueValid && firstDueText.trim() !== '' ? firstDueText.trim() : undefined;
  const hardship = hardshipEdit ?? crmHardship(context);
  // lib/plan never reads the clock: the day of the call is the pack's calendar day, passed in.
  const today = localDate(Date.now(), pack.timezone);

  const overrideId = call?.segmentOverride?.to;
  const segmentContext = useMemo(() => corrected(context, dpd, hardship), [context, dpd, hardship]);
  const selection = useMemo(
    () => selectSegment(pack, segmentContext, overrideId),
    [pack, segmentContext, overrideId],
  );
  const policy = selection?.policy;

  const base: BaseRequest | null =
    policy && balance.value !== undefined && balance.value >= 1
      ? {
          balance: balance.value,
          today,
          policy,
          currency,
          locale: pack.locale,
          hardship,
          ...(firstDueDate ? { firstDueDate } : {}),
          ...(minimum.value !== undefined ? { minimumDue: minimum.value } : {}),
          // The CRM's principal holds only for the CRM's balance (an edited balance may be below it).
          ...(principal !== undefined && principal <= balance.value ? { principal } : {}),
        }
      : null;

  // ---- Suggested options ----
  const monthlyParsed = parseMoneyText(monthlyText, currency);
  const monthly = monthlyParsed.ok ? monthlyParsed.value : undefined;
  const suggestion = useMemo(():
    | { ok: true; value: OptionsResult }
    | { ok: false; message: string }
    | null => {
    if (!policy || balance.value === undefined || balance.value < 1 || monthly === undefined || monthly < 1) {
      return null;
    }
    try {
      return {
        ok: true,
        value: suggestOptions({
          balance: balance.value,
          monthlyAmount: monthly,
          policy,
          today,
          currency,
          locale: pack.locale,
          hardship,
          ...(firstDueDate ? { firstDueDate } : {}),
          ...(minimum.value !== undefined ? { minimumDue: minimum.value } : {}),
          ...(principal !== undefined && principal <= balance.value ? { principal } : {}),
        }),
      };
    } catch (error) {
      // Fail visible: a plan the calculator cannot compute is said, never silently dropped.
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }, [
    policy,
    balance.value,
    monthly,
    today,
    currency,
    pack.locale,
    hardship,
    firstDueDate,
    minimum.value,
    principal,
  ]);
  const shown = suggestion?.ok
    ? suggestion.value.options.length > 0
      ? suggestion.value.options
      : suggestion.value.nearest
        ? [suggestion.value.nearest]
        : []
    : [];
  const chosenOption = shown[Math.min(chosen, shown.length - 1)];

  // ---- Manual plan ----
  const manualFields = manual ?? defaultManual(policy);
  let manualOutcome: ManualOutcome | null = null;
  if (mode === 'manual' && base) {
    const built = manualRequest(manualFields, base);
    if (!built.ok) manualOutcome = { kind: 'invalid', invalid: built.invalid };
    else {
      try {
        manualOutcome = { kind: 'result', result: computePlan(built.request) };
      } catch (error) {
        if (!(error instanceof PlanRequestError)) throw error;
        manualOutcome = { kind: 'problems', problems: error.problems };
      }
    }
  }

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

  const record = async (approved = false) => {
    if (!result || !call) return;
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
    if (mode === 'suggest' && chosenOption) setManual(manualFrom(chosenOption.result));
    setMode('manual');
    setFocusRequest({ target: 'type' });
  };

  const openSuggest = () => {
    setMode('suggest');
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
    setManual({ ...defaultManual(policy), type, ...(periods ? { periods: String(periods) } : {}) });
    setMode('manual');
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
  const copyReadBack = () => (result ? void copy(result.readBack.text, 'plan.copiedReadBack') : false);
  useKeys({
    'plan.suggest': () => openSuggest(),
    'plan.manual': () => openManual(),
    'plan.option': (_event, chord) => {
      const index = OPTION_KEYS.indexOf(chord as (typeof OPTION_KEYS)[number]);
      if (mode !== 'suggest' || index < 0 || index >= shown.length) return false;
      setChosen(index);
    },
    'plan.summary': () => (result ? void copy(result.readBack.summary, 'plan.copiedSummary') : false),
    'plan.agree': () => (result && !confirming ? agree() : false),
    'plan.cancel': () => (confirming ? setConfirming(false) : false),
    'readback.copy': copyReadBack,
    'readback.chord': copyReadBack,
  });

  if (!context) return <p className="empty">{t('empty.plan')}</p>;

  const inputState = (
    text: string,
    edited: boolean,
    error: MessageKey | null,
    hint?: string,
  ): InputState => ({
    text,
    edited,
    error,
    ...(hint ? { hint } : {}),
  });
  const recorded = call && (call.plan || call.promise);

  return (
    <div className="plan" ref={sectionRef}>
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
          balance.error as MessageKey | null,
          basis?.field === 'overdueAmount' ? t('plan.balanceFromOverdue') : undefined,
        )}
        minimumDue={inputState(
          minimum.text,
          edits.minimumDue !== undefined,
          minimum.error as MessageKey | null,
        )}
        dpd={inputState(dpdText, edits.dpd !== undefined, dpdParsed.ok ? null : 'plan.invalidDpd')}
        firstDue={inputState(
          firstDueText,
          false,
          firstDueValid ? null : 'plan.invalidDate',
          t('plan.firstDueHint'),
        )}
        hardship={hardship}
        today={today}
        onText={(name, text) => setEdits((e) => ({ ...e, [name]: text }))}
        onHardship={setHardshipEdit}
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
        <div className="plan-suggest">
          <div className="plan-field plan-field--monthly">
            <label htmlFor={`${id}-monthly`}>
              {t('plan.monthly')} <kbd>M</kbd>
            </label>
            <input
              id={`${id}-monthly`}
              ref={monthlyRef}
              inputMode="decimal"
              autoComplete="off"
              value={monthlyText}
              aria-keyshortcuts="m"
              aria-invalid={monthlyParsed.ok ? undefined : true}
              aria-describedby={`${id}-monthly-hint`}
              onChange={(event) => {
                setMonthlyText(event.target.value);
                setChosen(0);
              }}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                // On to the options: the section's keys (A–C, R, L, G) work from there.
                const checked = sectionRef.current?.querySelector<HTMLElement>(
                  '.plan-option[aria-pressed="true"]',
                );
                if (checked) checked.focus();
                else event.currentTarget.blur();
              }}
            />
            <small id={`${id}-monthly-hint`} className={monthlyParsed.ok ? 'muted' : 'plan-error'}>
              {monthlyParsed.ok ? t('plan.monthlyHint') : t('plan.invalidMoney')}
            </small>
          </div>
          {suggestion && !suggestion.ok && (
            <p className="plan-error" role="alert">
              {suggestion.message}
            </p>
          )}
          {suggestion?.ok && suggestion.value.options.length === 0 && (
            <p className="plan-warn" role="status">
              {t('plan.noOptions', { amount: f.money(monthly ?? 0) })}
              {suggestion.value.nearest &&
                ` ${t('plan.nearest', { amount: f.money(suggestion.value.nearest.payment) })}`}
            </p>
          )}
          {shown.length > 0 && (
            <OptionCards
              options={shown}
              chosen={Math.min(chosen, shown.length - 1)}
              onChoose={setChosen}
              label={t('plan.options')}
            />
          )}
        </div>
      ) : (
        policy && (
          <div className="plan-manual-wrap">
            <ManualPlan
              fields={manualFields}
              onChange={setManual}
              policy={policy}
              balance={balance.value}
              currency={currency}
              typeRef={typeRef}
            />
            {manualOutcome?.kind === 'invalid' && (
              <p className="plan-error" role="alert">
                {t('plan.problems')} {manualOutcome.invalid.map((key) => t(key)).join(' · ')}
              </p>
            )}
            {manualOutcome?.kind === 'problems' && (
              <div className="plan-error" role="alert">
                {t('plan.problems')}
                <ul>
                  {manualOutcome.problems.map((p) => (
                    <li key={`${p.path}:${p.message.en}`}>{l(p.message)}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )
      )}

      {result && (
        <PlanDetail
          result={result}
          name={resultName}
          confirming={confirming}
          onCopyReadBack={() => void copy(result.readBack.text, 'plan.copiedReadBack')}
          onCopySummary={() => void copy(result.readBack.summary, 'plan.copiedSummary')}
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

      {recorded && (
        <div className="plan-recorded" data-testid="plan-recorded">
          <strong>{t('plan.recorded')}</strong>
          {call.promise && (
            <p data-testid="plan-promise">
              {t('plan.promise', { amount: f.money(call.promise.amount), date: call.promise.date })}
            </p>
          )}
          {call.plan && <p className="muted">{t('plan.recordedPlan', { summary: call.plan.summary })}</p>}
        </div>
      )}
      <p className="plan-keys muted">{t('plan.keys')}</p>
    </div>
  );
}
