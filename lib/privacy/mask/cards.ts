/**
 * Card numbers (issue 16 §1): 13–19 Luhn-valid digits, ungrouped or in groups split by single
 * separators (spaces, U+3000, tabs, dots, dashes, en dashes). First six and last four stay
 * (PCI DSS 3.4); the last four are written as one group so 尾号 search finds them.
 */
import { isCardNumber } from './checks';
import { COMMA_SEP, type Scan, SEP } from './scan';

/** Commas only between groups of exactly four digits (see `maskCards`): 1,234,567 never joins. */
const COMMA = COMMA_SEP;
const CHAIN = new RegExp(`\\d+(?:(?:${SEP}|${COMMA})\\d+)*`, 'g');
/**
 * A separator is read whole up to the next group's digit: " | " or " - " is one separator, not a
 * space and then an empty group (red team 11: the empty group ended the card one unit late, so the
 * space before the bar was dropped, "1111| …", and cards grouped with " - " were not read at all).
 */
const SPLIT = new RegExp(`(?:${SEP}|${COMMA})(?=\\d)`, 'g');

interface Group {
  /** Folded index of the group's first digit. */
  at: number;
  digits: string;
  /** The separator before this group is a comma or 、. */
  comma: boolean;
  /** The separator before this group is a table's cell border (a bar with a space beside it). */
  cell: boolean;
}

const CELL_BORDER = /[ \t]\||\|[ \t]/;

function groupsOf(chain: string, offset: number): Group[] {
  const groups: Group[] = [];
  let last = 0;
  let comma = false;
  let cell = false;
  for (const separator of chain.matchAll(SPLIT)) {
    groups.push({ at: offset + last, digits: chain.slice(last, separator.index), comma, cell });
    last = separator.index + separator[0].length;
    comma = /[,、]/.test(separator[0]);
    cell = CELL_BORDER.test(separator[0]);
  }
  groups.push({ at: offset + last, digits: chain.slice(last), comma, cell });
  return groups;
}

/**
 * Every window of whole groups holding 13–19 Luhn-valid digits is a card, when its groups are
 * shaped like a card's: one group, or groups of 3–6 digits (4-4-4-4, 4-6-5, 6-13 is rare) with only
 * the last allowed shorter. Dates and amounts (2026-09-15, 3000.00) have 2-digit groups inside, so
 * a list of them is never taken for a card (issue 16 §2).
 */
export function maskCards(scan: Scan): void {
  for (const match of scan.work.matchAll(CHAIN)) {
    const groups = groupsOf(match[0], match.index);
    const after = match.input.slice(match.index + match[0].length, match.index + match[0].length + 1);
    // Seventeen digits and an X have the shape of a resident ID (whose check failed), not a card.
    const idShapedLast = (groups.at(-1)?.digits.length ?? 0) === 17 && after === 'x';
    let claimStart = -1;
    let claimEnd = -1;
    for (let first = 0; first < groups.length; first += 1) {
      let digits = '';
      for (let last = first; last < groups.length; last += 1) {
        const group = groups[last] as Group;
        if (last > first) {
          const previous = groups[last - 1] as Group;
          // "4111 1111 1111 1111 | 2024": the next cell of a pasted table is not the card's.
          if (group.cell) break;
          if (previous.digits.length < 3 || previous.digits.length > 6 || group.digits.length > 6) break;
          if (group.comma && (previous.digits.length !== 4 || group.digits.length > 4)) break;
        }
        digits += group.digits;
        if (digits.length > 19 || (idShapedLast && last === groups.length - 1)) break;
        if (!isCardNumber(digits) || roundAmounts(groups, first, last)) continue;
        // A Luhn-valid tail of a longer, mistyped number ("6217 | 0000 1111 2222 333") must not
        // leave the leading groups readable: card-shaped groups before it join the masked span.
        let from = first;
        for (let total = digits.length; from > 0; from -= 1) {
          const previous = (groups[from - 1] as Group).digits.length;
          if (previous < 3 || previous > 6 || total + previous > 19) break;
          if ((groups[from] as Group).comma && previous !== 4) break;
          if ((groups[from] as Group).cell) break;
          total += previous;
        }
        const start = (groups[from] as Group).at;
        const end = group.at + group.digits.length;
        // Listed with commas (the account detector's form after a cue): only the last four stay.
        const listed = groups.slice(from + 1, last + 1).some((g) => g.comma);
        hideCard(scan, start, end, listed ? 0 : 6);
        claimStart = claimStart < 0 ? start : Math.min(claimStart, start);
        claimEnd = Math.max(claimEnd, end);
      }
    }
    if (claimStart >= 0)
      scan.claimRange('card', claimStart, claimEnd, hiddenRuns(scan, claimStart, claimEnd));
  }
}

/** "1000 2000 3000 4000": every group a round amount is a list of plan options, not a card. */
function roundAmounts(groups: Group[], first: number, last: number): boolean {
  if (last === first) return false;
  for (let k = first; k <= last; k += 1) if (!(groups[k] as Group).digits.endsWith('00')) return false;
  return true;
}

/** Overlapping windows are one masked number as far as the agent is concerned. */
function hiddenRuns(scan: Scan, start: number, end: number): number {
  let runs = 0;
  let previous = false;
  for (const index of scan.digitsIn(start, end)) {
    const hidden = scan.hidden.has(index);
    if (hidden && !previous) runs += 1;
    previous = hidden;
  }
  return Math.max(1, runs);
}

function hideCard(scan: Scan, start: number, end: number, keepFirst: number): void {
  const digits = scan.digitsIn(start, end);
  for (let k = keepFirst; k < digits.length - 4; k += 1) scan.hidden.add(digits[k] as number);
  // Separators inside the last four go, so they read as one group.
  const lastFour = digits[digits.length - 4] as number;
  for (let i = lastFour; i < end; i += 1) if (!/\d/.test(scan.folded.text[i] ?? '')) scan.dropped.add(i);
}
