/**
 * Phone numbers (issue 16 §1): Chinese mobiles and landlines (with area codes, +86/0086) and US
 * numbers. Every digit but the last four becomes `*`, the country code's too (the product's rule:
 * the last four are what agents read back).
 */
import type { Scan } from './scan';

/** Marks between a phone's groups: hyphens, dots, en dashes, slashes, underscores, middle dots (review item 7). */
const MARK = '\\-.\\u2013/_\\u00b7\\u2022\\u2027\\u2219\\u22c5\\u30fb';
const S = `[ \\t${MARK}]?`;
/** A mobile's 11 digits, whole or 3-4-4 with the same separator twice (never across a list). */
const MOBILE = `1[3-9]\\d(?:\\d{8}|([ \\t${MARK}]{1,2})\\d{4}\\1\\d{4})`;
/** Not glued to a longer number: no digit (or digit after one separator) on either side. */
const BEFORE = '(?<![\\d+])';
// A slash after a phone starts the next one ("138 0013 8000/13912345678"), so only the
// original joining marks count as gluing a longer number.
const AFTER = '(?!\\d|[\\-.\\u2013]\\d)';

/** Numbers written with their country code: found before cards, so "+86 …" is never read as one. */
const INTERNATIONAL: readonly RegExp[] = [
  // +86 / 0086 mobile: +86 138 0013 8000, 0086-138-0013-8000.
  new RegExp(`(?:\\+|(?<!\\d)00)86${S}${MOBILE}${AFTER}`, 'g'),
  // +86 landline without the trunk 0: +86 10 6552 9988, +86-(755)-8888-8888.
  new RegExp(`(?:\\+|(?<!\\d)00)86${S}\\(?[1-9]\\d{1,2}\\)?${S}[2-9]\\d{2,3}${S}\\d{4}${AFTER}`, 'g'),
  // +1: +1 (415) 555-0134, +1 415 555 0134, +14155550134.
  new RegExp(`(?:\\+|(?<!\\d)00)1${S}(?:\\(\\d{3}\\)|\\d{3})${S}\\d{3}${S}\\d{4}${AFTER}`, 'g'),
];

const DOMESTIC: readonly RegExp[] = [
  // Chinese mobile, optionally 86: 13800138000, 138 0013 8000, 138-0013-8000.
  new RegExp(`${BEFORE}(?:86${S})?${MOBILE}${AFTER}`, 'g'),
  // Chinese landline with area code (never 00…, the international prefix): 010-6552 9988,
  // (0755)88888888, 021 6123 4567, 0571-8888888.
  new RegExp(
    `${BEFORE}(?:\\(0[1-9]\\d{1,2}\\)${S}|0[1-9]\\d{1,2}[ \\t\\-\\u2013])[2-9]\\d{2,3}${S}\\d{4}${AFTER}`,
    'g',
  ),
  // Landline written whole: 01065529988, 075588888888.
  new RegExp(`${BEFORE}0[1-9]\\d{9,10}${AFTER}`, 'g'),
  // US without country code in its written forms: (415) 555-0134, 415-555-0134, 415.555.0134.
  new RegExp(`${BEFORE}\\([2-9]\\d{2}\\) ?[2-9]\\d{2}[ \\-.]\\d{4}${AFTER}`, 'g'),
  new RegExp(`${BEFORE}[2-9]\\d{2}([${MARK}])[2-9]\\d{2}\\1\\d{4}${AFTER}`, 'g'),
  // 1-800-555-0134.
  new RegExp(`${BEFORE}1-[2-9]\\d{2}-[2-9]\\d{2}-\\d{4}${AFTER}`, 'g'),
];

/**
 * A US number written with spaces only (415 555 0134) is also three amounts in a row ("paid 250
 * 300 1000"), so it is taken only after a phone cue.
 */
const NAMED_US = new RegExp(
  `(?<![a-z])(?:phone|cell|tel|mobile|mob|home|work|ph|number|call(?: back)?(?: at| on)?)(?![a-z])[^\\d\\n]{0,4}?${BEFORE}([2-9]\\d{2} [2-9]\\d{2} \\d{4})${AFTER}`,
  'g',
);

function maskAll(scan: Scan, patterns: readonly RegExp[]): void {
  for (const pattern of patterns) {
    for (const match of scan.work.matchAll(pattern)) {
      const end = match.index + match[0].length;
      if (scan.isFree(match.index, end)) scan.claim('phone', match.index, end, 0, 4);
    }
  }
}

export function maskInternationalPhones(scan: Scan): void {
  maskAll(scan, INTERNATIONAL);
}

export function maskDomesticPhones(scan: Scan): void {
  maskAll(scan, DOMESTIC);
  for (const match of scan.work.matchAll(NAMED_US)) {
    const end = match.index + match[0].length;
    const start = end - (match[1] ?? '').length;
    if (scan.isFree(start, end)) scan.claim('phone', start, end, 0, 4);
  }
}
