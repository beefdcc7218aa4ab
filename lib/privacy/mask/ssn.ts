/**
 * US Social Security numbers and ITINs (review 2026-11 item 7): the en-US pack is a US
 * collector's, and an SSN is the most sensitive number a US note can hold. The last four stay
 * (what US agents verify with, as for phones). Two ways to know one:
 * - its written shape, 3-2-4 joined by the same dash twice (123-45-6789), with the numbers the
 *   SSA never issues left out (area 000 or 666, group 00, serial 0000) and 9xx only with an
 *   ITIN's group (50–65, 70–88, 90–92, 94–99);
 * - nine digits after a cue (SSN, SS#, social, social security number, soc sec, ITIN, TIN,
 *   taxpayer id; the slip "snn"), however grouped.
 */
import { LINK } from './keywords';
import { EN_LINK } from './links';
import { type Scan, SEP } from './scan';

const SHAPED = /(?<![\d\-\u2013])(\d{3})([-\u2013])(\d{2})\2(\d{4})(?![\d]|[-\u2013]\d)/g;

const CUE =
  '(?<![a-z])(?:ssn|snn|ss ?#|ss ?no\\.?|social(?: security)?(?: (?:number|no\\.?|#))?|soc\\.? ?sec\\.?|itin|tin|taxpayer id)(?![a-z])';
/** A few characters after the cue, or a few words ending in is/was … ("SSN on file is 123456789"). */
const NAMED = new RegExp(
  `${CUE}(?:${LINK}|${EN_LINK})(?<!\\d)(\\d{3}(?:${SEP})?\\d{2}(?:${SEP})?\\d{4})(?!\\d)`,
  'g',
);

const ITIN_GROUP = /^(?:5\d|6[0-5]|7\d|8[0-8]|9[0-2]|9[4-9])$/;

/** Area, group and serial of a number the SSA could have issued, or of an ITIN. */
export function isSsnOrItin(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  const group = digits.slice(3, 5);
  if (area === '000' || area === '666' || group === '00' || digits.slice(5) === '0000') return false;
  return !area.startsWith('9') || ITIN_GROUP.test(group);
}

function claimIfValid(scan: Scan, start: number, end: number): void {
  const digits = scan.digitText(start, end);
  if (isSsnOrItin(digits) && scan.isFree(start, end)) scan.claim('ssn', start, end, 0, 4);
}

export function maskSocialSecurityNumbers(scan: Scan): void {
  for (const match of scan.work.matchAll(NAMED)) {
    const number = match[1] ?? '';
    const end = match.index + match[0].length;
    claimIfValid(scan, end - number.length, end);
  }
  for (const match of scan.work.matchAll(SHAPED))
    claimIfValid(scan, match.index, match.index + match[0].length);
}
