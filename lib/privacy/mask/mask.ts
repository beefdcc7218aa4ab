/**
 * The one masking pass for every piece of agent text before it is stored (issue 16 §1, §4):
 * notes, drafts, call fields the agent types (override and disposition reasons, flag reasons),
 * search-miss logs, imported records. PIPL arts. 6, 28: financial accounts and ID numbers are
 * sensitive personal information; keep the minimum.
 *
 * Order matters: each detector claims its numbers and later ones skip them. Numbers typed one
 * spaced digit at a time first (closed up and run through the rest; a spelled number whose last
 * numeral starts a word is re-read the same way), valid IDs before cards (an
 * 18-digit ID may pass Luhn), reference numbers after their cue (订单号, 运单号, order #) kept
 * as typed unless they hold a card or an ID, numbers with a country code before cards (+86 … is a
 * phone), cards,
 * US Social Security numbers and ITINs, then numbers named by a keyword (CVV, a card read in
 * parts, account, IBANs and passports, ID whatever its checksum), the columns a pasted table's
 * header names, then old IDs and domestic phones; last, numbers a line break splits anywhere,
 * closed up and re-read. Dates, amounts,
 * plan read-backs and promise lists match none of them. Digits are read in any script, spelled
 * Chinese numerals included, by the scan (`./digits`), review 2026-11 item 7.
 */

import { maskAccountNumbers, maskCardsReadInParts } from './accounts';
import { maskCardShapedNumbers } from './card-shaped';
import { maskCards } from './cards';
import { COMPACT_DATE } from './checks';
import { maskCodesBySource } from './code-source';
import { maskContacts } from './contacts';
import { maskDocumentNumbers } from './documents';
import { maskOldResidentIds, maskResidentIds } from './ids';
import { maskNamedIds, maskSecurityCodes } from './keywords';
import { MASK_KINDS, type MaskKind } from './kinds';
import { maskDomesticPhones, maskInternationalPhones } from './phones';
import { maskLicencePlates } from './plates';
import { keepReferenceNumbers } from './references';
import { maskSpacedDigits, maskSpelledBeforeWords, maskWrappedNumbers } from './reread';
import { INLINE_SEP, Scan } from './scan';
import { maskSecretsFurther } from './secret-clauses';
import { maskSecretWords } from './secret-words';
import { maskSecrets } from './secrets';
import { maskSocialSecurityNumbers } from './ssn';
import { maskTableColumns } from './table-columns';

export type Masked = { kind: MaskKind; count: number }[];

export interface Masking {
  text: string;
  /** What was hidden, by kind, in MASK_KINDS order; kinds with none are left out. */
  masked: Masked;
}

const DETECTORS: readonly ((scan: Scan) => void)[] = [
  maskResidentIds,
  keepReferenceNumbers,
  maskInternationalPhones,
  maskCards,
  maskSocialSecurityNumbers,
  maskSecurityCodes,
  maskSecrets,
  maskCardsReadInParts,
  maskAccountNumbers,
  maskCardShapedNumbers,
  maskTableColumns,
  maskDocumentNumbers,
  maskLicencePlates,
  maskNamedIds,
  maskOldResidentIds,
  maskDomesticPhones,
  maskContacts,
  // Last: a secret read across a clause, once every other kind has claimed its numbers (privacy16).
  maskSecretsFurther,
  maskSecretWords,
  maskCodesBySource,
];

function runDetectors(scan: Scan): void {
  for (const detect of DETECTORS) detect(scan);
}

/**
 * Numbers typed one spaced digit at a time and spelled numbers ending in a word first, numbers a
 * line break splits last (all re-read through the same detectors, `./reread`).
 */
function detectAll(scan: Scan): void {
  maskSpacedDigits(scan, runDetectors);
  maskSpelledBeforeWords(scan, runDetectors);
  runDetectors(scan);
  maskWrappedNumbers(scan, runDetectors);
}

function finish(scan: Scan): Masking {
  const masked: Masked = [];
  for (const kind of MASK_KINDS) {
    const count = scan.counts.get(kind) ?? 0;
    if (count > 0) masked.push({ kind, count });
  }
  return { text: scan.claimsCount === 0 ? scan.original : scan.render(), masked };
}

/** Masks every card, ID, phone, security code, SSN/ITIN and named account number in `text`. */
export function maskPersonalNumbers(text: string): Masking {
  const scan = new Scan(text);
  detectAll(scan);
  return finish(scan);
}

/**
 * A run of digits that still looks like a personal number after masking (issue 16 §3): nine or
 * more digits in a row, or three or more groups of three or more digits adding up to ten or more
 * (two groups are too often a date's year and an amount: "09/15/2024 100000元"), on one line
 * (amounts one per line are not a number). Dates
 * (2026-09-15, 20260915) and amounts (12,345.67, 3000.00) are never one.
 */
const LONG_RUN = new RegExp(`(?<![\\d*])\\d{3,}(?:${INLINE_SEP}\\d{3,})*(?![\\d*])`, 'g');

function longRuns(scan: Scan): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  for (const match of scan.work.matchAll(LONG_RUN)) {
    const digits = match[0].replace(/\D/g, '');
    const groups = match[0].split(/\D+/).length;
    if (groups === 1 ? digits.length < 9 : groups < 3 || digits.length < 10) continue;
    if (COMPACT_DATE.test(digits)) continue;
    // An amount's integer part (1234567890.00): a one- or two-digit fraction follows.
    const end = match.index + match[0].length;
    if (/^\.\d{1,2}(?!\d)/.test(scan.work.slice(end, end + 4))) continue;
    runs.push({ start: match.index, end });
  }
  return runs;
}

/** The digit runs `maskPersonalNumbers` left whole that still look like a personal number (folded: ASCII digits). */
export function findUnmaskedRuns(text: string): string[] {
  const scan = new Scan(text);
  detectAll(scan);
  return longRuns(scan).map(({ start, end }) => scan.folded.text.slice(start, end));
}

/** The agent's "mask it": everything maskPersonalNumbers masks, plus those long runs, last four kept. */
export function maskWithLongRuns(text: string): Masking {
  const scan = new Scan(text);
  detectAll(scan);
  for (const { start, end } of longRuns(scan)) scan.claim('number', start, end, 0, 4);
  return finish(scan);
}
