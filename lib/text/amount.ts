/**
 * The one grammar of an amount written as text, for every money reader: the CRM's fields
 * (lib/crm/parse-value.ts) and what the agent types in the plan calculator and the Studio
 * (components/plan/money-input.ts). Read after the one folding, so full-width １２，３４５．６７
 * (an IME in full-width mode), odd spaces and invisible characters read like ASCII.
 * Dependency-free but the folding: the content script imports it.
 */
import { foldText } from './fold';

export interface Amount {
  negative: boolean;
  /** Integer digits, grouping commas removed. */
  whole: string;
  /** Decimal digits as written ('' when none). */
  fraction: string;
  /** Written with 万 after it (Chinese ten-thousands: "1.5万" is 15000). */
  wan: boolean;
}

/** Currency words and signs around an amount; `US` covers "US$". */
const CURRENCY = /\s|rmb|cny|usd|us|人民币|[¥$元]/g;
/** Thousands separators must group by three (so `1,2,3` is refused, not read as 123). */
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?(万)?$/;
/** Dashes CRMs and keyboards print for a minus (U+2212 minus sign, U+2012 figure dash, U+2013 en dash). */
const MINUS_DASHES = /[\u2212\u2012\u2013]/g;

/**
 * What every number reader reads (amounts here, the CRM's parsers in lib/crm/parse-value.ts, the
 * Studio's guesses): the one folding (full-width １２，３４５．６７ and （）, odd spaces, invisible
 * characters removed, lower case), plus the dashes CRMs print for a minus read as `-`.
 */
export function foldForNumbers(text: string): string {
  return foldText(text).replace(MINUS_DASHES, '-');
}

/** `¥12,345.67`, `-12.30`, `(12.30)`, `１２，３４５．６７元`, `1.5万` → its parts; null when not an amount. */
export function readAmount(text: string): Amount | null {
  let s = foldForNumbers(text).replace(CURRENCY, '');
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(s);
  if (bracketed) {
    negative = true;
    s = bracketed[1] ?? '';
  }
  const sign = s.startsWith('-') ? '-' : s.startsWith('+') ? '+' : '';
  if (sign) {
    if (negative) return null;
    negative = sign === '-';
    s = s.slice(1);
  }
  const m = NUMBER.exec(s);
  if (!m) return null;
  return { negative, whole: (m[1] ?? '').replace(/,/g, ''), fraction: m[2] ?? '', wan: m[3] !== undefined };
}
