/**
 * Phone numbers (issue 16 §1): Chinese mobiles and landlines (with area codes, +86/0086), US and
 * Canadian (NANP) numbers, UK numbers and any number in international form (`+44 …`, E.164).
 * Every digit but the last four becomes `*`, the country code's too (the product's rule: the last
 * four are what agents read back).
 */
import { MARKS, QUOTE_CHARS } from './marks';
import { COMMA_SEP, type Scan } from './scan';

/**
 * A mark typed between groups, a space on either side or not ("138 - 0013 - 8000", "138 · 0013",
 * "021 / 5555", red team 11), or one space or tab.
 */
const SPACED_MARK = `[ \\t]?${MARKS}[ \\t]?`;
const S = `(?:${SPACED_MARK}|[ \\t])?`;
/** A mobile's 11 digits, whole or 3-4-4 with the same separator twice (never across a list). */
const MOBILE = `1[3-9]\\d(?:\\d{8}|(${SPACED_MARK}|[ \\t]{1,2})\\d{4}\\1\\d{4})`;
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
    `${BEFORE}(?:\\(0[1-9]\\d{1,2}\\)${S}|0[1-9]\\d{1,2}(?:${SPACED_MARK}|[ \\t]))[2-9]\\d{2,3}${S}\\d{4}${AFTER}`,
    'g',
  ),
  // Landline written whole: 01065529988, 075588888888.
  new RegExp(`${BEFORE}0[1-9]\\d{9,10}${AFTER}`, 'g'),
  // US without country code in its written forms: (415) 555-0134, 415-555-0134, 415.555.0134,
  // and with marks typed between spaces as the spaced forms above: (415) - 555 - 0134.
  new RegExp(
    `${BEFORE}\\([2-9]\\d{2}\\)(?:${SPACED_MARK}| )?[2-9]\\d{2}(?:${SPACED_MARK}|[ \\-.])\\d{4}${AFTER}`,
    'g',
  ),
];

/** 1-800-555-0134: after NANP_MARKED, which takes 800-555-0134 and leaves the 1 as typed. */
const NANP_TOLL_FREE = [new RegExp(`${BEFORE}1-[2-9]\\d{2}-[2-9]\\d{2}-\\d{4}${AFTER}`, 'g')];

/**
 * A US number written with spaces only (415 555 0134) is also three amounts in a row ("paid 250
 * 300 1000"), so it is taken only after a phone cue.
 */
const NAMED_US = new RegExp(
  `(?<![a-z])(?:phone|cell|tel|mobile|mob|home|work|ph|number|call(?: back)?(?: at| on)?)(?![a-z])[^\\d\\n]{0,4}?${BEFORE}([2-9]\\d{2} [2-9]\\d{2} \\d{4})${AFTER}`,
  'g',
);

/**
 * Any other number written with `+` and a country code (E.164: 8 to 15 digits with it), as people
 * group it: +44 7700 900123, +44 (0)20 7946 0958, +61 4 1234 5678. Each step takes one digit, so
 * the pattern reads in one pass; a `+` amount (+1,250.00, +500) has too few digits in a row.
 */
const E164 = /\+(?<![\w+]\+)[1-9](?:[ \-.\u2013]?\(?\d\)?)*/g;
const E164_DIGITS = { min: 8, max: 15 };

function maskE164(scan: Scan, work: string): void {
  for (const match of work.matchAll(E164)) {
    let end = match.index + match[0].length;
    // A closing bracket ends a group only when more digits follow it.
    if (match[0].endsWith(')')) end -= 1;
    const digits = scan.digitsIn(match.index, end).length;
    if (digits < E164_DIGITS.min || digits > E164_DIGITS.max) continue;
    // An amount's fraction (+12345678.90): a phone's last group is never one or two digits after a dot.
    if (/\.\d{1,2}$/.test(work.slice(match.index, end))) continue;
    claimPhone(scan, work, match.index, end);
  }
}

/**
 * Groups joined by spaces alone are part of a longer spaced run when a digit group stands a space
 * away ("编号 123 456 789 0123"): such a run is left whole for the long-run check. The look
 * behind follows the first unit, so it is tried only where a number can start (20x faster).
 */
