/**
 * Numbers named by the words before them (issue 16 §1; accounts are in `./accounts`): a security code after 安全码/CVV/CVN (or
 * the common slip CCV), an ID after 身份证 (or the IME slips 身分证, 省份证) whatever
 * its check digit. Matched on folded text (lower case, full width folded, digits read as ASCII).
 */
import { isResidentIdShaped } from './checks';
import { ID_KEEP_FIRST, ID_KEEP_LAST } from './ids';
import { EN_LINK, pointsElsewhere, ZH_LINK } from './links';
import { COMMA_SEP, type Scan, SEP } from './scan';

/** Between the keyword and the number: a few characters that are not digits nor the start of a new clause. */
export const LINK = '[^\\d\\n。；;，,\\u0000]{0,4}?';

/**
 * A card's security code: 安全码/校验码 (the code printed on the back), CVV, CVC, CVN and the slip
 * CCV, card verification code, and the way a customer says it: 卡背面三位数, "the three digits on
 * the back". 验证码 is a one-time code sent by SMS, a secret of its own (`./secrets`). The link is
 * `./links` (word-based in English: "the security code on the back is 382").
 */
const CVV_ZH = '安全码|校验码|卡?背[面后]的?(?:三|3|四|4)位(?:数字?|数|码)?';
const CVV_EN =
  'cvv2?|cvc2?|cvn2?|ccv2?|security code|card verification (?:code|value|number)|' +
  '(?:three|3|four|4)[ \\t-]digits?(?: code| number)? (?:on|at) the back(?: of (?:the|my|his|her|your) card)?';
/**
 * Its length said between the cue and the code: CVV是三位：123, "CVV, 3 digits: 123" (2026-12-03: these
 * were stored; the length is read as a digit, which the link may not cross).
 */
const CVV_LENGTH =
  '(?:,?[ \\t]*(?:[34]|three|four|三|四)[ \\t-]*(?:位数字|位数|位|digits?)[ \\t]*(?:long)?[ \\t]*(?:的|是|为|:)?[ \\t]*)?';
const CVV = new RegExp(
  `(?:(?:${CVV_ZH})(${ZH_LINK})|(?<![a-z\\d])(?:${CVV_EN})(?![a-z])(${EN_LINK}))${CVV_LENGTH}` +
    '(?<!\\d)(\\d{3,6}|\\d(?:[ \\t]\\d){2,5})(?!\\d)',
  'g',
);

/** The words that name an ID document, with the IME slips 身分证 and 省份证 (also table-columns.ts). */
export const ID_WORDS_ZH = '身份证|身分证|省份证|证件号';

const ID = new RegExp(
  `(?:${ID_WORDS_ZH}|(?<![a-z])id(?:\\s*(?:card|no\\.?|number))?(?![a-z]))${LINK}(?<!\\d)(\\d+(?:(?:${SEP}|${COMMA_SEP})\\d+)*x?)(?![\\dx])`,
  'g',
);

function numberAt(match: RegExpExecArray | RegExpMatchArray): { start: number; end: number } {
  const number = match[1] ?? '';
  const end = (match.index ?? 0) + match[0].length;
  return { start: end - number.length, end };
}

/**
 * A password cue and its link just before: "pwd = CvV094821" is a password that starts with the
 * letters cvv, not a security code (the property test found it); `./secrets` hides it whole.
 */
const SECRET_CUE_BEFORE =
  /(?:密码|口令|动态码|验证码|(?<![a-z])(?:pass[ \t]?words?|passcode|passwd|pwd|pw|pin|otp|code))[ \t]*(?:[:=是为]|is|was)?[ \t]*$/;

export function maskSecurityCodes(scan: Scan): void {
  for (const match of scan.work.matchAll(CVV)) {
    const number = match[3] ?? '';
    const end = match.index + match[0].length;
    const start = end - number.length;
    if (pointsElsewhere(match[1] ?? '') || !scan.isFree(start, end)) continue;
    if (
      /^[a-z]+\d+$/.test(match[0]) &&
      SECRET_CUE_BEFORE.test(scan.work.slice(Math.max(0, match.index - 16), match.index))
    )
      continue;
    scan.claim('cvv', start, end, 0, 0);
  }
}

export function maskNamedIds(scan: Scan): void {
  for (const match of scan.work.matchAll(ID)) {
    const { start, end } = numberAt(match);
    const compact = scan.digitText(start, end);
    if (!isResidentIdShaped(compact) || !scan.isFree(start, end)) continue;
    scan.claim('idCard', start, end, ID_KEEP_FIRST, ID_KEEP_LAST);
  }
}
