/** The phone as a call record may show it (issue 16 §5): pure, no browser storage. */
import { foldText } from '../text/fold';

/** The line a number reaches: its last ten digits (so +86, 0086 and a bare mobile are one line). */
export function lineDigits(phone: string): string {
  return foldText(phone).replace(/\D/g, '').slice(-10);
}

/** Every digit but the last four as `*`: "138-0013-8000" → "***-****-8000". */
export function maskedPhone(phone: string): string {
  const folded = foldText(phone);
  const total = folded.replace(/\D/g, '').length;
  let seen = 0;
  let out = '';
  for (const char of folded) {
    if (/\d/.test(char)) {
      seen += 1;
      out += seen > total - 4 ? char : '*';
    } else out += char;
  }
  return out;
}

/** Masked already (has a `*`) or too short to be a whole number (at most four digits). */
export function isMaskedPhone(phone: string): boolean {
  return phone.includes('*') || (phone.match(/\d/g) ?? []).length <= 4;
}
