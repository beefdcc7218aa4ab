/**
 * Numbers with letters in them that name one person's account or document (red team 10: they were
 * stored whole): IBANs, valid by their ISO 13616 check (mod 97), as account numbers, every digit
 * but the last four hidden (the country and bank letters stay: they find no one); passport and
 * travel-permit numbers after their cue (护照, 通行证, 回乡证, passport), every digit but the last
 * two hidden. PIPL art. 28: financial accounts and identity documents are sensitive.
 */
import { foldText } from '../../text/fold';
import type { Scan } from './scan';

/** Groups of four (as printed) or none (as stored), the last group shorter. */
const IBAN = /(?<![a-z0-9])[a-z]{2}\d{2}(?:[ \t-]?[a-z0-9]{4}){2,7}(?:[ \t-]?[a-z0-9]{1,3})?(?![a-z0-9])/g;
/**
 * E12345678, EA1234567, C12345678, H1234567890, after a cue and a few words at most; a claimed
 * number (U+0000 in the work text) between them ends the link.
 */
const DOCUMENT = new RegExp(
  '(?:护照|通行证|回乡证|(?<![a-z])passport)(?:号码?|\\s*(?:number|no\\.?|#))?[^\\da-z\\n。；;，,\\u0000]{0,4}?' +
    '(?<![a-z0-9])([a-z]{1,2}\\d{7,10})(?![a-z0-9])',
  'g',
);

/**
 * The countries that issue IBANs (the SWIFT IBAN registry): any two letters and a mod-97 match is
 * one code in 97 (mask13: a JD.com order number, JD0012345678901, was masked as an IBAN).
 */
const IBAN_COUNTRIES = new Set(
  (
    'ad ae al at az ba be bg bh bi br by ch cr cy cz de dj dk do ee eg es fi fk fo fr gb ge gi gl gr gt hr hu ' +
    'ie il iq is it jo kw kz lb lc li lt lu lv ly mc md me mk mn mr mt mu ni nl no om pk pl ps pt qa ro rs ru ' +
    'sa sc sd se si sk sm so st sv tl tn tr ua va vg xk ye'
  ).split(' '),
);

/** ISO 13616: the first four characters moved to the end, letters as 10–35, the number mod 97 is 1. */
export function isIbanValid(text: string): boolean {
  const iban = text.replace(/[^a-z0-9]/g, '');
  if (iban.length < 15 || iban.length > 34 || !IBAN_COUNTRIES.has(iban.slice(0, 2))) return false;
  let rest = 0;
  for (const char of iban.slice(4) + iban.slice(0, 4)) {
    const value = Number.parseInt(char, 36);
    rest = (value > 9 ? rest * 100 + value : rest * 10 + value) % 97;
  }
  return rest === 1;
}

export function maskDocumentNumbers(scan: Scan): void {
  const { original, folded } = scan;
  for (const match of scan.work.matchAll(IBAN)) {
    const start = match.index;
    const end = start + match[0].length;
    // Checked on the text as typed (the work text reads O and l as digits in runs of digits).
    const typed = foldText(original.slice(folded.starts[start], folded.ends[end - 1]));
    if (!isIbanValid(typed) || !scan.isFree(start, end)) continue;
    scan.claim('account', start, end, 0, 4);
  }
  for (const match of scan.work.matchAll(DOCUMENT)) {
    const number = match[1] ?? '';
    const end = match.index + match[0].length;
    const start = end - number.length;
    if (!scan.isFree(start, end)) continue;
    scan.claim('number', start, end, 0, 2);
  }
}
