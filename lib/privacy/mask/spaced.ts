/**
 * Numbers read out one digit at a time and typed that way (review 2026-11 item 7): "1 3 8 0 0 1 3
 * 8 0 0 0", "4 1 1 1 …", or spelled numerals spaced out (read as digits by the scan). Seven or
 * more single digits with a space or a hyphen between each are read as one number: the run is
 * closed up (with the words just before it, so a cue like 卡号 or SSN still counts) and given to
 * the same detectors; whatever they hide there is hidden in the run, and counted as they count it.
 * A run they find nothing in (1 2 3 4 5 6 7 as a list) stays as typed.
 */
import type { MaskKind } from './kinds';
import { Scan } from './scan';

const SPACED = /(?<![\d*])\d(?:(?:[ \t]{1,2}|[ \t]?-[ \t]?)\d){6,18}(?![\d*])/g;
/** The words before the run that may name it: up to 16 characters, after the last digit or line. */
const CONTEXT = 16;

export function maskSpacedDigits(scan: Scan, detect: (inner: Scan) => void): void {
  for (const match of scan.work.matchAll(SPACED)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!scan.isFree(start, end)) continue;
    let from = start;
    while (
      from > Math.max(0, start - CONTEXT) &&
      !/[\d\n]/.test(scan.work[from - 1] ?? '') &&
      scan.isFree(from - 1, from)
    )
      from -= 1;
    const context = scan.work.slice(from, start);
    const digits = scan.digitsIn(start, end);
    const inner = new Scan(`${context}${scan.digitText(start, end)}`);
    detect(inner);
    const counts = new Map<MaskKind, number>();
    for (const [kind, count] of inner.counts) counts.set(kind, count);
    if (counts.size === 0) continue;
    digits.forEach((index, k) => {
      if (inner.hidden.has(context.length + k)) scan.hidden.add(index);
    });
    scan.claimCounted(start, end, counts);
  }
}
