/**
 * Chinese resident ID numbers (issue 16 §1): 18 characters with a valid check digit (X included),
 * the 15-digit first-generation form, either written whole or grouped 6-8-4 (6-6-3). The product's
 * rule keeps the first three and last two (`110*************2X`): the region prefix helps nobody
 * find the person, and the last four are what agents verify identity with, so they are not kept.
 */
import { isOldResidentId, isResidentId } from './checks';
import { COMMA_SEP, type Scan, SEP } from './scan';

/** Between an ID's groups: a separator, or a comma (the check digit rules out a list). */
const GROUP = `(?:${SEP}|${COMMA_SEP})`;

const ID18 = new RegExp(`(?<![\\d])\\d{6}${GROUP}?\\d{8}${GROUP}?\\d{3}[\\dx](?![\\dx])`, 'g');
const ID15 = new RegExp(`(?<![\\d])\\d{6}${GROUP}?\\d{6}${GROUP}?\\d{3}(?![\\dx])`, 'g');

export const ID_KEEP_FIRST = 3;
export const ID_KEEP_LAST = 2;

function maskIds(scan: Scan, pattern: RegExp, valid: (id: string) => boolean): void {
  for (const match of scan.work.matchAll(pattern)) {
    const end = match.index + match[0].length;
    if (!scan.isFree(match.index, end) || !valid(scan.digitText(match.index, end))) continue;
    scan.claim('idCard', match.index, end, ID_KEEP_FIRST, ID_KEEP_LAST);
  }
}

export function maskResidentIds(scan: Scan): void {
  maskIds(scan, ID18, isResidentId);
}

export function maskOldResidentIds(scan: Scan): void {
  maskIds(scan, ID15, isOldResidentId);
}
