import { type Ref, useId } from 'react';
import { useI18n } from '@/components/shell/i18n';
import type { MessageKey } from '@/lib/i18n';
import { PLAN_TYPES, type PlanPolicy, type PlanType } from '@/lib/pack/schema';
import { applyRate, type Minor } from '@/lib/plan/money';
import { type CountUnit, moneyText, parseCountText, parseMoneyText } from '@/lib/plan/money-input';
import { PLAN_TYPE_NAMES } from '@/lib/plan/names';
import {
  computePlan,
  type PlanRequest,
  PlanRequestError,
  type PlanRequestProblem,
  type PlanResult,
} from '@/lib/plan/request';
import { countProblem, moneyProblem, type ProblemText } from '@/lib/plan/typed-problem';
import { usePlanFormat } from './format';

/** The manual form as typed: text, so a half-typed number never jumps under the agent's cursor. */
export interface ManualFields {
  type: PlanType;
  periods: string;
  downPayment: string;
  deferralMonths: string;
  settlementAmount: string;
  payments: string;
}

const INSTALMENT_LIKE: readonly PlanType[] = [
  'instalmentFlat',
  'instalmentAmortising',
  'personalised',
  'deferral',
];

export function defaultManual(policy: PlanPolicy | undefined): ManualFields {
  const type = policy?.types.find((t) => t === 'instalmentFlat' || t === 'instalmentAmortising') ?? 'full';
  const term =
    type === 'instalmentAmortising' ? policy?.instalmentAmortising?.[0] : policy?.instalmentFlat?.[0];
  return {
    type,
    periods: String(term?.periods ?? 12),
    downPayment: '',
    deferralMonths: '1',
    settlementAmount: '',
    payments: '1',
  };
}

/** The manual form filled from a plan already computed (an option), so the agent adjusts it. */
export function manualFrom(result: PlanResult): ManualFields {
  const { terms } = result;
  const fallback = defaultManual(undefined);
  // Periods and settlement parts are both `terms.periods`; each goes only to its own field.
  const settlement = result.type === 'settlement';
  return {
    type: result.type,
    periods: INSTALMENT_LIKE.includes(result.type) ? String(terms.periods) : fallback.periods,
    downPayment: terms.downPayment > 0 ? moneyText(terms.downPayment, terms.currency) : '',
    deferralMonths: String(terms.deferral?.months ?? 1),
    settlementAmount:
      terms.settlementAmount !== undefined ? moneyText(terms.settlementAmount, terms.currency) : '',
    payments: settlement ? String(terms.periods) : fallback.payments,
  };
}

/** A typed field the manual request cannot read, and why. */
export interface InvalidField {
  label: MessageKey;
  problem: ProblemText;
}

/** What the manual request takes from the inputs above it. */
export interface BaseRequest {
  balance: Minor;
  today: string;
  policy: PlanPolicy;
  currency: string;
  locale: string;
  hardship: boolean;
  firstDueDate?: string;
  minimumDue?: Minor;
  /** From the CRM: the principal part of the balance (settlement only, issue 13 §3). */
  principal?: Minor;
}

/** The request for the form, or which fields are not numbers (the UI names them). */
export function manualRequest(
  fields: ManualFields,
  base: BaseRequest,
): { ok: true; request: PlanRequest } | { ok: false; invalid: InvalidField[] } {
  const { minimumDue, principal, ...common } = base;
  const invalid: InvalidField[] = [];
  // A down payment of 0 is no down payment; a settlement of 0, 0 periods or months are no plan.
  const money = (text: string, label: MessageKey, allowZero = false) => {
    const parsed = parseMoneyText(text, base.currency, { allowZero });
    if (!parsed.ok)
      invalid.push({ label, problem: moneyProblem(parsed.problem, base.currency, parsed.written) });
    return parsed.ok ? parsed.value : undefined;
  };
  const count = (text: string, label: MessageKey, unit: CountUnit) => {
    const parsed = parseCountText(text, { unit });
    if (!parsed.ok) invalid.push({ label, problem: countProblem(parsed.problem) });
    return parsed.ok ? parsed.value : undefined;
  };
  const request: PlanRequest = { ...common, type: fields.type };
  const { type } = fields;
  if (type === 'minimum' && minimumDue !== undefined) request.minimumDue = minimumDue;
  if (INSTALMENT_LIKE.includes(type)) {
    const periods = count(fields.periods, 'plan.manualPeriods', 'periods');
    if (periods !== undefined) request.periods = periods;
    const down = money(fields.downPayment, 'plan.downPayment', true);
    if (down !== undefined) request.downPayment = down;
  }
  if (type === 'deferral') {
    const months = count(fields.deferralMonths, 'plan.deferralMonths', 'months');
    if (months !== undefined) request.deferralMonths = months;
  }
  if (type === 'settlement') {
    const amount = money(fields.settlementAmount, 'plan.settlementAmount');
    // Blank: the discount the agent may give alone (the policy's, else none).
    if (amount !== undefined) request.settlementAmount = amount;
    else request.discountRate = base.policy.settlement?.agentMaxDiscountRate ?? 0;
    if (principal !== undefined) request.principal = principal;
    const payments = count(fields.payments, 'plan.payments', 'payments');
    if (payments !== undefined) request.payments = payments;
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, request };
}

