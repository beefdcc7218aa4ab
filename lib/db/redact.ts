/**
 * Masks personal data in free text before it is stored (issue 7 §4; PIPL arts. 6, 28: financial
 * accounts and ID numbers are sensitive, keep the minimum). Runs on every write of agent text:
 * drafts, notes, wrap-up reasons, imported notes.
 *
 * - Card numbers: 13–19 digits, Luhn-valid, single spaces or dashes allowed between digit groups.
 *   The first six (issuer) and last four stay, every other digit becomes `*`; separators stay where
 *   they were (`6225 88** **** 1234`, `622588******1234`).
 * - Chinese resident ID numbers: 18 characters (last may be X), valid ISO 7064 MOD 11-2 check digit
 *   and a real birth date (1900–2099). The first three and last two stay (`110*************1X`):
 *   the region prefix helps nobody find the person, and the last four are what agents use to verify
 *   identity, so they must not be kept whole.
 * - Phone numbers: Chinese mobiles (1[3-9] + 9 digits, optional +86/86), US numbers written with +1,
 *   `(xxx) xxx-xxxx` or `xxx-xxx-xxxx`: every digit but the last four becomes `*`.
 *
 * An 18-digit string that fails the ID check digit is not an ID; if it is Luhn-valid it is still
 * masked as a possible card (cards of 18 digits exist), otherwise it is left alone. Seventeen
 * digits and an X keep the ID's shape and are never taken for a card. Amounts
 * (`12,345.67`) and dates (`2026-09-15`) match none of the patterns.
 */
import type { Masked, MaskKind } from './records';

export interface Redaction {
  text: string;
  masked: Masked;
}

export function redactText(text: string): Redaction {
  const counts: Record<MaskKind, number> = { card: 0, idCard: 0, phone: 0 };
  let result = maskIdCards(text, counts);
  result = maskCards(result, counts);
  result = maskPhones(result, counts);
  const masked: Masked = [];
  for (const kind of ['card', 'idCard', 'phone'] as const) {
    if (counts[kind] > 0) masked.push({ kind, count: counts[kind] });
  }
  return { text: result, masked };
}

// ---- Chinese resident ID (GB 11643-1999) ----------------------------------------------------

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const ID_CHECK = '10X98765432';

export function isResidentId(candidate: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(candidate)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(candidate[i]) * (ID_WEIGHTS[i] ?? 0);
  if (ID_CHECK[sum % 11] !== candidate[17]?.toUpperCase()) return false;
  const year = Number(candidate.slice(6, 10));
  const month = Number(candidate.slice(10, 12));
  const day = Number(candidate.slice(12, 14));
  if (year < 1900 || year > 2099) return false;
  const birth = new Date(Date.UTC(year, month - 1, day));
  return birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
}

function maskIdCards(text: string, counts: Record<MaskKind, number>): string {
  // Only digits bound it: text (Chinese or not) often runs straight into the number.
  return text.replace(/(?<!\d)\d{17}[\dXx](?!\d)/g, (candidate) => {
    if (!isResidentId(candidate)) return candidate;
    counts.idCard += 1;
    return `${candidate.slice(0, 3)}${'*'.repeat(13)}${candidate.slice(16)}`;
  });
}

// ---- Card numbers ---------------------------------------------------------------------------

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

/**
 * Every window of whole digit groups holding 13–19 Luhn-valid digits (groups of at most six when
 * there are several) has its middle masked, and the windows' masks are united: a card is found
 * even when a neighbouring number uses the same separators ("订单 12 4111 1111 1111 1111"), at
 * the price of sometimes masking a little too much.
 */
function maskCards(text: string, counts: Record<MaskKind, number>): string {
  return text.replace(/\d+(?:[ -]\d+)*/g, (chain, offset: number) => {
    const groups = chain.split(/[ -]/);
    // A number after "+" is a phone with its country code, not a card.
    const afterPlus = offset > 0 && text[offset - 1] === '+';
    // 17 digits and an X have the shape of a resident ID (whose check digit failed), not a card.
    const idShapedLast =
      groups.at(-1)?.length === 17 && /^[Xx](?!\d)/.test(text.slice(offset + chain.length));
    const digits = groups.join('');
    if (digits.length < 13) return chain;
    const hide = new Array<boolean>(digits.length).fill(false);
    const groupStart: number[] = [];
    let position = 0;
    for (const group of groups) {
      groupStart.push(position);
      position += group.length;
    }
    let found = 0;
    for (let first = 0; first < groups.length; first += 1) {
      if (first === 0 && afterPlus) continue;
      const start = groupStart[first] ?? 0;
      let longestGroup = 0;
      for (let last = first; last < groups.length; last += 1) {
        const end = (groupStart[last] ?? 0) + (groups[last]?.length ?? 0);
        const length = end - start;
        if (length > 19 || (idShapedLast && last === groups.length - 1)) break;
        longestGroup = Math.max(longestGroup, groups[last]?.length ?? 0);
        // Cards written in groups use groups of at most six (4-4-4-4, 4-6-5); a longer run of
        // digits is a card only on its own, not glued to a neighbouring number.
        if (last > first && longestGroup > 6) break;
        if (length < 13 || !isLuhnValid(digits.slice(start, end))) continue;
        found += 1;
        for (let i = start + 6; i < end - 4; i += 1) hide[i] = true;
      }
    }
    if (found === 0) return chain;
    counts.card += countWindows(hide);
    let digitIndex = 0;
    let masked = '';
    for (const char of chain) {
      if (char === ' ' || char === '-') {
        masked += char;
      } else {
        masked += hide[digitIndex] ? '*' : char;
        digitIndex += 1;
      }
    }
    return masked;
  });
}

/** Overlapping windows are one masked number as far as the agent is concerned. */
function countWindows(hide: boolean[]): number {
  let runs = 0;
  for (let i = 0; i < hide.length; i += 1) if (hide[i] && !hide[i - 1]) runs += 1;
  return runs;
}

// ---- Phone numbers --------------------------------------------------------------------------

const PHONE_PATTERNS: readonly RegExp[] = [
  // Chinese mobile, optionally +86 / 86, digits optionally grouped by spaces or dashes (138 0013 8000).
  /(?<![\d*])(?:\+?86[ -]?)?1[3-9](?:[ -]?\d){9}(?![\d*])/g,
  // US with country code: +1 415 555 0134, +1 (415) 555-0134, +1-415-555-0134.
  /\+1[ -.]?(?:\(\d{3}\)|\d{3})[ -.]?\d{3}[ -.]?\d{4}(?![\d*])/g,
  // US without country code, only in the unambiguous written forms: (415) 555-0134, 415-555-0134.
  /(?<![\d*])\(\d{3}\) ?\d{3}[ -]\d{4}(?![\d*])/g,
  /(?<![\d*(-])[2-9]\d{2}-[2-9]\d{2}-\d{4}(?![\d*-])/g,
];

function maskPhones(text: string, counts: Record<MaskKind, number>): string {
  let result = text;
  for (const pattern of PHONE_PATTERNS) {
    result = result.replace(pattern, (phone) => {
      counts.phone += 1;
      return keepLastDigits(phone, 4);
    });
  }
  return result;
}

function keepLastDigits(value: string, keep: number): string {
  let seen = 0;
  let masked = '';
  for (let i = value.length - 1; i >= 0; i -= 1) {
    const char = value[i] ?? '';
    if (/\d/.test(char)) {
      seen += 1;
      masked = (seen > keep ? '*' : char) + masked;
    } else {
      masked = char + masked;
    }
  }
  return masked;
}
