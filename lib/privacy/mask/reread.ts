/**
 * Numbers the detectors only see once re-read (review 2026-11 item 7). A span is closed up to its
 * digits, with the words just before it (so a cue like 卡号 or SSN still counts), and given to the
 * same detectors; whatever they hide there is hidden in the span, and counted as they count it.
 * A span they find nothing in stays as typed.
 * - Numbers read out one digit at a time and typed that way: "1 3 8 0 0 1 3 8 0 0 0", "4 1 1 1 …",
 *   spelled numerals spaced out. Seven or more single digits with a space or hyphen between each.
 * - A spelled number whose last numerals start a word ("一三八零零一三八零零零一直不接", "…三五天后"):
 *   when the run read alone is not taken whole, the run without its last one, then two numerals
 *   is tried.
 * - A number a line break splits anywhere ("41111111⏎11111111", "1380013⏎8000", "1101051949⏎
 *   1231002X", mask13): the detectors read groups, so a break inside a group hid the number. After
 *   them, a run of groups with one line break in it that nothing claimed is closed up and taken
 *   when they read it whole.
 */
import type { MaskKind } from './kinds';
import { isMarkChar, LINE_BREAK, MARK_CHARS } from './marks';
import { INLINE_SEP, Scan } from './scan';

const SPACED = /(?<![\d*])\d(?:(?:[ \t]{1,2}|[ \t]?-[ \t]?)\d){6,18}(?![\d*])/g;
/** The words before the span that may name it: up to 16 characters, after the last digit or line. */
const CONTEXT = 16;

type Detect = (inner: Scan) => void;
/** Between a number's groups: marks, spaces, a line break. */
const isBetweenGroups = (char: string | undefined): boolean =>
  char === ' ' || char === '\t' || char === '\n' || isMarkChar(char);

interface Reading {
  inner: Scan;
  /** Where the span's first digit is in the inner text. */
  offset: number;
}

/** The span's digits, with the words just before it, run through the detectors on their own. */
function readAlone(scan: Scan, work: string, start: number, end: number, detect: Detect): Reading {
  let from = start;
  while (
    from > Math.max(0, start - CONTEXT) &&
    !/[\d\n]/.test(work[from - 1] ?? '') &&
    scan.isFree(from - 1, from)
  )
    from -= 1;
  const context = work.slice(from, start);
  const inner = new Scan(`${context}${scan.digitText(start, end)}`);
  detect(inner);
  return { inner, offset: context.length };
}

/** Claims the span for what the detectors found in it alone. */
function claimReading(scan: Scan, start: number, end: number, { inner, offset }: Reading): void {
  scan.digitsIn(start, end).forEach((index, k) => {
    if (inner.hidden.has(offset + k)) scan.hidden.add(index);
  });
  scan.claimCounted(start, end, new Map<MaskKind, number>(inner.counts));
}

/** Whether the detectors, reading the span alone, took every digit of it as (one or more) numbers. */
function takenWhole(scan: Scan, start: number, end: number, { inner, offset }: Reading): boolean {
  const count = scan.digitsIn(start, end).length;
  for (let k = offset; k < offset + count; k += 1) if (inner.isFree(k, k + 1)) return false;
  return true;
}

/** Before the other detectors: they would see single digits. */
export function maskSpacedDigits(scan: Scan, detect: Detect): void {
  const work = scan.work;
  for (const match of work.matchAll(SPACED)) {
    const end = match.index + match[0].length;
    if (!scan.isFree(match.index, end)) continue;
    const reading = readAlone(scan, work, match.index, end, detect);
    if (reading.inner.counts.size > 0) claimReading(scan, match.index, end, reading);
  }
}

/**
 * Before the other detectors (they would take a number's head and leave its tail): the run read
 * alone, then without its last one, then two numerals, is claimed for the first reading the
 * detectors take whole (a shaped number before a cue-named account); when none is, the other
 * detectors see the run as usual.
 */
