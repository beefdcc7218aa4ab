/**
 * Account numbers named by a cue (issue 16 §1, review 2026-11 item 7): after 账号/卡号/account
 * whatever their checksum (a mistyped card is still a card); before the cue too ("… 是他的卡号");
 * with commas or 、 between card-shaped groups; and a card read in parts with words between
 * ("卡号6225 8812，后面是3452 1234"). Amounts and dates near a cue are never taken for one.
 */
import { COMPACT_DATE, isLuhnValid } from './checks';
import { EN_LINK } from './links';
import { type Scan, SEP } from './scan';

/**
 * The words that name an account or a card (also a pasted table's header: table-columns.ts); 全号
 * and 完整号码 (the whole number, said after its last four: "尾号7890，全号 6222…") and 卡 before a
 * colon ("卡：6222…") too (2026-12-03: a mistyped card after them was kept).
 */
export const ACCOUNT_WORDS_ZH =
  '[账帐]号|[账帐]户|卡号|银行卡|借记卡|信用卡|全号|完整(?:的)?号码|卡(?=\\s*[:：])';
/** With the usual slips (acount, accout, accnt, acc), and "full number". */
export const ACCOUNT_WORDS_EN = 'account|acount|accout|accnt|acct|acc|a/c|card|full number';
const CUE_ZH = ACCOUNT_WORDS_ZH;
const CUE_EN = `(?<![a-z])(?:${ACCOUNT_WORDS_EN})(?:\\s*(?:number|no\\.?|#))?(?![a-z])`;
/** "卡号尾号 1234" names the last four, not the account. */
const LINK = '[^\\d\\n。；;，,尾\\u0000]{0,4}?';
/** From a number back to a cue after it ("6225… 是他的卡号"): no amount or clause between. */
const LINK_AFTER = '[^\\d\\n。；;，,元¥$%尾\\u0000]{0,6}?';
/** Commas and 、 between groups, only for card-shaped groups (see `commaCard`). */
const LISTED = `(?:${SEP}|[ \\t]?[,、][ \\t]?)`;
const CHAIN = `\\d+(?:${LISTED}\\d+)*`;

/** After an English cue, also a few words ending in is/was … ("account number on the statement is …"). */
const NAMED = new RegExp(
  `(?:(?:${CUE_ZH})${LINK}|${CUE_EN}(?:${LINK}|${EN_LINK}))(?<!\\d)(${CHAIN})(?!\\d)`,
  'g',
);
/** Every chain of digit groups, once each (left to right, longest), to look for a cue after it. */
const CHAINS = new RegExp(`(?<![\\d*])\\d+(?:${SEP}\\d+)*(?!\\d)`, 'g');
const CUE_AFTER = new RegExp(`^${LINK_AFTER}(?:${CUE_ZH}|(?<![a-z])(?:account|acct|card)(?![a-z]))`);
/** The next part of a number read in parts: a few words, no clause end nor amount, then digits. */
const NEXT_PART = new RegExp(`^[^\\d\\n。；;元¥$%\\u0000]{1,8}?(?<!\\d)(\\d+(?:${SEP}\\d+)*)(?!\\d)`);

const DATE = /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/;
/** 1,234,567.89 or 1234567.89: an amount, not an account. */
const AMOUNT = /^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$|\.\d{1,2}$/;

/**
 * Groups listed with commas are a card only when shaped like one: 4-digit groups, and Luhn-valid
 * or four groups of four before the last (a mistyped card after its cue, "卡号：6222，0212，3456，
 * 7890，123", red team 9) that are not all round amounts.
 */
function commaCard(chain: string): boolean {
  const groups = chain.split(/[^\d]+/);
  const digits = groups.join('');
  return (
    groups.slice(0, -1).every((g) => g.length === 4) &&
    digits.length >= 13 &&
    digits.length <= 19 &&
    (isLuhnValid(digits) || (groups.length >= 5 && !groups.every((g) => g.endsWith('00'))))
  );
}

/** A part of a card read in parts: groups of three or more digits (never a date's 12 or 01), no amount. */
function isCardPart(text: string): boolean {
  const groups = text.split(/\D+/);
  return (
    groups.join('').length >= 4 &&
    groups.every((g) => g.length >= 3) &&
    !COMPACT_DATE.test(groups.join('')) &&
    !AMOUNT.test(text)
  );
}

function isAccountShaped(text: string, digits: string): boolean {
  return digits.length >= 8 && !DATE.test(text) && !COMPACT_DATE.test(digits) && !AMOUNT.test(text);
}

/** At least 8 digits: "卡号尾号 1234" and "账户余额 3000" are not account numbers. */
export function maskAccountNumbers(scan: Scan): void {
  for (const match of scan.work.matchAll(NAMED)) {
    let text = match[1] ?? '';
    const start = (match.index ?? 0) + match[0].length - text.length;
    // A list after the cue ("卡号 4111…1112，3000 元") ends the number at its first comma.
    if (/[,、]/.test(text) && !commaCard(text)) text = text.split(/[ \t]?[,、]/)[0] ?? '';
    const end = start + text.length;
    const digits = scan.digitText(start, end);
    if (!isAccountShaped(text, digits) || !scan.isFree(start, end)) continue;
    scan.claim(/[,、]/.test(text) ? 'card' : 'account', start, end, 0, 4);
  }
  const work = scan.work;
  for (const match of work.matchAll(CHAINS)) {
    const text = match[0];
    const start = match.index;
    const end = start + text.length;
    if (!CUE_AFTER.test(work.slice(end, end + 12))) continue;
    if (!isAccountShaped(text, scan.digitText(start, end)) || !scan.isFree(start, end)) continue;
    scan.claim('account', start, end, 0, 4);
  }
}

/**
 * A card read in parts after its cue: parts of at least four digits joined by a few words until
 * 13–19 digits are read; taken only when they pass Luhn, so two amounts after 账户 never are.
 * The words between stay; every digit but the last four is hidden; one card is counted.
 */
export function maskCardsReadInParts(scan: Scan): void {
  const work = scan.work;
  for (const match of work.matchAll(NAMED)) {
    const first = (match[1] ?? '').split(/[ \t]?[,、]/)[0] ?? '';
    const start = (match.index ?? 0) + match[0].length - (match[1] ?? '').length;
    let end = start + first.length;
    let digits = scan.digitText(start, end);
    if (digits.length >= 13 || !isCardPart(first)) continue;
    for (let parts = 1; parts < 4 && digits.length < 13; parts += 1) {
      const next = NEXT_PART.exec(work.slice(end, end + 40));
      const part = next?.[1] ?? '';
      if (!next || !isCardPart(part)) break;
      end += next[0].length;
      digits += scan.digitText(end - part.length, end);
    }
    if (digits.length < 13 || digits.length > 19 || !isLuhnValid(digits) || !scan.isFree(start, end))
      continue;
    const hidden = scan.digitsIn(start, end).slice(0, -4);
    for (const index of hidden) scan.hidden.add(index);
    scan.claimRange('card', start, end, 1);
  }
}