/** Plan type, periods, down payment, deferral, settlement amount: any plan, checked against the policy. */
export function ManualPlan({
  fields,
  onChange,
  policy,
  balance,
  currency,
  typeRef,
}: {
  fields: ManualFields;
  onChange: (fields: ManualFields) => void;
  policy: PlanPolicy;
  balance: Minor | undefined;
  currency: string;
  typeRef: Ref<HTMLSelectElement>;
}) {
  const { t, l, locale } = useI18n();
  const id = useId();
  const f = usePlanFormat(currency);
  const set = (patch: Partial<ManualFields>) => onChange({ ...fields, ...patch });
  const { type } = fields;
  const list = (values: readonly number[]) => values.join(locale === 'en' ? ', ' : '、');
  const terms =
    type === 'instalmentAmortising'
      ? (policy.instalmentAmortising ?? []).map((term) => term.periods)
      : type === 'instalmentFlat' || type === 'deferral'
        ? (policy.instalmentFlat ?? []).map((term) => term.periods)
        : [];
  const field = (
    name: keyof ManualFields,
    label: MessageKey,
    hint: string | null,
    inputMode: 'numeric' | 'decimal',
  ) => (
    <div className="plan-field">
      <label htmlFor={`${id}-${name}`}>{t(label)}</label>
      <input
        id={`${id}-${name}`}
        inputMode={inputMode}
        autoComplete="off"
        value={fields[name]}
        aria-describedby={hint ? `${id}-${name}-hint` : undefined}
        onChange={(event) => set({ [name]: event.target.value })}
      />
      {hint && (
        <small id={`${id}-${name}-hint`} className="muted">
          {hint}
        </small>
      )}
    </div>
  );
  const minDown = balance !== undefined ? applyRate(balance, policy.minDownPaymentRate) : 0;
  return (
    <div className="plan-manual">
      <div className="plan-field plan-field--wide">
        <label htmlFor={`${id}-type`}>{t('plan.type')}</label>
        <select
          id={`${id}-type`}
          ref={typeRef}
          value={type}
          onChange={(event) => set({ type: event.target.value as PlanType })}
        >
          {PLAN_TYPES.map((option) => (
            <option key={option} value={option}>
              {l(PLAN_TYPE_NAMES[option])}
              {policy.types.includes(option) ? '' : t('plan.notInPolicy')}
            </option>
          ))}
        </select>
      </div>
      {INSTALMENT_LIKE.includes(type) &&
        field(
          'periods',
          'plan.manualPeriods',
          type === 'personalised' && policy.personalised
            ? t('plan.allowedPeriods', { periods: `2–${policy.personalised.maxPeriods}` })
            : terms.length > 0
              ? t('plan.allowedPeriods', { periods: list(terms) })
              : null,
          'numeric',
        )}
      {INSTALMENT_LIKE.includes(type) &&
        field(
          'downPayment',
          'plan.downPayment',
          minDown > 0 ? t('plan.minDownPayment', { amount: f.money(minDown) }) : null,
          'decimal',
        )}
      {type === 'deferral' &&
        field(
          'deferralMonths',
          'plan.deferralMonths',
          policy.deferral ? t('plan.maxDeferral', { months: policy.deferral.maxMonths }) : null,
          'numeric',
        )}
      {type === 'settlement' &&
        field(
          'settlementAmount',
          'plan.settlementAmount',
          t(
            policy.settlement?.basis === 'interestAndFees'
              ? 'plan.settlementHintFees'
              : 'plan.settlementHint',
            {
              rate: f.rate(policy.settlement?.agentMaxDiscountRate ?? 0),
            },
          ),
          'decimal',
        )}
      {type === 'settlement' &&
        field(
          'payments',
          'plan.payments',
          policy.settlement
            ? t('plan.allowedPeriods', { periods: `1–${policy.settlement.maxPayments}` })
            : null,
          'numeric',
        )}
    </div>
  );
}

export type ManualOutcome =
  | { kind: 'invalid'; invalid: InvalidField[] }
  | { kind: 'problems'; problems: PlanRequestProblem[] }
  | { kind: 'result'; result: PlanResult };

/** The hand-built plan, or which fields are not numbers, or what the policy refuses. */
export function computeManual(fields: ManualFields, base: BaseRequest): ManualOutcome {
  const built = manualRequest(fields, base);
  if (!built.ok) return { kind: 'invalid', invalid: built.invalid };
  try {
    return { kind: 'result', result: computePlan(built.request) };
  } catch (error) {
    if (!(error instanceof PlanRequestError)) throw error;
    return { kind: 'problems', problems: error.problems };
  }
}

/** Why the hand-built plan has no result, said beside the form. */
export function ManualProblems({ outcome }: { outcome: ManualOutcome | null }) {
  const { t, l } = useI18n();
  if (outcome?.kind === 'invalid') {
    return (
      <p className="plan-error" role="alert">
        {t('plan.problems')}{' '}
        {outcome.invalid
          .map((f) =>
            t('plan.fieldProblem', { field: t(f.label), problem: t(f.problem.key, f.problem.params) }),
          )
          .join(' · ')}
      </p>
    );
  }
  if (outcome?.kind !== 'problems') return null;
  return (
    <div className="plan-error" role="alert">
      {t('plan.problems')}
      <ul>
        {outcome.problems.map((p) => (
          <li key={`${p.path}:${p.message.en}`}>{l(p.message)}</li>
        ))}
      </ul>
    </div>
  );
}
