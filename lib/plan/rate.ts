/**
 * The annualised cost of a plan from the monthly internal rate of return of its cash flows
 * (银保监规〔2022〕13号: instalment cost must be shown as an annualised rate).
 * The customer receives the financed amount at month 0 and pays each instalment at its month;
 * the monthly IRR i solves F = Σ payment_t / (1 + i)^t. Shown two ways, labelled:
 * nominal 12·i and effective (1 + i)^12 − 1.
 */
import type { LocalizedText } from '../i18n/text';
import { type Minor, roundRate } from './money';

export interface CashFlow {
  /** Months after the start (month 0 is when the financed amount is lent). */
  month: number;
  amount: Minor;
}

export interface AnnualisedCost {
  /** Monthly IRR. */
  monthly: number;
  /** 12 × monthly (APR-style). */
  nominal: number;
  /** (1 + monthly)^12 − 1. */
  effective: number;
  labels: { nominal: LocalizedText; effective: LocalizedText };
}

export const RATE_LABELS = {
  nominal: { zh: '名义年化利率（月利率×12）', en: 'Nominal annual rate (12 × monthly IRR)' },
  effective: { zh: '实际年化利率（按月复利）', en: 'Effective annual rate (compounded monthly)' },
} as const satisfies Record<string, LocalizedText>;

/**
 * Bracket of the monthly rate searched. A fee rate is at most 100 % a month, which keeps the IRR
 * of any plan the calculator accepts far below 1000 % a month; −99 % keeps (1 + i) positive.
 */
const LOWEST = -0.99;
const HIGHEST = 10;

function presentValueGap(financed: Minor, flows: readonly CashFlow[], rate: number): number {
  let sum = 0;
  for (const flow of flows) sum += flow.amount / (1 + rate) ** flow.month;
  return sum - financed;
}

/**
 * The monthly IRR by bisection on a fixed bracket, to the resolution of a double.
 * Bisection rather than Newton: it always converges, and with a fixed bracket it is monotone —
 * larger payments never give a smaller rate, which the property tests rely on.
 * Null when there is nothing to solve (no money lent or no payment) or no root in the bracket.
 */
export function monthlyIrr(financed: Minor, flows: readonly CashFlow[]): number | null {
  const paying = flows.filter((flow) => flow.amount > 0);
  if (financed <= 0 || paying.length === 0) return null;
  if (paying.some((flow) => !Number.isInteger(flow.month) || flow.month < 1)) {
    throw new RangeError('payments fall in month 1 or later');
  }
  // The gap falls as the rate rises: positive below the root, negative above.
  if (presentValueGap(financed, paying, LOWEST) < 0 || presentValueGap(financed, paying, HIGHEST) > 0) {
    return null;
  }
  let low = LOWEST;
  let high = HIGHEST;
  for (let step = 0; step < 200; step++) {
    const mid = (low + high) / 2;
    if (mid <= low || mid >= high) break;
    if (presentValueGap(financed, paying, mid) > 0) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** Nominal and effective annual rates of a plan, or null when it lends nothing. */
export function annualisedCost(financed: Minor, flows: readonly CashFlow[]): AnnualisedCost | null {
  const monthly = monthlyIrr(financed, flows);
  if (monthly === null) return null;
  // Rounded to 6 places (0.0001 %) for stable output; rounding is monotone, so order is kept.
  // A plan without cost solves to ±1e-17, which rounds to 0 (normalised so it never prints as −0).
  const clean = (rate: number) => roundRate(rate) + 0;
  return {
    monthly: clean(monthly),
    nominal: clean(12 * monthly),
    effective: clean((1 + monthly) ** 12 - 1),
    labels: RATE_LABELS,
  };
}
