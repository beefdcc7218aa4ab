/**
 * Payment schedules for every plan type (issue 6 §1, DOMAIN.md §5). All amounts are integer minor
 * units and every rounding is half-up to the minor unit (money.ts). Inputs are trusted here —
 * request.ts validates them — but impossible ones still throw so a misuse is loud, never silent.
 */
import type { PlanType } from '../pack/schema';
import { type IsoDate, isIsoDate, monthlyDates } from './dates';
import { applyRate, type Minor } from './money';
import {
  assertCount,
  type InstalmentPricing,
  type PricedPeriod,
  pricedPeriods,
  splitFirstTakesRemainder,
} from './pricing';
import { type AnnualisedCost, annualisedCost } from './rate';

export { amortisingPayment, type InstalmentPricing, splitFirstTakesRemainder } from './pricing';

/** `deferred`: a month without payment; `instalment`: a plan payment; `payment`: a one-off or settlement part. */
export type RowKind = 'deferred' | 'instalment' | 'payment';

export interface ScheduleRow {
  /** 1-based month of the plan; also the month of the cash flow for the annualised rate. */
  period: number;
  dueDate: IsoDate;
  kind: RowKind;
  principal: Minor;
  fee: Minor;
  interest: Minor;
  /** principal + fee + interest. */
  payment: Minor;
  /** Interest that accrued this month and is paid with the later instalments (deferral). */
  accrued: Minor;
  /** What the plan still owes after this row. */
  remaining: Minor;
}

export interface ScheduleTotals {
  principal: Minor;
  fee: Minor;
  interest: Minor;
  /** fee + interest: what the plan costs on top of the principal. */
  cost: Minor;
  /** Sum of the rows' payments. */
  instalments: Minor;
  /** Down payment + instalments: everything the customer pays under the plan. */
  paid: Minor;
  /** Settlement: the part of the balance waived. */
  waived: Minor;
  /** Minimum payment: the balance still owed afterwards. */
  outstanding: Minor;
}

export interface Schedule {
  type: PlanType;
  balance: Minor;
  downPayment: Minor;
  /** When the down payment is due (today), or null without one. */
  downPaymentDate: IsoDate | null;
  /** The amount the rows' principal repays: balance − down payment, the settlement or the minimum. */
  financed: Minor;
  rows: ScheduleRow[];
  totals: ScheduleTotals;
}

// ---- Building blocks ------------------------------------------------------------------------

function assertMoney(amount: Minor, name: string): void {
  if (!Number.isSafeInteger(amount) || amount < 0) throw new RangeError(`${name} must be minor units ≥ 0`);
}

function assertDate(date: IsoDate, name: string): void {
  if (!isIsoDate(date)) throw new RangeError(`${name} is not a date: ${date}`);
}

function totalsOf(rows: ScheduleRow[], downPayment: Minor, waived = 0, outstanding = 0): ScheduleTotals {
  let principal = 0;
  let fee = 0;
  let interest = 0;
  let instalments = 0;
  for (const row of rows) {
    principal += row.principal;
    fee += row.fee;
    interest += row.interest;
    instalments += row.payment;
  }
  return {
    principal,
    fee,
    interest,
    cost: fee + interest,
    instalments,
    paid: downPayment + instalments,
    waived,
    outstanding,
  };
}

/** Rows from priced periods on monthly dates; `firstPeriod` > 1 after a deferral. */
function instalmentRows(
  financed: Minor,
  priced: PricedPeriod[],
  dates: IsoDate[],
  firstPeriod: number,
): ScheduleRow[] {
  let remaining = financed;
  return priced.map((p, i) => {
    remaining -= p.principal;
    return {
      period: firstPeriod + i,
      dueDate: dates[i] as IsoDate,
      kind: 'instalment',
      principal: p.principal,
      fee: p.fee,
      interest: p.interest,
      payment: p.principal + p.fee + p.interest,
      accrued: 0,
      remaining,
    };
  });
}

// ---- Plans ----------------------------------------------------------------------------------

/** Full payment of the balance on one date (today or a promised date). */
export function fullPayment(input: { balance: Minor; date: IsoDate }): Schedule {
  assertMoney(input.balance, 'balance');
  assertDate(input.date, 'date');
  const rows: ScheduleRow[] = [
    {
      period: 1,
      dueDate: input.date,
      kind: 'payment',
      principal: input.balance,
      fee: 0,
      interest: 0,
      payment: input.balance,
      accrued: 0,
      remaining: 0,
    },
  ];
  return {
    type: 'full',
    balance: input.balance,
    downPayment: 0,
    downPaymentDate: null,
    financed: input.balance,
    rows,
    totals: totalsOf(rows, 0),
  };
}

