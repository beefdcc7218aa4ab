/**
 * What the agent types (yuan / dollars, "800", "1,234.50", "¥2万", "3k", full-width from an IME) as
 * integer minor units, exactly: the digits are shifted as text, never multiplied as floats. The
 * grammar is the one of lib/text/amount.ts.
 */

import { readAmount } from '../text/amount';
import { foldText } from '../text/fold';
import { MAX_MINOR, type Minor, minorDigits, toMajorString } from './money';

/** `value` is undefined for blank text. */
export type Parsed<T> = { ok: true; value: T | undefined } | { ok: false };

/** undefined for blank text; `{ ok: false }` for text that is not an amount in this currency. */
export function parseMoneyText(text: string, currency: string): Parsed<Minor> {
  if (foldText(text).trim() === '') return { ok: true, value: undefined };
  const amount = readAmount(text);
  if (!amount || amount.negative) return { ok: false };
  const { whole, fraction, shift } = amount;
  // A unit moves the point: "1.5万" is 15000 yuan, "3k" 3000.
  const scale = minorDigits(currency) + shift;
  if (fraction.length > scale) return { ok: false };
  const minor = BigInt(whole + fraction.padEnd(scale, '0'));
  if (minor > BigInt(MAX_MINOR)) return { ok: false };
  return { ok: true, value: Number(minor) };
}

/** Minor units as the agent would type them back: 245000 CNY → "2450.00". */
export function moneyText(amount: Minor, currency: string): string {
  return toMajorString(amount, currency);
}

export function parseCountText(text: string): Parsed<number> {
  const cleaned = foldText(text).trim();
  if (cleaned === '') return { ok: true, value: undefined };
  if (!/^\d{1,6}$/.test(cleaned)) return { ok: false };
  return { ok: true, value: Number(cleaned) };
}
