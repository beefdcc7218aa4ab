/**
 * Money for the plan calculator: integer minor units (fen, cents) and exact half-up rounding.
 * Rates are decimals (0.006 = 0.6 %); a rate times an amount is computed on the decimal the rate
 * was written as (BigInt), so 0.0065 × 100 is 0.65 exactly, never 0.6499999…, before rounding.
 */
import { numberFormat } from '../i18n/intl-cache';

/** An amount in integer minor units. */
export type Minor = number;

/** The largest balance the calculator accepts, in minor units (issue 6: above 10^12 is refused). */
export const MAX_MINOR = 1e12;

/** A finite, non-negative decimal as numerator / 10^scale (exact for what the number prints as). */
function decimalOf(rate: number): { numerator: bigint; scale: number } {
  if (!Number.isFinite(rate) || rate < 0) throw new RangeError(`rate must be a finite number ≥ 0: ${rate}`);
  // toString gives the shortest decimal that round-trips, i.e. what a person typed (0.006, 1e-7).
  const [mantissa = '0', exponentText] = rate.toString().split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const digits = BigInt(whole + fraction);
  const scale = fraction.length - exponent;
  return scale >= 0 ? { numerator: digits, scale } : { numerator: digits * 10n ** BigInt(-scale), scale: 0 };
}

/** numerator / denominator rounded half-up (half away from zero) to an integer. */
function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = n / d;
  const rounded = (n % d) * 2n >= d ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}

function assertMinor(amount: Minor): void {
  if (!Number.isSafeInteger(amount))
    throw new RangeError(`amount must be an integer in minor units: ${amount}`);
}

/**
 * amount × rate ÷ divisor, rounded half-up to the minor unit, exactly.
 * The divisor serves APR / 12 (a monthly rate that is not a finite decimal) without losing exactness.
 */
export function applyRate(amount: Minor, rate: number, divisor = 1): Minor {
  assertMinor(amount);
  if (!Number.isSafeInteger(divisor) || divisor < 1)
    throw new RangeError(`divisor must be a positive integer`);
  const { numerator, scale } = decimalOf(rate);
  return Number(divideHalfUp(BigInt(amount) * numerator, 10n ** BigInt(scale) * BigInt(divisor)));
}

/** A number rounded half-up to an integer; for float results such as the amortising payment. */
export function roundHalfUp(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const magnitude = Math.abs(value);
  const floor = Math.floor(magnitude);
  // Compare the fraction rather than floor(x + 0.5): 0.49999999999999994 + 0.5 rounds to 1 in floats.
  const rounded = magnitude - floor >= 0.5 ? floor + 1 : floor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** A rate rounded half-up to `places` decimal places (for stable output of computed rates). */
export function roundRate(rate: number, places = 6): number {
  const factor = 10 ** places;
  return roundHalfUp(rate * factor) / factor;
}

// Building an Intl.NumberFormat is far slower than using one (lib/i18n/intl-cache.ts).
function currencyFormat(locale: string, currency: string): Intl.NumberFormat {
  return numberFormat(locale, { style: 'currency', currency });
}

/** How many minor units make a major one for a currency (CNY, USD 2; JPY 0), from Intl. */
export function minorDigits(currency: string): number {
  return currencyFormat('en-US', currency).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Minor units as an exact decimal string in major units: 123456 CNY → "1234.56". */
export function toMajorString(amount: Minor, currency: string): string {
  assertMinor(amount);
  const digits = minorDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const text = Math.abs(amount)
    .toString()
    .padStart(digits + 1, '0');
  if (digits === 0) return sign + text;
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/** Money for people: ¥1,234.56 / CN¥1,234.56 / $1,234.56, formatted from the exact decimal. */
export function formatMoney(amount: Minor, currency: string, locale: string): string {
  const major = toMajorString(amount, currency) as `${number}`;
  return currencyFormat(locale, currency).format(major);
}

/** A rate as a percentage: 0.006 → "0.6%", 0.13294 → "13.29%" with { min: 2, max: 2 }. */
export function formatRate(
  rate: number,
  locale: string,
  fractionDigits: { min?: number; max?: number } = {},
): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: fractionDigits.min ?? 0,
    maximumFractionDigits: fractionDigits.max ?? 4,
  }).format(rate);
}

/** Formatting bound to one currency, for messages in both UI languages. */
export interface MoneyFormat {
  currency: string;
  money(amount: Minor): { zh: string; en: string };
  rate(rate: number): { zh: string; en: string };
}

export function moneyFormat(currency: string): MoneyFormat {
  return {
    currency,
    money: (amount) => ({
      zh: formatMoney(amount, currency, 'zh-CN'),
      en: formatMoney(amount, currency, 'en-US'),
    }),
    rate: (rate) => ({ zh: formatRate(rate, 'zh-CN'), en: formatRate(rate, 'en-US') }),
  };
}