const spacedBefore = (first: string) => `${first}(?<![\\d+][ \\t]?${first})`;
const SPACED_AFTER = '(?![ \\t]?\\d|[\\-.\\u2013]\\d)';

/**
 * UK numbers in their written groups (0 and ten digits: 07700 900123, 07700 900 123, 01632 960123;
 * written whole or 3-4-4 / 4-3-4 they are read as a landline above). Mobiles 07, geographic 01/02,
 * non-geographic 03/08.
 */
const UK = new RegExp(`${spacedBefore('0')}[1-378]\\d{3}(?: \\d{6}| \\d{3} \\d{3})${SPACED_AFTER}`, 'g');

/**
 * A US/Canadian number written with single spaces and no cue (415 555 0142): area code and
 * exchange 2–9 and not N11. Three amounts in a row look the same ("paid 250 300 1000"), so it is
 * left when every group is a round amount (ends in 0) or a payment word or currency comes before
 * it on the line; with a phone cue (NAMED_US) it is always taken.
 */
const NANP_SPACED = new RegExp(
  `${spacedBefore('[2-9]')}(?!11)\\d{2} [2-9](?!11)\\d{2} (\\d{4})${SPACED_AFTER}`,
  'g',
);
/** A payment word or currency before a number on its line (also `./secret-clauses`: a carried-over clause about money). */
export const MONEY_BEFORE =
  /(?:paid|pay|payment|payments|owe|owes|owed|balance|amount|total|sum|instal?lments?|\$|¥|元|还|付|欠|款|额|期)[^\n\d]{0,12}$/;
const MONEY_LOOKBACK = 32;

/**
 * A US number with a mark between its groups (415-555-0134, 415 - 555 - 0134, red team 11); with
 * spaces around the marks it is also a list or range of amounts ("250 - 300 - 1000"), so that
 * form is left when every group is round or a payment word comes before it, as NANP_SPACED is.
 */
const NANP_MARKED = new RegExp(`${BEFORE}[2-9]\\d{2}(${SPACED_MARK})[2-9]\\d{2}\\1\\d{4}${AFTER}`, 'g');

function maskMarkedNanp(scan: Scan, work: string): void {
  for (const match of work.matchAll(NANP_MARKED)) {
    const end = match.index + match[0].length;
    if (amountsLike(work, match.index, match[0], /[ \t+]/.test(match[1] ?? ''))) continue;
    claimPhone(scan, work, match.index, end);
  }
}

/** Quotes and apostrophes as the masker's marks have them (marks.ts), full width too. */
const QUOTE_MARK = new RegExp(`[${QUOTE_CHARS}\\uff07\\uff02]`);

/**
 * Whether groups shaped like a phone are a list, range or sum of amounts instead. No amount is
 * written with a leading zero, so a group like 0013 makes it a phone whatever words come before
 * (mask13: "还款后回电 138 - 0013 - 8000" was kept for its 还). Groups joined `loose`ly, by
 * spaced marks, commas or a plus ("250 - 300 - 1000", "150+2000+3000"), are amounts when every
 * group is round or a payment word or currency comes before them on the line; joined tightly by
 * another mark ("还款 150-2000-3000", "paid 250/300/1000") only when both.
 */
function amountsLike(work: string, start: number, text: string, loose = true): boolean {
  // A quote or apostrophe between groups is how digits are grouped (1'000, an IME's smart quote),
  // never how a list or range of amounts is typed: 客户说 130 ' 5000 ' 3000 was kept as three round
  // amounts (the mask13 property test found it, session 14).
  if (QUOTE_MARK.test(text)) return false;
  const groups = text.split(/\D+/).filter((group) => group !== '');
  if (groups.length < 2 || groups.some((group) => group.length > 1 && group.startsWith('0'))) return false;
  const round = groups.every((group) => group.endsWith('0'));
  if (loose && round) return true;
  const before = work.slice(Math.max(0, start - MONEY_LOOKBACK), start);
  const paid = MONEY_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1));
  return loose ? paid : paid && round;
}

