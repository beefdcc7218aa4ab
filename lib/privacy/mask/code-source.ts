/**
 * A bare "code" (码) is a one-time code when its sentence says where it came from, before the value
 * or after it (2026-12-03: these were stored): "code is 4471, he read it off the text", "the code,
 * which he read off the text, is 4471", 码是4471，他从短信上念的, 那个码他看着短信念的，是4471. The first
 * pass (./secrets) takes "code" only with its source right after the word ("the code from the
 * text"); a code no source names stays a code (an area code, a branch code, an error code …).
 * Runs after every other detector, as ./secret-clauses does: a number another kind claims is that
 * kind. Bounded repeats, one sentence at a time: linear in the text.
 */
import { NOT_IN_LINK } from './links';
import type { Scan } from './scan';
import { HANDS_OVER_EN, HANDS_OVER_ZH } from './secret-clauses';
import { hide, NOT_SECRET_CODE, VALUE } from './secrets';

/** From the word to its value: no digit, no sentence end, at most two commas (an inserted clause). */
const REACH = `[^${NOT_IN_LINK}]{0,40}?(?:,[^${NOT_IN_LINK}]{0,40}?){0,2}`;
const BARE_CODE = new RegExp(
  `(?:(?<![a-z])${NOT_SECRET_CODE}code(?![a-z])|(?<![号条维编代页尺邮区密证态])码)(${REACH})(?:${HANDS_OVER_ZH}|${HANDS_OVER_EN})[ \\t]*(?<!\\d)${VALUE}`,
  'g',
);
/** Where a one-time code comes from, said anywhere in its sentence. */
const SOURCE =
  /(?<![a-z])(?:texts?|texted|sms|messages?|msg|app|authenticator|screen|emailed|e-?mail)(?![a-z])|短信|信息|消息|手机上|屏幕|收到/;
/** Where a sentence ends (a point before a digit is a decimal, not an end). */
const SENTENCE = /[^。！？!?；;\n.]*(?:\.(?=\d)[^。！？!?；;\n.]*)*(?:[。！？!?；;\n.]|$)/g;

/** One sentence at a time, the source read once per sentence: linear however long the note. */
export function maskCodesBySource(scan: Scan): void {
  const work = scan.work;
  for (const sentence of work.matchAll(SENTENCE)) {
    const text = sentence[0];
    if (text === '' || !SOURCE.test(text)) continue;
    for (const match of text.matchAll(BARE_CODE)) {
      const value = match[2] ?? '';
      const end = sentence.index + match.index + match[0].length;
      hide(scan, end - value.length, value, work.slice(end, end + 12));
    }
  }
}
