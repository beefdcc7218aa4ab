/**
 * Checksums and shapes of the numbers the masker looks for (issue 16 §1). Pure functions on ASCII
 * digits (the caller folds first).
 */

/** A date written as 8 digits (20260915): never an account or a long number. */
export const COMPACT_DATE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

/** A date of this century written as 8 digits, at the start of a number. */
const DATE_FIRST = /^20\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/;

/**
 * A payment card's number on its own (no cue): 13–19 digits passing Luhn, not starting with a date.
 * No card network issues numbers starting 2000–2220 (ISO/IEC 7812: the 2-series starts at 2221),
 * and order, waybill and serial numbers most often start with the day they were made (mask13:
 * 工单号 202612020001234 passed Luhn by chance and was masked as a card).
 */
export function isCardNumber(digits: string): boolean {
  return digits.length >= 13 && digits.length <= 19 && isLuhnValid(digits) && !DATE_FIRST.test(digits);
}

/** Luhn (ISO/IEC 7812-1) over a string of digits. */
export function isLuhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = '10X98765432';

/** The ISO 7064 MOD 11-2 check character of an 18-character resident ID's first 17 digits. */
export function residentIdCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (ID_WEIGHTS[i] ?? 0);
  return ID_CHECK[sum % 11] ?? '?';
}

function isBirthDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2099) return false;
  const birth = new Date(Date.UTC(year, month - 1, day));
  return birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
}

/** Region codes start 1–8 (GB/T 2260: 11 Beijing … 82 Macao). */
const REGION = /^[1-8]\d{5}/;

/** An 18-character Chinese resident ID (GB 11643-1999): region, real birth date, check digit. */
export function isResidentId(candidate: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(candidate) || !REGION.test(candidate)) return false;
  if (residentIdCheck(candidate) !== candidate[17]?.toUpperCase()) return false;
  return isBirthDate(
    Number(candidate.slice(6, 10)),
    Number(candidate.slice(10, 12)),
    Number(candidate.slice(12, 14)),
  );
}

/** A 15-digit first-generation ID (before 1999): region, YYMMDD of a 19xx birth, sequence; no check digit. */
export function isOldResidentId(candidate: string): boolean {
  if (!/^\d{15}$/.test(candidate) || !REGION.test(candidate)) return false;
  return isBirthDate(
    1900 + Number(candidate.slice(6, 8)),
    Number(candidate.slice(8, 10)),
    Number(candidate.slice(10, 12)),
  );
}

/** Region, birth date and length of an ID, whatever its check digit: a mistyped ID after 身份证. */
export function isResidentIdShaped(candidate: string): boolean {
  if (candidate.length === 15) return isOldResidentId(candidate);
  if (!/^\d{17}[\dXx]$/.test(candidate) || !REGION.test(candidate)) return false;
  return isBirthDate(
    Number(candidate.slice(6, 10)),
    Number(candidate.slice(10, 12)),
    Number(candidate.slice(12, 14)),
  );
}
