/**
 * Licence plates (red team 10 and 11: 京A·12345, 粤B D12345, AB12 CDE were stored whole). A plate
 * names one car and, through the registry, one person (PIPL art. 4: information that identifies a
 * natural person). Every character of the plate's serial is hidden, letters included; a Chinese
 * plate keeps its province and city letter (they name a city, not a person).
 * - Chinese plates: a province abbreviation, the city letter, a mark or space at most, then five
 *   characters (six for new-energy plates) with three digits or more, with or without a cue.
 * - UK plates in capitals as issued since 2001 (AB12 CDE), with or without a cue: the shape is
 *   nothing else's.
 * - Any other plate (US 7ABC123, SG SBA 1234 Z, MY WXY 1234, HK AB 1234) only after a plate cue
 *   (车牌, 港牌, plate, reg:): without one it is a flight, an order or a ticket number.
 */
import { MARK_CHARS } from './marks';
import type { Scan } from './scan';

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const CN_PLATE = new RegExp(
  `[${PROVINCES}][a-z](?:[ \\t]{0,2}|[ \\t]?[${MARK_CHARS}][ \\t]?)([a-z0-9]{5,6})(?![a-z0-9])`,
  'g',
);
const UK_PLATE = /(?<![a-z0-9])[a-z]{2}\d{2}[ \t]?[a-z]{3}(?![a-z0-9])/g;
/** A plate cue, then a few characters (a colon, "no.", a space) before the plate. */
const CUE = '(?:车牌|港牌|澳牌|牌照|号牌|(?<![a-z])(?:licen[cs]e|number|car|vehicle)?\\s*plates?)';
/**
 * "reg:", "registration no.": the UK's word for a plate, but also an aircraft's, a company's, a
 * course's (red team 12: "reg: BA0287" was masked). After it only a UK plate's shape is one.
 */
const REG_CUE =
  '(?:(?<![a-z])(?:vehicle\\s+)?reg(?:istration)?\\s*(?:no\\.?|number|mark)?\\s*[:：#]|' +
  '(?<![a-z])registration\\s+(?:no\\.?|number|mark))';
/** UK plates: current (AB12 CDE), prefix (A123 BCD) and suffix (ABC 123D); SG/MY with a check letter (KL 3456 B). */
const UK_SHAPES =
  '(?:[a-z]{2}\\d{2}[ \\t]?[a-z]{3}|[a-z]\\d{1,3}[ \\t]?[a-z]{3}|[a-z]{3}[ \\t]?\\d{1,3}[a-z]|[a-z]{1,3}[ \\t]\\d{1,4}[ \\t][a-z])';
/** Words naming another code, right before a plate-shaped one: a flight, an invoice, an order. */
const OTHER_CODE =
  /(?:航班|班机|发票|订单|单号|票号|编号|(?<![a-z])(?:flight|invoice|inv|order|ref|booking|ticket|ticket no|no)\.?)[\s:：#]*$/;
/** One group with a digit, letters-only groups of one to three before it, a digit group and one letter after. */
const PLATE_TOKEN =
  '(?:[a-z]{2}\\d{2}[ \\t]?[a-z]{3}|(?:[a-z]{1,3}[ \\t-])?[a-z0-9]*\\d[a-z0-9]*' +
  '(?:[ \\t-][a-z0-9]*\\d[a-z0-9]*)?(?:[ \\t-][a-z])?)';
const CUED_PLATE = new RegExp(
  `${CUE}(?:号码?|[ \\t]*(?:no\\.?|number|#))?[^\\da-z\\n。；;，,\\u0000]{0,4}?(?<![a-z0-9])(${PLATE_TOKEN})(?![a-z0-9])`,
  'g',
);
const REG_PLATE = new RegExp(`${REG_CUE}[ \\t]{0,3}(?<![a-z0-9])(${UK_SHAPES})(?![a-z0-9])`, 'g');

function hideAll(scan: Scan, start: number, end: number): void {
  for (let i = start; i < end; i += 1) if (/[a-z0-9]/.test(scan.folded.text[i] ?? '')) scan.hidden.add(i);
  scan.claimRange('number', start, end, 1);
}

const alnumCount = (text: string): number => text.replace(/[^a-z0-9]/g, '').length;
const digitCount = (text: string): number => text.replace(/\D/g, '').length;

export function maskLicencePlates(scan: Scan): void {
  for (const match of scan.work.matchAll(CN_PLATE)) {
    const serial = match[1] ?? '';
    const end = match.index + match[0].length;
    const start = end - serial.length;
    if (digitCount(serial) < 3 || !scan.isFree(match.index, end)) continue;
    hideAll(scan, start, end);
  }
  for (const match of [...scan.work.matchAll(CUED_PLATE), ...scan.work.matchAll(REG_PLATE)]) {
    const plate = match[1] ?? '';
    const end = match.index + match[0].length;
    const start = end - plate.length;
    const size = alnumCount(plate);
    if (size < 4 || size > 10 || !scan.isFree(start, end)) continue;
    hideAll(scan, start, end);
  }
  const { original, folded } = scan;
  for (const match of scan.work.matchAll(UK_PLATE)) {
    const start = match.index;
    const end = start + match[0].length;
    // Issued in capitals; "ab12 cde" in lower case is more likely a code than a plate.
    const typed = original.slice(folded.starts[start], folded.ends[end - 1]);
    if (typed !== typed.toUpperCase() || !scan.isFree(start, end)) continue;
    // Named as a flight, an invoice or an order, a plate-shaped code is that (航班 CA12 ABC).
    if (OTHER_CODE.test(scan.work.slice(Math.max(0, start - 16), start))) continue;
    hideAll(scan, start, end);
  }
}