export function maskSpelledBeforeWords(scan: Scan, detect: Detect): void {
  const work = scan.work;
  for (const last of scan.folded.wordStarts) {
    let start = last;
    // Back over the digits of the run and single marks between its groups.
    while (
      start > 0 &&
      (/\d/.test(work[start - 1] ?? '') ||
        (isBetweenGroups(work[start - 1]) && /\d/.test(work[start - 2] ?? '')))
    )
      start -= 1;
    if (last - start < 3 || !scan.isFree(start, last + 1)) continue;
    // The whole run, then without its last one or two numerals (一直, 三五天后).
    const digits = scan.digitsIn(start, last + 1);
    const ends = [last + 1, ...[digits.at(-2), digits.at(-3)].map((d) => (d ?? start) + 1)];
    // A number with a shape of its own (checksum, length) over one only named by a cue: after
    // 卡号 any run is an account, the word's numeral included. The first such reading decides, so
    // the shorter ones are not read at all.
    let cued: { end: number; reading: Reading } | undefined;
    let best: { end: number; reading: Reading } | undefined;
    for (const end of ends) {
      if (end - start < 3) continue;
      const reading = readAlone(scan, work, start, end, detect);
      if (!takenWhole(scan, start, end, reading)) continue;
      if (!reading.inner.counts.has('account')) {
        best = { end, reading };
        break;
      }
      cued ??= { end, reading };
    }
    best ??= cued;
    if (best) claimReading(scan, start, best.end, best.reading);
  }
}

/**
 * Groups on one line, one line break (a mark may end the first line), groups on the next: only one
 * break, so a list of numbers one per line is not read as one number.
 */
const WRAPPED = new RegExp(
  `(?<![\\d*])\\d+(?:${INLINE_SEP}\\d+)*[ \\t]*(?:[${MARK_CHARS}][ \\t]*)?${LINE_BREAK}[ \\t]*(?:\\d+(?:${INLINE_SEP}\\d+)*x?|x)(?![\\da-z*])`,
  'g',
);
/**
 * The most digits a round amount typed on a line of its own has (¥9,999,900: a card's balance, a
 * plan's total). Nine let a resident ID split 9 + 9 with both halves ending in 00 (268091200⏎
 * 407104200) pass for two amounts and stay whole in the note (the property test found it, session 13).
 */
const ROUND_AMOUNT_DIGITS = 7;
/** A mobile's 11 digits to a card's 19. */
const WRAPPED_DIGITS = { min: 11, max: 19 };

const LINE_END = new RegExp(`[ \\t]*(?:[${MARK_CHARS}][ \\t]*)?${LINE_BREAK}[ \\t]*`);

/**
 * A number's groups, split once: groups of three digits or more but the two the break touches, and
 * no amount's decimals before the break. Dates (2029-10-01), amounts (291775.84) and round amounts
 * one per line ("3000⏎4000") are lists, whatever a checksum says of their digits.
 */
function wrappedShape(text: string): boolean {
  const [before = '', after = ''] = text.split(LINE_END);
  if (/\.\d{1,2}$/.test(before)) return false;
  const groups = [...before.split(/[^\dx]+/), ...after.split(/[^\dx]+/)];
  const touching = before.split(/[^\dx]+/).length - 1;
  // No amount starts with 0: "1300⏎0000000" is a number split, not two round amounts; none has
  // more than nine digits (a resident ID split as 62451619700⏎1018800 ends its halves in 00 too).
  const amounts = groups.every(
    (group) => group.endsWith('00') && !/^0./.test(group) && group.length <= ROUND_AMOUNT_DIGITS,
  );
  if (amounts) return false;
  return groups.every((group, k) => group.length >= 3 || k === touching || k === touching + 1);
}

/** After the other detectors: only what they left is closed up. */
export function maskWrappedNumbers(scan: Scan, detect: Detect): void {
  const work = scan.work;
  for (const match of work.matchAll(WRAPPED)) {
    const end = match.index + match[0].length;
    const digits = scan.digitText(match.index, end);
    if (digits.length < WRAPPED_DIGITS.min || digits.length > WRAPPED_DIGITS.max) continue;
    if (!wrappedShape(match[0]) || !scan.isFree(match.index, end)) continue;
    const reading = readAlone(scan, work, match.index, end, detect);
    if (takenWhole(scan, match.index, end, reading)) claimReading(scan, match.index, end, reading);
  }
}