/**
 * A Chinese mobile listed 3-4-4 with the same comma or 、 twice, as an IME types it (138，0013，
 * 8000, red team 9). A list of amounts has that shape too ("还 150，2000，3000"), so it is left when
 * every group is round or a payment word or currency comes before it on the line.
 */
const MOBILE_LISTED = new RegExp(`${BEFORE}1[3-9]\\d(${COMMA_SEP})\\d{4}\\1\\d{4}(?!\\d)`, 'g');

function maskListedMobiles(scan: Scan, work: string): void {
  for (const match of work.matchAll(MOBILE_LISTED)) {
    const end = match.index + match[0].length;
    if (amountsLike(work, match.index, match[0])) continue;
    claimPhone(scan, work, match.index, end);
  }
}

function maskSpacedNanp(scan: Scan, work: string): void {
  for (const match of work.matchAll(NANP_SPACED)) {
    const end = match.index + match[0].length;
    if (amountsLike(work, match.index, match[0])) continue;
    claimPhone(scan, work, match.index, end);
  }
}

/**
 * Capital letters glued to the digits make a code, not a phone (mask13: a courier's SF13800138000
 * and JD0012345678901 were masked as phones). Read in the text as typed: a name or a phone word
 * typed without a space (wang13800138000, Tel13800138000, mob:…) is not in capitals, or is a word.
 */
const GLUED_LETTERS = /[a-z]+$/;
const PHONE_WORDS = /^(?:tel|mob|cell|ph|hp|fax|sms|wa|wx|no|num)$/;

function claimPhone(scan: Scan, work: string, start: number, end: number): void {
  const letters = GLUED_LETTERS.exec(work.slice(Math.max(0, start - 5), start))?.[0] ?? '';
  const { original, folded } = scan;
  const typed = letters && original.slice(folded.starts[start - letters.length], folded.starts[start]);
  // Glued to the digits themselves: letters before a number's + (ZX+13000000000) write no code.
  const glued = /\d/.test(work[start] ?? '');
  const code = glued && letters.length >= 2 && letters.length <= 4 && typed === typed.toUpperCase();
  if (code && !PHONE_WORDS.test(letters)) return;
  if (scan.isFree(start, end)) scan.claim('phone', start, end, 0, 4);
}

function maskAll(scan: Scan, patterns: readonly RegExp[]): void {
  for (const pattern of patterns) {
    const work = scan.work;
    for (const match of work.matchAll(pattern)) {
      const end = match.index + match[0].length;
      // A mark with spaces round it, or a plus, also writes a list, range or sum of amounts
      // ("还 150 - 2000 - 3000", "150+2000+3000"); a tight mark only with a payment word too.
      if (MARKED.test(match[0]) && amountsLike(work, match.index, match[0], LOOSE.test(match[0]))) continue;
      claimPhone(scan, work, match.index, end);
    }
  }
}

/** A mark between two groups, with or without spaces (spaces alone write a phone, "138 0013 8000"). */
const MARKED = /\d[ \t]?[^\d \t()][^\d()]*\d/;
/** Spaces round a mark, or a plus: how lists, ranges and sums of amounts are typed. */
const LOOSE = /[ \t][^\d \t]|[^\d \t()][ \t]|\+/;

// The patterns added for other countries read the work text an earlier pattern of their pass
// read (isFree guards what was claimed since): a rebuild of it per pattern costs more than the
// patterns themselves (mask-timing).

export function maskInternationalPhones(scan: Scan): void {
  const work = scan.work;
  maskAll(scan, INTERNATIONAL);
  maskE164(scan, work);
}

export function maskDomesticPhones(scan: Scan): void {
  maskAll(scan, DOMESTIC);
  maskMarkedNanp(scan, scan.work);
  maskAll(scan, NANP_TOLL_FREE);
  const work = scan.work;
  for (const match of work.matchAll(NAMED_US)) {
    const end = match.index + match[0].length;
    const start = end - (match[1] ?? '').length;
    claimPhone(scan, work, start, end);
  }
  for (const match of work.matchAll(UK)) {
    const end = match.index + match[0].length;
    claimPhone(scan, work, match.index, end);
  }
  maskSpacedNanp(scan, work);
  maskListedMobiles(scan, work);
}