/** The minimum due on one date; the rest of the balance stays owed. */
export function minimumPayment(input: { balance: Minor; minimumDue: Minor; date: IsoDate }): Schedule {
  assertMoney(input.balance, 'balance');
  assertMoney(input.minimumDue, 'minimumDue');
  assertDate(input.date, 'date');
  if (input.minimumDue > input.balance) throw new RangeError('minimumDue exceeds balance');
  const outstanding = input.balance - input.minimumDue;
  const rows: ScheduleRow[] = [
    {
      period: 1,
      dueDate: input.date,
      kind: 'payment',
      principal: input.minimumDue,
      fee: 0,
      interest: 0,
      payment: input.minimumDue,
      accrued: 0,
      remaining: outstanding,
    },
  ];
  return {
    type: 'minimum',
    balance: input.balance,
    downPayment: 0,
    downPaymentDate: null,
    financed: input.minimumDue,
    rows,
    totals: totalsOf(rows, 0, 0, outstanding),
  };
}

export interface InstalmentInput {
  balance: Minor;
  downPayment: Minor;
  /** The day of the call: the down payment is due then. */
  today: IsoDate;
  firstDueDate: IsoDate;
  periods: number;
  /** The day of month the dates keep (default: the first due date's); see monthlyDates. */
  dayOfMonth?: number;
}

function financedOf(input: InstalmentInput): Minor {
  assertMoney(input.balance, 'balance');
  assertMoney(input.downPayment, 'downPayment');
  assertDate(input.today, 'today');
  assertDate(input.firstDueDate, 'firstDueDate');
  assertCount(input.periods, 'periods');
  const financed = input.balance - input.downPayment;
  if (financed < input.periods) throw new RangeError('financed amount is less than one minor unit a period');
  return financed;
}

/** A schedule that finances balance − down payment, the down payment due today. */
function financedSchedule(
  type: PlanType,
  input: InstalmentInput,
  financed: Minor,
  rows: ScheduleRow[],
): Schedule {
  return {
    type,
    balance: input.balance,
    downPayment: input.downPayment,
    downPaymentDate: input.downPayment > 0 ? input.today : null,
    financed,
    rows,
    totals: totalsOf(rows, input.downPayment),
  };
}

function instalmentSchedule(type: PlanType, input: InstalmentInput, pricing: InstalmentPricing): Schedule {
  const financed = financedOf(input);
  const priced = pricedPeriods(financed, input.periods, pricing);
  const rows = instalmentRows(
    financed,
    priced,
    monthlyDates(input.firstDueDate, input.periods, input.dayOfMonth),
    1,
  );
  return financedSchedule(type, input, financed, rows);
}

/** Instalment with a flat monthly fee on the financed amount (Chinese card convention). */
export function flatInstalment(input: InstalmentInput & { monthlyFeeRate: number }): Schedule {
  return instalmentSchedule('instalmentFlat', input, { kind: 'flat', monthlyFeeRate: input.monthlyFeeRate });
}

/** Amortising instalment at an APR (US convention). */
export function amortisingInstalment(input: InstalmentInput & { apr: number }): Schedule {
  return instalmentSchedule('instalmentAmortising', input, { kind: 'amortising', apr: input.apr });
}

/** 个性化分期: priced like a flat instalment (often at a lower or zero fee); hardship and ≤ 60 months are checked by request.ts and policy.ts. */
export function personalisedInstalment(input: InstalmentInput & { monthlyFeeRate: number }): Schedule {
  return instalmentSchedule('personalised', input, { kind: 'flat', monthlyFeeRate: input.monthlyFeeRate });
}

export interface DeferralInput extends InstalmentInput {
  /** Months without payment, starting on the first due date. */
  months: number;
  /** Policy: interest accrues during the deferral, or is frozen. */
  interest: 'accrue' | 'frozen';
  /** Monthly interest rate during the deferral (simple, on the financed amount). */
  monthlyRate: number;
  /** How the instalments after the deferral are priced. */
  pricing: InstalmentPricing;
}

/**
 * Deferral: `months` monthly dates without payment, then `periods` instalments on the following
 * monthly dates. Interest accrued during the deferral is simple interest on the financed amount,
 * paid in equal parts with the instalments (remainder first), so principal still sums to F.
 */
