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
 *   or letters with digits (abc12345, P@ss1234!). Letters alone are words ("password is wrong").
 *   Not a value: a count, a length or a time after it (密码输错 3 次, 6 位, 180 天, 300 seconds),
 *   a date, a time or an amount (2026-12-02, 14:30, 12.50), an ordinal (3rd).
 * - The link between cue and value: `./links` (not a clause end, not another number).
 */
import { EN_LINK, pointsElsewhere, ZH_LINK } from './links';
import type { Scan } from './scan';

const CUE_ZH = '密码|口令|动态码|验证码';
const CUE_EN =
  '(?<![a-z])(?:pin(?:[ \\t]*(?:码|code|number|no\\.?))?|passwords?|pass[ \\t]?code|passwd|pwd|pw|' +
  'one[ \\t-]?time[ \\t]+(?:pass)?(?:code|word|pin)|otp|(?:verification|sms|login|access|auth(?:entication)?|2fa)[ \\t]+code|' +
  'security[ \\t]+answer)(?![a-z])';

/** Digits in groups of 1–4 split by single blanks (said in parts), or one token. */
const VALUE = '(\\d{1,4}(?:[ \\t]\\d{1,4}){1,7}(?!\\d)|[a-z0-9][a-z0-9!@#$%^&_+=~.?-]{1,127})';

const SECRET = new RegExp(`(?:(?:${CUE_ZH})(${ZH_LINK})|${CUE_EN}(${EN_LINK}))(?<![a-z0-9])${VALUE}`, 'g');

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
  if (/^\d[\d \t]*$/.test(trimmed)) {
    const decimal = /^[.,]\d/.test(value.slice(trimmed.length) + after);
    return digits >= MIN_DIGITS && !decimal && !UNIT.test(value.slice(trimmed.length) + after) ? trimmed : '';
  }
  // Letters with digits; symbols and digits alone are a date, a time or an amount.
  if (!/[a-z]/.test(trimmed) || digits === 0 || trimmed.length < 4 || QUANTITY.test(trimmed)) return '';
  return trimmed;
}

export function maskSecrets(scan: Scan): void {
  const work = scan.work;
  for (const match of work.matchAll(SECRET)) {
    const link = match[1] ?? match[2] ?? '';
    const value = match[3] ?? '';
    const end = match.index + match[0].length;
    const secret = secretOf(value, work.slice(end, end + 12));
    const start = end - value.length;
    if (secret === '' || pointsElsewhere(link) || !scan.isFree(start, start + secret.length)) continue;
    scan.hideWhole('secret', start, start + secret.length);
  }
}
