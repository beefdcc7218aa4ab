/**
 * What may stand between a cue (安全码, CVV, 密码, PIN …) and the value it names, on folded text
 * (lower case, digits ASCII, a claimed number U+0000). Never a digit, a line break or a clause end
 * (。；;，,): "CVV 无，电话 13800138000" names no code. Privacy round 15: four characters were enough
 * for 安全码三位是382 but not for English ("the security code on the back is 382" was stored).
 * - After a Chinese cue: up to four characters (安全码三位是382, 密码是 123456), or up to nine
 *   then 是/为/: (安全码印在卡背面是382, 密码已经改为 abc123).
 * - After an English cue: a punctuation mark (PIN: 1234, pwd=abc123), or up to five words ending
 *   in a word that hands the value over (is, was, are, 's, of, said, reads, changed to …) or a
 *   colon: "the security code on the back is 382", "the OTP he read out was 482913", "CVV on the
 *   back: 382". Any other last word names something else ("OTP sent to 13800138000", "password
 *   reset call 95588"), so no value.
 * The words are letters only, so a link never crosses another number; a word glued to digits is
 * the value's start, not a link ("password as305577": the property test found it). Bounded repeats of disjoint
 * classes (letters, then blanks): linear time.
 */

export const NOT_IN_LINK = '\\d\\n。；;，,\\u0000';

/** After a Chinese cue. */
export const ZH_LINK = `(?:[^${NOT_IN_LINK}]{0,4}?|[^${NOT_IN_LINK}]{0,9}?(?:是|为|:)[ \\t]*)`;

/** English words that hand a value over, wherever a secret is read (also ./secret-clauses). */
export const HANDS_OVER_WORDS = 'is|was|are|were|reads?|said|says|gave|(?:changed|set|reset|updated) to';
/** The last word of an English link: it hands over the value. */
const HANDS_OVER = `${HANDS_OVER_WORDS}|be|'s|of|given|as|like|now|changing to`;
/** Words that may follow the one that hands the value over: "the PIN is his birthday 0815". */
export const THEN = 'my|his|her|their|your|the|just|probably|still|actually|new|birthday';
/** Quotes and marks typed before a value ("PIN: 1234", 'password "abc123"', 「abc123」). */
export const OPENING = `[:=#(\\["'\\u2018\\u201c\\u300c\\u300e-]{0,2}`;

/** After an English cue. */
const WORD = "[a-z]+(?:'[a-z]+)?";
export const EN_LINK =
  `(?:'s|[ \\t]*[:=-])?` +
  `(?:[ \\t]+(?:${WORD}[ \\t]+){0,5}?(?:${HANDS_OVER})(?![a-z\\d])(?:[ \\t]+(?:${THEN})(?![a-z\\d])){0,2}|(?:[ \\t]+${WORD}){1,5}[ \\t]*:)?` +
  `[ \\t]*(?:是|为)?${OPENING}[ \\t]*`;

/**
 * Words in a Chinese link that point the number elsewhere: a hotline (忘记密码请拨打95588), where
 * a code was sent (验证码发到 13800138000: a phone, masked as one), a currency sign (an amount).
 */
const ELSEWHERE = /拨|打|致电|电话|热线|客服|发|到|给|至|手机|号码|尾号|[¥$€£]/;

/** Whether the link between a cue and a value (as matched) points the value elsewhere. */
export function pointsElsewhere(link: string): boolean {
  return ELSEWHERE.test(link);
}
