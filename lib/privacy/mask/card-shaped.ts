/**
 * A card number as printed, 4-4-4-4 with up to three more digits, that fails the Luhn check (one
 * digit misheard or mistyped) and has no cue (red team 11: "6222 0212 3456 7890 123" pasted from
 * a spreadsheet cell had its middle groups taken for a phone, the rest stored readable). No
 * amount, date, time or list is written that way; the first group must start as a card network's
 * do (2221–2720, 3–6), so times (0900 1200 …) and years (2026 0315 …) stay, and so do lists of
 * round amounts (3000 4000 5000 6000). Every digit but the
 * last four is hidden, as an account named by its cue is (`./accounts`).
 */
import { INLINE_SEP, type Scan } from './scan';

/**
 * The groups joined by any separator the masker reads (mask13: 6225'8800'0000'0006 and
 * 6225+8800+… were stored whole, the pattern knew only a space, a tab and a hyphen).
 */
const SHAPED = new RegExp(
  `(?<![\\d*])(?:2[2-7]\\d\\d|[3-6]\\d{3})(?:${INLINE_SEP}\\d{4}){3}(?:${INLINE_SEP}\\d{1,3})?(?![\\d*])`,
  'g',
);

export function maskCardShapedNumbers(scan: Scan): void {
  for (const match of scan.work.matchAll(SHAPED)) {
    const start = match.index;
    const end = start + match[0].length;
    // A plan's options or instalments (3000 4000 5000 6000): every group a round amount.
    if (!scan.isFree(start, end) || match[0].split(/\D+/).every((g) => g.endsWith('00'))) continue;
    scan.claim('account', start, end, 0, 4);
  }
}
