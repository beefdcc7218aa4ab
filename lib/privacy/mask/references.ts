/**
 * Reference numbers named by their cue stay readable (mask13): an order, waybill, invoice,
 * contract, ticket or transaction number is what the agent and the customer look things up by,
 * and names a transaction, not a person. Phone-shaped ones were masked (订单号 13912345678, 发票代码
 * 044031900111 read as a landline), and so were the long runs "mask it" takes. After such a cue the
 * number is kept from every later detector, unless it is a card or an ID by its own check (Luhn,
 * resident ID checksum), which no reference cue makes harmless to store.
 */
import { maskCards } from './cards';
import { maskResidentIds } from './ids';
import { LINK } from './keywords';
import { maskDomesticPhones, maskInternationalPhones } from './phones';
import { INLINE_SEP, Scan } from './scan';

/** Folded (lower case, traditional read as simplified). */
const CUE_ZH =
  '订单编号|合同编号|工单编号|案件编号|单号|订单|发票代码|发票号码?|流水号|交易号|合同号|批次号|凭证号|参考号|回执号|受理号|案号|票号|航班号?|车次|预订号|确认号|取件码|提货码';
const CUE_EN =
  '(?<![a-z])(?:order|invoice|inv|tracking|waybill|awb|ref|reference|confirmation|booking|ticket|case|transaction|txn|serial|flight)(?:\\s*(?:number|no\\.?|#|id))?(?![a-z])';
/**
 * A code: letters (a courier's SF, JD, an airline's CA) then digits, then groups of six at most
 * ("SF 1234 5678 9012", "HT-2026-1202-0001"): a longer group after it is another number
 * ("订单号 SF123456 13800138000" keeps the order number, not the phone).
 */
const CODE = `(?:[a-z]{1,4}[ \\t-]?)?\\d[\\da-z]*(?:${INLINE_SEP}\\d[\\da-z]{0,5}(?![\\da-z]))*`;
const REFERENCE = new RegExp(`(?:${CUE_ZH}|${CUE_EN})${LINK}(?<![\\da-z])(${CODE})(?![\\da-z])`, 'g');

/**
 * Whether the code, read alone, holds a card or an ID ("订单 12 4111 1111 1111 1111"), or a phone
 * that is not the whole code ("订单号 123456 138 0013 8000": a number after the order number).
 */
function holdsPersonalNumber(code: string): boolean {
  const inner = new Scan(code);
  maskResidentIds(inner);
  maskCards(inner);
  if (inner.counts.size > 0) return true;
  maskInternationalPhones(inner);
  maskDomesticPhones(inner);
  const first = code.search(/\d/);
  return inner.counts.size > 0 && inner.isFree(first, first + 1);
}

export function keepReferenceNumbers(scan: Scan): void {
  for (const match of scan.work.matchAll(REFERENCE)) {
    const code = match[1] ?? '';
    const end = match.index + match[0].length;
    const start = end - code.length;
    if (!scan.isFree(start, end) || holdsPersonalNumber(scan.folded.text.slice(start, end))) continue;
    scan.keep(start, end);
  }
}