export function deferral(input: DeferralInput): Schedule {
  const financed = financedOf(input);
  assertCount(input.months, 'months');
  const accruedPerMonth = input.interest === 'accrue' ? applyRate(financed, input.monthlyRate) : 0;
  const dates = monthlyDates(input.firstDueDate, input.months + input.periods, input.dayOfMonth);
  const deferred: ScheduleRow[] = dates.slice(0, input.months).map((dueDate, i) => ({
    period: i + 1,
    dueDate,
    kind: 'deferred',
    principal: 0,
    fee: 0,
    interest: 0,
    payment: 0,
    accrued: accruedPerMonth,
    remaining: financed,
  }));
  const deferredInterest = splitFirstTakesRemainder(accruedPerMonth * input.months, input.periods);
  const priced = pricedPeriods(financed, input.periods, input.pricing).map((p, i) => ({
    ...p,
    interest: p.interest + (deferredInterest[i] ?? 0),
  }));
  const rows = [
    ...deferred,
    ...instalmentRows(financed, priced, dates.slice(input.months), input.months + 1),
  ];
  return financedSchedule('deferral', input, financed, rows);
}

/**
 * Settlement (减免): `amount` ≤ balance in `payments` monthly parts from the first due date,
 * floor(S / m) each with the remainder first. The difference to the balance is waived.
 */
export function settlement(input: {
  balance: Minor;
  amount: Minor;
  payments: number;
  firstDueDate: IsoDate;
  dayOfMonth?: number;
}): Schedule {
  assertMoney(input.balance, 'balance');
  assertMoney(input.amount, 'amount');
  assertCount(input.payments, 'payments');
  assertDate(input.firstDueDate, 'firstDueDate');
  if (input.amount > input.balance) throw new RangeError('settlement exceeds balance');
  if (input.amount < input.payments) throw new RangeError('settlement is less than one minor unit a payment');
  const dates = monthlyDates(input.firstDueDate, input.payments, input.dayOfMonth);
  let remaining = input.amount;
  const rows: ScheduleRow[] = splitFirstTakesRemainder(input.amount, input.payments).map((principal, i) => {
    remaining -= principal;
    return {
      period: i + 1,
      dueDate: dates[i] as IsoDate,
      kind: 'payment',
      principal,
      fee: 0,
      interest: 0,
      payment: principal,
      accrued: 0,
      remaining,
    };
  });
  return {
    type: 'settlement',
    balance: input.balance,
    downPayment: 0,
    downPaymentDate: null,
    financed: input.amount,
    rows,
    totals: totalsOf(rows, 0, input.balance - input.amount),
  };
}

/**
 * The settlement amount for a discount rate: balance − half-up((balance − principal) × rate).
 * `principal` 0 discounts the whole balance; the principal of the account discounts only the
 * interest and fees on top of it (a policy with basis `interestAndFees`, issue 13 §3).
 */
export function settlementAmount(balance: Minor, discountRate: number, principal: Minor = 0): Minor {
  return balance - applyRate(balance - Math.min(principal, balance), discountRate);
}

// ---- Reading a schedule ---------------------------------------------------------------------

const FINANCED_TYPES: readonly PlanType[] = [
  'instalmentFlat',
  'instalmentAmortising',
  'deferral',
  'personalised',
];

/** The annualised cost of an instalment-like plan (null for full, minimum and settlement). */
export function scheduleCost(schedule: Schedule): AnnualisedCost | null {
  if (!FINANCED_TYPES.includes(schedule.type)) return null;
  const flows = schedule.rows
    .filter((row) => row.kind !== 'deferred')
    .map((row) => ({ month: row.period, amount: row.payment }));
  return annualisedCost(schedule.financed, flows);
}

/** The payments the customer makes, deferred months left out. */
export function payingRows(schedule: Schedule): ScheduleRow[] {
  return schedule.rows.filter((row) => row.kind !== 'deferred');
}

/** The largest single payment (what must fit the customer's monthly budget). */
export function largestPayment(schedule: Schedule): Minor {
  return Math.max(0, ...payingRows(schedule).map((row) => row.payment));
}

/** The smallest single payment (what the policy's minimum instalment applies to). */
export function smallestPayment(schedule: Schedule): Minor {
  const payments = payingRows(schedule).map((row) => row.payment);
  return payments.length === 0 ? 0 : Math.min(...payments);
}
