/**
 * "What can they pay a month?" → up to three plans that fit that amount inside the policy
 * (issue 6 §3). Each option carries the request that reproduces it, so the panel can show the
 * full schedule and the CLI can recompute it.
 *
 * Order: minimum payment last (it does not resolve the debt); before it, options the agent may
 * give alone before those that need approval; then full payment, standard instalments (shortest
 * first: it fits and costs least), personalised instalment, settlement (the bank gives money up). At most two
 * standard instalments, so a third slot goes to a different kind of plan.
 * Deferral is not suggested: it answers "not now", not "how much a month"; the panel offers it directly.
 */
import type { LocalizedText } from '../i18n/text';
import type { PlanPolicy, PlanType } from '../pack/schema';
import type { IsoDate } from './dates';
import { applyRate, type Minor } from './money';
import { PLAN_TYPE_NAMES } from './names';
import type { Verdict } from './policy';
import type { AnnualisedCost } from './rate';
import { computePlan, type PlanRequest, PlanRequestError, type PlanResult } from './request';
import { settlementAmount } from './schedule';

export interface OptionsInput {
  balance: Minor;
  /** What the customer says they can pay a month. */
  monthlyAmount: Minor;
  policy: PlanPolicy;
  today: IsoDate;
  firstDueDate?: IsoDate;
  minimumDue?: Minor;
  /** At least the policy's minimum down payment is used for instalments. */
  downPayment?: Minor;
  hardship?: boolean;
  /** The principal part of the balance (CRM), for a settlement policy that waives only interest and fees. */
  principal?: Minor;
  currency: string;
  locale: string;
  /** How many options at most (3 by default). */
  max?: number;
}

export interface PlanOption {
  /** computePlan(request) gives this option's result again. */
  request: PlanRequest;
  result: PlanResult;
  label: LocalizedText;
  type: PlanType;
  /** The largest single payment: what has to fit the monthly amount. */
  payment: Minor;
  /** Number of payments (deferred months left out). */
  periods: number;
  /** Fees and interest. */
  totalCost: Minor;
  /** Everything paid, down payment included. */
  totalPaid: Minor;
  annualised: AnnualisedCost | null;
  /** balance − totalPaid: positive for a settlement, negative (the cost) for an instalment. */
  savingVsFull: Minor;
  verdict: Verdict;
}

export interface OptionsResult {
  options: PlanOption[];
  /** When nothing fits: the allowed plan with the smallest payment, to say what it would take. */
  nearest: PlanOption | null;
}

type Family = 'full' | 'instalment' | 'personalised' | 'settlement' | 'minimum';
const FAMILY_RANK: Record<Family, number> = {
  full: 0,
  instalment: 1,
  personalised: 2,
  settlement: 3,
  minimum: 4,
};
const MAX_STANDARD_INSTALMENTS = 2;

function familyOf(type: PlanType): Family {
  if (type === 'instalmentFlat' || type === 'instalmentAmortising' || type === 'deferral')
    return 'instalment';
  return type;
}

function optionOf(request: PlanRequest): PlanOption | null {
  let result: PlanResult;
  try {
    result = computePlan(request);
  } catch (error) {
    // A candidate the request rules refuse (e.g. too little to finance) is simply not an option.
    if (error instanceof PlanRequestError) return null;
    throw error;
  }
  const paying = result.schedule.filter((row) => row.kind !== 'deferred');
  const periods = paying.length;
  const typeName = PLAN_TYPE_NAMES[result.type];
  return {
    request,
    result,
    label:
      periods > 1
        ? { zh: `${typeName.zh} ${periods}期`, en: `${typeName.en}, ${periods} payments` }
        : typeName,
    type: result.type,
    payment: Math.max(0, ...paying.map((row) => row.payment)),
    periods,
    totalCost: result.totals.cost,
    totalPaid: result.totals.paid,
    annualised: result.annualised,
    savingVsFull: result.balance - result.totals.paid,
    verdict: result.verdict ?? 'ok',
  };
}

