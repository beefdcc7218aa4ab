/**
 * Secrets a customer reads out, after the word that names them (privacy round 15): a card PIN, a
 * banking or payment password, a one-time code. PCI DSS 3.3: no PIN is stored after authorisation,
 * ever; a password or a one-time code read out on a call is a credential, not a note. So the value
 * is hidden whole, letters and length too (always six stars: the length of a password narrows it),
 * and the cue stays, so the note still says one was mentioned ("密码******").
 * - Cues (folded: full width, case): 密码 and every 取款/交易/支付/查询/网银/登录/动态密码, 口令,
 *   动态码, 验证码 and 短信验证码 (an SMS code, no longer counted as a card's security code); PIN
 *   (PIN code, PIN码), password, passcode, passwd, pwd, pw, one-time code/password/PIN, OTP,
 *   verification code, SMS/login/access/auth code, security answer. 安全码/校验码/CVV stay card
 *   security codes (`./keywords`).
 * - The value: digits (3 or more; said one by one, spelled or spaced: "1 2 3 4 5 6", "123 456"),
 *   or letters with digits (abc12345, P@ss1234; a sentence's last . ? ! stays). Letters alone
 *   are words ("password is wrong").
 *   Not a value: a count, a length or a time after it (密码输错 3 次, 6 位, 180 天, 300 seconds),
 *   a date, a time or an amount (2026-12-02, 14:30, 12.50), an ordinal (3rd).
 * - The link between cue and value: `./links` (not a clause end, not another number).
 */
import { EN_LINK, pointsElsewhere, ZH_LINK } from './links';
import type { Scan } from './scan';

/** The one-time code named by where it came from: 短信里的码, 收到的数字 (privacy16). */
export const CUE_ZH = '密码|口令|动态码|验证码|短信(?:里|上|中)?的?(?:码|数字)|收到的(?:码|数字)';
/** Codes that are no secret: what may stand before a bare "code" (./code-source reads it too). */
export const NOT_SECRET_CODE =
  '(?<!(?:zip|postal|post|area|country|promo|discount|error|swift|sort|reference|ref|tracking|product|bar|qr|source|dress|tax|branch|bank|routing|iban|class|course)[ \\t]+)';
/**
 * Bare "code" names nothing ("zip code", "error code 404"), but a code named by where it came from
 * or by its length is a one-time code (privacy16): "the code from the text: 774 213", "the code
 * they sent is …", "texted code", "the 6-digit code" (3 digits is a card's security code).
 */
const CODE_SENT =
  `${NOT_SECRET_CODE}` +
  'code(?:[ \\t]+[a-z]+){0,3}?[ \\t]+(?:texts?|sms|messages?|msg|texted|sent|emailed|e?mail|got|received|came|phone|screen|app|authenticator|wechat|whatsapp)|' +
  "(?:text(?:ed)?|sms'?d|emailed)[ \\t]+code|(?<!\\d)(?:[4-8]|four|five|six|seven|eight)[ \\t-]?digits?[ \\t]+(?:code|pin|passcode)";
export const CUE_EN =
  '(?<![a-z])(?:pin(?:[ \\t]*(?:码|code|number|no\\.?))?|pass[ \\t]?words?|pass[ \\t]?code|passwd|pwd|pw|' +
  'one[ \\t-]?time[ \\t]+(?:pass)?(?:code|word|pin)|otp|(?:verification|sms|login|access|auth(?:entication)?|2fa)[ \\t]+code|' +
  `security[ \\t]+answer|${CODE_SENT})(?![a-z])`;

/**
 * Digits in groups of 1–4 split by single blanks (said in parts), or one token holding a digit (so
 * "the password he gave me is abc123" reads past "me" to the value).
 */
const TOKEN = '[a-z0-9!@#$%^&_+=~.?-]';
/**
 * A digit said as a count of itself (privacy16): 六个八, 六个8, "six eights", "all nines", "four 1s";
 * in a run with others (三个六三个八, "four ones and two zeros", 六个8 then 12).
 */
const REPEAT =
  '(?:[两二三四五六七八九2-9][ \\t]*个[ \\t]*[〇零幺一二三四五六七八九\\d]|(?:[2-9]|two|three|four|five|six|seven|eight|all)[ \\t]+' +
  "(?:zero(?:e?s)|ones|twos|threes|fours|fives|sixes|sevens|eights|nines|\\d'?s)(?![a-z]))";
