/**
 * A secret named in one clause and given further on (privacy16): the first pass (`./secrets`) reads
 * a few characters from the cue to its value and stops at a comma, so these were stored:
 * - 客户说支付密码就是他生日0815 (is, then a few words: 就是他生日);
 * - 交易密码忘了，重置后是qwe789 / "my pin? it is 4 4 2 1" (the value in the next clause, or the one
 *   after: 交易密码忘了，柜台重置了，新的是 654321);
 * - 交易密码，654321 (the next clause is the value alone);
 * - 密码6位数123456, "the PIN is 4 digits: 4421" (its length before it).
 * This pass runs after every other detector, so a number another kind claims (a phone, an account
 * after 账号, a card) is that kind, not a secret. It reads from the cue over four commas at most (？
 * and ： do not end the reading; 。；; and a line break end it), and takes a value only where
 * something hands it over: 是/为/:/改成…, is/was/said/changed to …, a length (6位数, 4 digits), a
 * birthday, or the comma itself when the value is the whole next clause. Not a value: what
 * `./secrets` rules out (a count, a time, a date, an amount with its unit), a number the clause
 * points elsewhere (拨打, 发到 …) and, in a carried-over clause, a number after a payment word
 * (忘记密码了，明天还款是 3000). Bounded repeats of a few classes: linear time.
 */
import { HANDS_OVER_WORDS, NOT_IN_LINK, OPENING, pointsElsewhere, THEN } from './links';
import { MONEY_BEFORE } from './phones';
import type { Scan } from './scan';
import { CUE_EN, CUE_ZH, hide, VALUE } from './secrets';

/** 密码锁, 密码器, 密码箱 are things, not a password. */
export const CUE = `(?:(?:${CUE_ZH})(?![锁器箱柜])|${CUE_EN})`;

/** A length said before the value in figures (6位, 4 digits): one more thing a clause may hold. */
const DIGIT_LENGTH = '\\d{1,2}[ \\t-]*(?:位数字|位数|位|digits?|characters?|chars?)(?![a-z\\d])';
/** The rest of a clause: no other digit, no clause end, no claimed number. */
export const REST = `(?:[^${NOT_IN_LINK}]|${DIGIT_LENGTH}){0,24}?`;
/**
 * From the cue to the point that hands over: the rest of its clause and at most the next four of
 * its sentence (交易密码忘了，柜台重置了，新的是 654321; 动态码，他说等一下，找找手机，翻了半天，是 622848,
 * 2026-12-03: two were read before), past two only when no clause on the way turns to paying.
 */
export const REACH = `(${REST}(?:,${REST}){0,4})`;

/** Words that hand a value over, Chinese (a few characters may follow: 就是他生日0815) and English. */
export const HANDS_OVER_ZH = '(?:是|为|:|=|改为|改成|换成|设为|设成|变成)';
export const HANDS_OVER_EN = `(?:(?<![a-z])(?:${HANDS_OVER_WORDS})|(?<![a-z])(?:it|that|this)'s)(?![a-z])`;
const LENGTH =
  '(?:\\d{1,2}|[两二三四五六七八九十]{1,2})[ \\t-]*(?:位数字|位数|位|个数字|digits?|characters?|chars?)(?![a-z])';

/**
 * What hands the value over: a link word, a length, a birthday (他女儿生日20100815, "his
 * daughter's birthday 0815"), or a comma or ? alone when the value is all the next clause holds.
 */
const POINT =
  `(?:${HANDS_OVER_ZH}[ \\t]*[^${NOT_IN_LINK}]{0,4}?|${HANDS_OVER_EN}(?:[ \\t]+(?:${THEN})(?![a-z])){0,2}[ \\t]*${OPENING}|` +
  `${LENGTH}[ \\t]*(?:的|是|为|:|long)?[ \\t]*${OPENING}|(?:生日|birthday)[ \\t]*(?:是|为|:|is)?|(?<=[,?])[ \\t]*)[ \\t]*`;

const FURTHER = new RegExp(`${CUE}${REACH}(${POINT})(?<![\\d])${VALUE}`, 'g');

/**
 * Charges `MONEY_BEFORE` (the phones' payment words) does not name, in a carried-over clause:
 * "password reset, the fee is 200" is an amount.
 */
const CHARGE = /fees?|charges?|costs?|price|interest|penalty|费|息|罚/;

/** After a value that is the whole next clause: the clause ends. */
const CLAUSE_ENDS = /^[ \t]*(?:$|[,.;!?。；\n])/;

const commasIn = (text: string): number => text.split(',').length - 1;
/** Talk of paying anywhere in a clause (not only just before the value, as MONEY_BEFORE reads). */
const PAYING =
  /(?<![a-z])(?:paid|pay(?:s|ing|ment)?|owed?|balance|amount|fees?|interest|charges?|instal?lments?)(?![a-z])|还款|还钱|还了|还上|付款|欠款|欠钱|转账|余额|金额|利息|费用|罚息|[$¥元]/;

/** The clause the value is in: the reach after its last comma, then the point. */
function valueClause(reach: string, point: string): { text: string; carried: boolean } {
  const comma = reach.lastIndexOf(',');
  return { text: reach.slice(comma + 1) + point, carried: comma >= 0 };
}

export function maskSecretsFurther(scan: Scan): void {
  const work = scan.work;
  for (const match of work.matchAll(FURTHER)) {
    const [, reach = '', point = '', value = ''] = match;
    const end = match.index + match[0].length;
    const after = work.slice(end, end + 12);
    const clause = valueClause(reach, point);
    if (pointsElsewhere(clause.text)) continue;
    if (clause.carried && (MONEY_BEFORE.test(clause.text) || CHARGE.test(clause.text))) continue;
    // Three or four clauses on, the talk may have moved to paying: any payment word on the way ends it.
    if (commasIn(reach) > 2 && PAYING.test(reach)) continue;
    // The comma alone hands a value over only when the value is all the next clause holds.
    if (/^[ \t]*$/.test(point) && (!CLAUSE_ENDS.test(after) || /,.*,/.test(reach))) continue;
    hide(scan, end - value.length, value, after);
  }
}
