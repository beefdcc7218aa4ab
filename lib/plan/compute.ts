/**
 * A plan computed from resolved terms: the schedule, totals, annualised rates, the policy's
 * verdict and the read-back for one option. Pure, so the panel and the CLI get the same numbers.
 */
import type { LocalizedText } from '../i18n/text';
import type { PlanPolicy, PlanType } from '../pack/schema';
import type { IsoDate } from './dates';
import type { Minor } from './money';
import { checkPolicy, type PolicyCheck, type Verdict, type Violation } from './policy';
import type { AnnualisedCost } from './rate';
import { type ReadBack, readBack } from './readback';
import {
  amortisingInstalment,
  deferral,
  flatInstalment,
  fullPayment,
  minimumPayment,
  personalisedInstalment,
  type Schedule,
  type ScheduleRow,
  type ScheduleTotals,
  scheduleCost,
  settlement,
  smallestPayment,
} from './schedule';
import type { ResolvedTerms } from './terms';

export interface PlanResult {
  type: PlanType;
  currency: string;
  locale: string;
  /** Every input after defaults (rates taken from the policy show here). */
  terms: ResolvedTerms;
  balance: Minor;
  downPayment: Minor;
  downPaymentDate: IsoDate | null;
  financed: Minor;
  schedule: ScheduleRow[];
  totals: ScheduleTotals;
  /** Instalment-like plans only; null for full, minimum and settlement. */
  annualised: AnnualisedCost | null;
  /** Null when the request carries no policy. */
  policyId: string | null;
  verdict: Verdict | null;
  violations: Violation[];
  notes: LocalizedText[];
  readBack: ReadBack;
}

/** The schedule for resolved terms (the panel can call this directly once it holds ResolvedTerms). */
export function scheduleFor(terms: ResolvedTerms): Schedule {
  const instalment = {
    balance: terms.balance,
    downPayment: terms.downPayment,
    today: terms.today,
    firstDueDate: terms.firstDueDate,
    dayOfMonth: terms.dayOfMonth,
    periods: terms.periods,
  };
  switch (terms.type) {
    case 'full':
      return fullPayment({ balance: terms.balance, date: terms.firstDueDate });
    case 'minimum':
      return minimumPayment({
        balance: terms.balance,
        minimumDue: terms.minimumDue ?? 0,
        date: terms.firstDueDate,
      });
    case 'instalmentFlat':
      return flatInstalment({ ...instalment, monthlyFeeRate: terms.monthlyFeeRate ?? 0 });
    case 'instalmentAmortising':
      return amortisingInstalment({ ...instalment, apr: terms.apr ?? 0 });
    case 'personalised':
      return personalisedInstalment({ ...instalment, monthlyFeeRate: terms.monthlyFeeRate ?? 0 });
    case 'deferral': {
      const d = terms.deferral;
      if (!d) throw new RangeError('deferral terms missing');
      return deferral({
        ...instalment,
        months: d.months,
        interest: d.interest,
        monthlyRate: d.monthlyRate,
        pricing:
          terms.apr !== undefined
            ? { kind: 'amortising', apr: terms.apr }
            : { kind: 'flat', monthlyFeeRate: terms.monthlyFeeRate ?? 0 },
      });
    }
    case 'settlement':
      return settlement({
        balance: terms.balance,
        amount: terms.settlementAmount ?? terms.balance,
        payments: terms.periods,
        firstDueDate: terms.firstDueDate,
        dayOfMonth: terms.dayOfMonth,
      });
  }
}

/** Schedule, totals, annualised rates, policy verdict and read-back for resolved terms. */
export function computeFromTerms(terms: ResolvedTerms, policy?: PlanPolicy): PlanResult {
  const schedule = scheduleFor(terms);
  const annualised = scheduleCost(schedule);
  const check: PolicyCheck | null = policy
    ? checkPolicy({ ...terms, smallestPayment: smallestPayment(schedule) }, policy, terms.currency)
    : null;
  return {
    type: terms.type,
    currency: terms.currency,
    locale: terms.locale,
    terms,
    balance: schedule.balance,
    downPayment: schedule.downPayment,
    downPaymentDate: schedule.downPaymentDate,
    financed: schedule.financed,
    schedule: schedule.rows,
    totals: schedule.totals,
    annualised,
    policyId: check?.policyId ?? null,
    verdict: check?.verdict ?? null,
    violations: check?.violations ?? [],
    notes: check?.notes ?? [],
    readBack: readBack({ schedule, terms, annualised, verdict: check?.verdict ?? null }),
  };
}