export function suggestOptions(input: OptionsInput): OptionsResult {
  const { balance, policy, monthlyAmount } = input;
  const allowed = (type: PlanType) => policy.types.includes(type);
  const common = {
    balance,
    today: input.today,
    policy,
    currency: input.currency,
    locale: input.locale,
    hardship: input.hardship ?? false,
    ...(input.firstDueDate ? { firstDueDate: input.firstDueDate } : {}),
  };
  const downPayment = Math.max(input.downPayment ?? 0, applyRate(balance, policy.minDownPaymentRate));
  const candidates: PlanOption[] = [];
  const add = (request: PlanRequest) => {
    const option = optionOf(request);
    if (option && option.verdict !== 'refused') candidates.push(option);
  };

  if (allowed('full')) add({ ...common, type: 'full' });
  if (allowed('instalmentFlat')) {
    for (const term of policy.instalmentFlat ?? []) {
      add({
        ...common,
        type: 'instalmentFlat',
        downPayment,
        periods: term.periods,
        monthlyFeeRate: term.monthlyFeeRate,
      });
    }
  }
  if (allowed('instalmentAmortising')) {
    for (const term of policy.instalmentAmortising ?? []) {
      add({ ...common, type: 'instalmentAmortising', downPayment, periods: term.periods, apr: term.apr });
    }
  }
  const personalised = policy.personalised;
  if (allowed('personalised') && personalised && input.hardship === true) {
    // The shortest term that fits and stays above the minimum instalment. The first payment carries
    // the remainder, so it is not monotone in n: scan, with the schedule's own split (cheap), then
    // compute the chosen term in full. The longest term stays a candidate for `nearest`.
    const financed = balance - downPayment;
    const fee = applyRate(Math.max(financed, 0), personalised.monthlyFeeRate);
    const request = (periods: number): PlanRequest => ({
      ...common,
      type: 'personalised',
      downPayment,
      periods,
      monthlyFeeRate: personalised.monthlyFeeRate,
    });
    let chosen = personalised.maxPeriods;
    for (let periods = 2; periods <= personalised.maxPeriods && periods <= financed; periods++) {
      const base = Math.floor(financed / periods);
      const first = financed - base * (periods - 1) + fee;
      if (first <= monthlyAmount && base + fee >= policy.minInstalment) {
        chosen = periods;
        break;
      }
    }
    add(request(chosen));
  }
  const rule = policy.settlement;
  if (allowed('settlement') && rule) {
    // The agent's own discount first; the supervisor's only when the agent's does not fit.
    const rates = [
      rule.agentMaxDiscountRate,
      Math.max(rule.agentMaxDiscountRate, rule.supervisorMaxDiscountRate),
    ];
    settle: for (const discountRate of rates) {
      const onFees = rule.basis === 'interestAndFees';
      if (onFees && input.principal === undefined) break;
      const principal = input.principal !== undefined ? { principal: input.principal } : {};
      const amount = settlementAmount(balance, discountRate, onFees ? input.principal : 0);
      // As few payments as fit; the first part carries the remainder, so a count may need one more.
      const fewest = Math.min(Math.max(1, Math.ceil(amount / Math.max(monthlyAmount, 1))), rule.maxPayments);
      let last: PlanOption | null = null;
      for (let payments = fewest; payments <= rule.maxPayments; payments++) {
        const option = optionOf({ ...common, ...principal, type: 'settlement', discountRate, payments });
        if (!option || option.verdict === 'refused') break;
        last = option;
        if (option.payment <= monthlyAmount) {
          candidates.push(option);
          break settle;
        }
      }
      if (last) candidates.push(last);
    }
  }
  if (allowed('minimum') && input.minimumDue !== undefined && input.minimumDue > 0) {
    add({ ...common, type: 'minimum', minimumDue: input.minimumDue });
  }

  const fitting = candidates.filter((option) => option.payment <= monthlyAmount).sort(compareOptions);
  const options: PlanOption[] = [];
  let standard = 0;
  for (const option of fitting) {
    if (options.length >= (input.max ?? 3)) break;
    if (familyOf(option.type) === 'instalment') {
      if (standard >= MAX_STANDARD_INSTALMENTS) continue;
      standard++;
    }
    // One settlement is enough: the agent's level if it fits, else the supervisor's.
    if (option.type === 'settlement' && options.some((o) => o.type === 'settlement')) continue;
    options.push(option);
  }
  const nearest =
    options.length > 0
      ? null
      : (candidates
          .filter((option) => option.type !== 'minimum')
          .sort((a, b) => a.payment - b.payment || compareOptions(a, b))[0] ?? null);
  return { options, nearest };
}

function compareOptions(a: PlanOption, b: PlanOption): number {
  const verdictRank = (v: Verdict) => (v === 'ok' ? 0 : 1);
  const minimumLast = (o: PlanOption) => (o.type === 'minimum' ? 1 : 0);
  return (
    minimumLast(a) - minimumLast(b) ||
    verdictRank(a.verdict) - verdictRank(b.verdict) ||
    FAMILY_RANK[familyOf(a.type)] - FAMILY_RANK[familyOf(b.type)] ||
    a.periods - b.periods ||
    a.totalPaid - b.totalPaid
  );
}
