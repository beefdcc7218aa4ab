/**
 * How a financed amount is priced period by period (issue 6 §1, DOMAIN.md §5): a flat monthly fee
 * (Chinese cards) or amortising interest (US). Integer minor units, half-up rounding (money.ts).
 */
import { applyRate, type Minor, roundHalfUp } from './money';

/** `total` in `parts` whole amounts: floor(total / parts) each, the remainder in the FIRST part. */
export function splitFirstTakesRemainder(total: Minor, parts: number): Minor[] {
  assertCount(parts, 'parts');
  const base = Math.floor(total / parts);
  const remainder = total - base * parts;
  return Array.from({ length: parts }, (_, i) => (i === 0 ? base + remainder : base));
}

/** The level payment F·r / (1 − (1 + r)^−n), r = APR / 12, rounded half-up; F / n when r = 0. */
export function amortisingPayment(financed: Minor, periods: number, apr: number): Minor {
  assertCount(periods, 'periods');
  const r = apr / 12;
  // Below 1e-15 a month, interest on at most 10^12 over 60 months is under 0.1 minor unit.
  if (r < 1e-15) return roundHalfUp(financed / periods);
  // 1 − (1 + r)^−n via log1p/expm1: accurate for small r, where 1 + r loses r's digits.
  return roundHalfUp((financed * r) / -Math.expm1(-periods * Math.log1p(r)));
}

export interface PricedPeriod {
  principal: Minor;
  fee: Minor;
  interest: Minor;
}

/** Flat fee (Chinese cards): principal floor(F/n), remainder first; fee F × monthly rate every period. */
function flatPeriods(financed: Minor, periods: number, monthlyFeeRate: number): PricedPeriod[] {
  const fee = applyRate(financed, monthlyFeeRate);
  return splitFirstTakesRemainder(financed, periods).map((principal) => ({ principal, fee, interest: 0 }));
}

/**
 * Amortising (US): interest on the remaining balance each month; the LAST payment takes whatever
 * principal is left, so principal sums to F exactly despite the rounded level payment.
 */
function amortisingPeriods(financed: Minor, periods: number, apr: number): PricedPeriod[] {
  const level = amortisingPayment(financed, periods, apr);
  const result: PricedPeriod[] = [];
  let remaining = financed;
  for (let period = 1; period <= periods; period++) {
    const interest = applyRate(remaining, apr, 12);
    // Clamped so a tiny balance over many periods can never go negative from rounded payments.
    const principal = period === periods ? remaining : Math.min(Math.max(level - interest, 0), remaining);
    remaining -= principal;
    result.push({ principal, fee: 0, interest });
  }
  return result;
}

export type InstalmentPricing =
  | { kind: 'flat'; monthlyFeeRate: number }
  | { kind: 'amortising'; apr: number };

export function pricedPeriods(financed: Minor, periods: number, pricing: InstalmentPricing): PricedPeriod[] {
  return pricing.kind === 'flat'
    ? flatPeriods(financed, periods, pricing.monthlyFeeRate)
    : amortisingPeriods(financed, periods, pricing.apr);
}

/** Impossible counts throw so a misuse is loud, never silent. */
export function assertCount(count: number, name: string): void {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`${name} must be a whole number ≥ 1`);
}