const REPEAT_RUN = `${REPEAT}(?:[ \\t]*(?:and|then|加|再|然后)?[ \\t]*(?:${REPEAT}|\\d{1,6}(?!\\d))){0,3}`;
const REPEAT_ONLY = new RegExp(`^${REPEAT_RUN}$`);
export const VALUE = `(${REPEAT_RUN}|\\d{1,4}(?:[ \\t]\\d{1,4}){1,7}(?!\\d)|(?=${TOKEN}{0,127}?\\d)[a-z0-9]${TOKEN}{1,127})`;

const SECRET = new RegExp(`(?:(?:${CUE_ZH})(${ZH_LINK})|${CUE_EN}(${EN_LINK}))(?<!\\d)${VALUE}`, 'g');
/**
 * The value first, then 是/is and the cue: "123456是他的取款密码", "abc123 is my password", "4821
 * was her PIN", and the one who said it or a 就 before the 是 (622848 说是动态码, 112233 就是密码).
 * A few words between, never a clause end or a number.
 */
const SECRET_FIRST = new RegExp(
  `(?<![a-z0-9])${VALUE}(?=[ \\t]*(?:(?:他|她|客户)?说|就|也|应该)?[ \\t]*(?:是|为)[^\\d\\n。；;，,\\u0000]{0,6}?(?:${CUE_ZH})|` +
    `[ \\t]+(?:is|was)[ \\t]+(?:[a-z]+[ \\t]+){0,3}?${CUE_EN})`,
  'g',
);

/** After a number: what makes it a count, a length, a time or an amount. */
const UNIT =
  /^[ \t]*(?:元|块|次|位|天|年|月|日|号|分|秒|小时|个|笔|期|岁|%|点|(?:days?|times?|hours?|hrs?|minutes?|mins?|seconds?|secs?|attempts?|tries|digits?|characters?|chars?|yuan|rmb|usd|dollars?)(?![a-z]))/;
/** Letters that make a number an ordinal, a time or a quantity: 3rd, 10am, 24h, 5x. */
const QUANTITY = /^\d+(?:st|nd|rd|th|am|pm|h|hrs?|mins?|s|x|k)$/;
/** The shortest value: a 3-digit code; four characters with letters. */
const MIN_DIGITS = 3;

/** The value as a secret: trailing sentence marks cut, or '' when it is no secret. */
function secretOf(value: string, after: string): string {
  const trimmed = value.replace(/[.?!~-]+$/, '');
  const digits = trimmed.replace(/\D/g, '').length;
  if (REPEAT_ONLY.test(trimmed)) return UNIT.test(value.slice(trimmed.length) + after) ? '' : trimmed;
  if (/^\d[\d \t]*$/.test(trimmed)) {
    const decimal = /^[.,]\d/.test(value.slice(trimmed.length) + after);
    return digits >= MIN_DIGITS && !decimal && !UNIT.test(value.slice(trimmed.length) + after) ? trimmed : '';
  }
  // The 3-3 form some one-time codes are shown in (123-456); a date has a group of two.
  if (/^\d{3,}(?:-\d{3,})+$/.test(trimmed)) return trimmed;
  // Letters with digits; other symbols and digits alone are a date, a time or an amount.
  if (!/[a-z]/.test(trimmed) || digits === 0 || trimmed.length < 4 || QUANTITY.test(trimmed)) return '';
  return trimmed;
}

export function hide(scan: Scan, start: number, value: string, after: string): void {
  const secret = secretOf(value, after);
  if (secret !== '' && scan.isFree(start, start + secret.length))
    scan.hideWhole('secret', start, start + secret.length);
}

export function maskSecrets(scan: Scan): void {
  const work = scan.work;
  for (const match of work.matchAll(SECRET)) {
    const value = match[3] ?? '';
    const end = match.index + match[0].length;
    if (!pointsElsewhere(match[1] ?? match[2] ?? ''))
      hide(scan, end - value.length, value, work.slice(end, end + 12));
  }
  for (const match of scan.work.matchAll(SECRET_FIRST)) hide(scan, match.index, match[1] ?? '', '');
}
