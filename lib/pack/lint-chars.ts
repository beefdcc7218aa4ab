/**
 * Lint on the characters of every string of a pack (keys of records included), the class of red
 * team 9: text that passes the phrase lists because its characters are not what they look like.
 * - control characters (NUL, ESC …) and lone surrogates: nothing an author types, shown as boxes;
 * - a visible combining mark on a Chinese character or on nothing (坐\u0301牢): the folded text no
 *   longer holds the word, so a threat slips past lint while the panel shows it;
 * - a word mixing Latin with Cyrillic or Greek letters (аrrest with a Cyrillic а): the same trick
 *   in English;
 * - a CJK radical or stroke (上⻔ with U+2EE8, 上⾨ with Kangxi U+2FA8): it looks like the
 *   character, but folds to nothing or to a traditional form that no phrase list holds;
 * - a text made only of invisible characters (a title of Hangul fillers U+3164): it folds to
 *   nothing, so a trigger or label of it matches everything, and a title shows blank.
 * Walks the pack with `forEachString` (lint-gate.ts), like the bidi check; stops after 20 findings.
 */
import type { LocalizedText } from '../i18n/text';
import { foldText, isInvisible } from '../text/fold';
import { packError } from './errors';
import { forEachString, type GateFinding } from './lint-gate';
import type { Pack } from './schema';

/** C0 and C1 controls and DEL, but tab and line breaks. */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;
const LONE_SURROGATE = /\p{Cs}/u;
const MARK = /\p{M}/u;
const HAN = /\p{Script=Han}/u;
const LETTER = /\p{L}/u;
const WORD = /[\p{L}\p{M}]+/gu;
const LATIN = /\p{Script=Latin}/u;
/** CJK Radicals Supplement, Kangxi Radicals, CJK Strokes: look-alikes of characters, never text. */
const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fdf\u31c0-\u31ef]/u;
const CONFUSABLE_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

type CharProblem =
  | 'controlChar'
  | 'loneSurrogate'
  | 'strayMark'
  | 'mixedScript'
  | 'radical'
  | 'invisibleOnly';

/** What is wrong with the characters of one string, or null. */
export function charProblem(text: string): CharProblem | null {
  if (text === '') return null;
  if (LONE_SURROGATE.test(text)) return 'loneSurrogate';
  if (CONTROL.test(text)) return 'controlChar';
  if (text.trim() !== '' && foldText(text).trim() === '') return 'invisibleOnly';
  if (hasStrayMark(text)) return 'strayMark';
  if (RADICAL.test(text)) return 'radical';
  for (const [word] of text.matchAll(WORD))
    if (LATIN.test(word) && CONFUSABLE_SCRIPT.test(word)) return 'mixedScript';
  return null;
}

/** A visible combining mark whose base is missing, not a letter, or a Chinese character. */
function hasStrayMark(text: string): boolean {
  let base: string | null = null;
  for (const char of text) {
    if (isInvisible(char)) continue;
    if (!MARK.test(char)) {
      base = char;
      continue;
    }
    if (base === null || !LETTER.test(base) || HAN.test(base)) return true;
  }
  return false;
}

export function charFindings(pack: Pack): GateFinding[] {
  const findings: GateFinding[] = [];
  forEachString(pack, (text, path) => {
    const problem = charProblem(text);
    if (problem) findings.push({ severity: 'error', ...packError(path, problem, charText[problem]()) });
    return findings.length < 20;
  });
  return findings;
}

export const charText: Record<CharProblem, () => LocalizedText> = {
  controlChar: () => ({
    zh: '包含控制字符（如 NUL、ESC）：作者不会输入它们，请删除',
    en: 'Contains control characters (such as NUL or ESC): no author types them; remove them',
  }),
  loneSurrogate: () => ({
    zh: '包含不成对的代理项（损坏的字符）：显示为方框，请重新输入这段文字',
    en: 'Contains a lone surrogate (a broken character): it shows as a box; retype the text',
  }),
  strayMark: () => ({
    zh: '汉字上（或空白、标点、数字上）带有组合附加符号：检查时读不出其中的词，请删除这些符号',
    en: 'A combining mark sits on a Chinese character, or on a space, digit or punctuation: lint cannot read the word it hides; remove the mark',
  }),
  mixedScript: () => ({
    zh: '一个词里混用了拉丁字母和西里尔/希腊字母（外形相同）：检查时读不出这个词，请统一用拉丁字母',
    en: 'A word mixes Latin letters with Cyrillic or Greek look-alikes: lint cannot read the word; write it in Latin letters only',
  }),
  radical: () => ({
    zh: '包含部首或笔画字符（如 ⻔ U+2EE8、⾨ U+2FA8）：外形像汉字，检查时却读不出这个词，请改用正常汉字',
    en: 'Contains a CJK radical or stroke character (such as ⻔ U+2EE8 or ⾨ U+2FA8): it looks like a character but lint cannot read the word; use the ordinary character',
  }),
  invisibleOnly: () => ({
    zh: '只由不可见字符组成（如 U+3164 韩文填充符）：显示为空白，作为触发词或标签会匹配任何内容，请填写文字',
    en: 'Consists only of invisible characters (such as U+3164 Hangul filler): it shows blank, and as a trigger or label it matches anything; write a text',
  }),
};
