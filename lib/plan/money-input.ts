/**
 * What the agent types (yuan / dollars, "800", "1,234.50", "¥2万", "3k", full-width from an IME) as
 * integer minor units, exactly: the digits are shifted as text, never multiplied as floats. The
 * grammar is the one of lib/text/amount.ts. A refusal says why, so the field can say what to fix
 * (live-call walk 11: 99999999999 read "format", a 0 plan amount said nothing).
 */

import { otherCurrencyWritten } from '../text/amount';
import { readChineseAmount } from '../text/chinese-amount';
import { foldText } from '../text/fold';
import { JIAO_FEN_REFUSALS } from '../text/jiao-fen';
import { type AmountRefusal, readTyped } from '../text/typed-amount';
import { MAX_MINOR, type Minor, minorDigits, toMajorString } from './money';

/** Why typed text is not a usable number: what the agent must change. */
export type TypedProblem = 'format' | 'negative' | 'zero' | 'tooLarge' | 'decimals' | 'currency';

/**
 * Why typed money is not usable: a count's reasons, why the text is not an amount at all
 * (lib/text/typed-amount.ts: approximate, 12元34, 3角12分…), or 角/分 in a currency without them.
 */
export type MoneyProblem = TypedProblem | AmountRefusal | 'minorCurrency';

/**
 * `value` is undefined for blank text. A refusal for `currency` names the currency written
 * (HK$500 in a CNY plan): the amount is never read as if it were in the plan's currency.
 */
export type Parsed<T, P extends string = TypedProblem> =
  | { ok: true; value: T | undefined }
  | { ok: false; problem: P; written?: string };

export interface TypedOptions {
  /** 0 is an answer here (no down payment, not yet overdue); otherwise it is refused as `zero`. */
  allowZero?: boolean;
}

/** undefined for blank text; a problem for text that is not an amount in this currency. */
export function parseMoneyText(
  text: string,
  currency: string,
  options: TypedOptions = {},
): Parsed<Minor, MoneyProblem> {
  if (foldText(text).trim() === '') return { ok: true, value: undefined };
  const reading = readTyped(text);
  if (!reading.ok) {
    // 12元34 or 3角12分 in an HKD plan: its fix is a decimal, never 角/分 written better.
    const jiaoFen = (JIAO_FEN_REFUSALS as readonly string[]).includes(reading.why);
    return { ok: false, problem: jiaoFen && currency !== 'CNY' ? 'minorCurrency' : reading.why };
  }
  const { amount } = reading;
  const written = otherCurrencyWritten(text, currency);
  if (written !== undefined) return { ok: false, problem: 'currency', written };
  // 角 and 分 (and 十二块五) are tenths and hundredths of the renminbi; an HKD or TWD pack's agent
  // who types them means another unit (毫, 仙) or none: the amount is refused, never guessed.
  if (amount.jiaoFen && currency !== 'CNY') return { ok: false, problem: 'minorCurrency' };
  const { whole, fraction, shift } = amount;
  // A unit moves the point: "1.5万" is 15000 yuan, "3k" 3000.
  const scale = minorDigits(currency) + shift;
  if (fraction.length > scale && /[1-9]/.test(fraction.slice(scale)))
    return { ok: false, problem: 'decimals' };
  const minor = BigInt(whole + fraction.slice(0, scale).padEnd(scale, '0'));
  // The sign is read after the size: "-99999999999" is first of all negative.
  if (amount.negative && minor > 0n) return { ok: false, problem: 'negative' };
  if (minor > BigInt(MAX_MINOR)) return { ok: false, problem: 'tooLarge' };
  if (minor === 0n && options.allowZero !== true) return { ok: false, problem: 'zero' };
  return { ok: true, value: Number(minor) };
}

/** Minor units as the agent would type them back: 245000 CNY → "2450.00". */
export function moneyText(amount: Minor, currency: string): string {
  return toMajorString(amount, currency);
}

/** The largest count a plan field takes (periods, months, days past due). */
export const MAX_COUNT = 999_999;

/** What a count field counts: the words an agent may type after the number (12期, 6个月, 24 months, 90天). */
export type CountUnit = 'periods' | 'months' | 'payments' | 'days';
const COUNT_UNITS: Readonly<Record<CountUnit, readonly string[]>> = {
  periods: [
    '期',
    '个月',
    '月',
    'periods',
    'months',
    'month',
    'mo',
    'payments',
    'instalments',
    'installments',
  ],
  months: ['个月', '月', 'months', 'month', 'mo'],
  payments: ['期', '次', '笔', 'payments', 'payment', 'times', 'instalments', 'installments'],
  days: ['天', '日', 'days', 'day'],
};

/**
 * A whole number the agent types (periods, months, days), full-width digits too, in Chinese
 * numerals (十二, 二十四) and with the field's own unit after it (12期, 6个月, 24 months): a
 * unit of another field (12天 for months) is not read, so a slip is said, never guessed.
 */
export function parseCountText(
  text: string,
  options: TypedOptions & { unit?: CountUnit } = {},
): Parsed<number> {
  let cleaned = foldText(text).trim().replace(/\s+/g, '');
  if (cleaned === '') return { ok: true, value: undefined };
  const units = options.unit === undefined ? [] : COUNT_UNITS[options.unit];
  const unit = units.find((u) => cleaned.endsWith(u) && cleaned.length > u.length);
  if (unit !== undefined) cleaned = cleaned.slice(0, -unit.length);
  if (/^[零〇一二两三四五六七八九十百千]+$/.test(cleaned)) {
    const read = readChineseAmount(cleaned);
    if (read === null || !('whole' in read)) return { ok: false, problem: 'format' };
    cleaned = read.whole;
  }
  const m = /^([-+]?)(\d+)(?:\.(\d+))?$/.exec(cleaned);
  if (!m) return { ok: false, problem: 'format' };
  if (m[3] !== undefined && /[1-9]/.test(m[3])) return { ok: false, problem: 'decimals' };
  const value = Number(m[2]);
  if (m[1] === '-' && value > 0) return { ok: false, problem: 'negative' };
  if (value > MAX_COUNT) return { ok: false, problem: 'tooLarge' };
  if (value === 0 && options.allowZero !== true) return { ok: false, problem: 'zero' };
  return { ok: true, value };
}
