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
 */
import type { MaskKind } from './kinds';
import { isMarkChar } from './marks';
import { Scan } from './scan';

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
