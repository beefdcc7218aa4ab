/**
 * Digit reading for the masking pass (review 2026-11 item 7): every decimal digit a person reads
 * as one, whatever script it is written in, becomes its ASCII digit before the detectors look.
 * The text is folded first (`lib/text/fold.ts`: full width, math digits, invisibles); this only
 * reads what folding leaves as a digit of another script:
 * - any Unicode decimal digit (\p{Nd}: Arabic-Indic ٦, Persian ۶, Devanagari ६, Thai ๖ …);
 * - Chinese numerals spelled digit by digit, as voice input and IMEs give a number
 *   (〇/零 一/幺 二 … 九, 大写 壹 贰 …, traditional 貳 參 陸 folded to 贰 参 陆), only in runs that are clearly a number:
 *   three or more in a row, between two digits (138零零138…), or the short last group of a number
 *   grouped with marks (〇〇〇〇/〇〇〇〇/〇〇〇〇/〇). One numeral touching a number on
 *   one side is a word (13800138000一直不接: 一直 must not glue to the phone). 两 is a quantity
 *   (两千, 两个) unless it stands among three other numerals (一三八 两两两两, as 2 is often read),
 *   and 十/百/千/万 make a quantity, so they are never read.
 * - emoji in a number: a keycap belongs to its digit, an emoji between groups is a mark
 *   (`./emoji-marks`);
 * - English digit words (four five three two …, oh for zero after another, double four), mixed
 *   with digits too (`./number-words`).
 * - the letters O, I and l typed for 0 and 1 (6222 O2l2 3456 789O l23, red team 10), only in a
 *   run of groups made of digits and those letters alone, each group holding a real digit, seven
 *   characters or more in all: a word (oil, lol, io) holds no digit, a short code (1O) is too short.
 * Every unit keeps its place: the result has exactly one unit per unit of the folded text's digits
 * (astral digits shrink to one unit, and their offsets stay those of the original character).
 */
import { isAsciiDigit, isGroupSpace } from '../../text/chars';
import { NUMERAL_DIGITS } from '../../text/chinese-numerals';
import type { FoldedText } from '../../text/fold';
import { readEmojiMarks } from './emoji-marks';
import { isMarkChar } from './marks';
import { readNumberWords, type Unit } from './number-words';

/** The digit of each numeral read out; 幺 is one as said in a phone number. */
const NUMERALS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({ ...NUMERAL_DIGITS, 幺: 1 }).map(([numeral, digit]) => [numeral, String(digit)]),
);

/** Shorter runs of numerals are words (一一, 三五天, 七八个) unless digits stand on both sides. */
const MIN_NUMERAL_RUN = 3;

const DECIMAL = /^\p{Nd}$/u;
const zeros = new Map<number, number>();

/**
 * The value of a decimal digit. Unicode encodes every decimal digit set as ten consecutive code
 * points from 0 to 9 (a stability policy), and adjacent sets each take ten, so the distance from
 * the start of the run of decimal code points, modulo 10, is the value.
 */
function decimalValue(code: number): number {
  let zero = zeros.get(code);
  if (zero === undefined) {
    zero = code;
    while (DECIMAL.test(String.fromCodePoint(zero - 1))) zero -= 1;
    zeros.set(code, zero);
  }
  return (code - zero) % 10;
}

function units(folded: FoldedText): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  for (const char of folded.text) {
    const start = folded.starts[i] ?? 0;
    const end = folded.ends[i + char.length - 1] ?? start;
    const code = char.codePointAt(0) ?? 0;
    if (code > 0x7f && DECIMAL.test(char)) out.push({ char: String(decimalValue(code)), start, end });
    else for (let k = 0; k < char.length; k += 1) out.push({ char: char[k] ?? '', start, end });
    i += char.length;
  }
  return out;
}

const isNumeral = (unit: Unit | undefined): boolean => NUMERALS[unit?.char ?? ''] !== undefined;
/**
 * 两 is read as 2 only among numerals read aloud (手机一三八 两两两两 …, red team 11): next to
 * another numeral, and only in a run with three other numerals (两千, 两个, 两三天 stay words).
 */
const LIANG = '两';
const isLiangDigit = (list: Unit[], k: number): boolean =>
  list[k]?.char === LIANG &&
  (isNumeral(list[k - 1]) ||
    list[k - 1]?.char === LIANG ||
    isNumeral(list[k + 1]) ||
    list[k + 1]?.char === LIANG);
/** Marks between groups or a line break, not a space: "13800138000 一直" is a number and a word. */
const isMark = (unit: Unit | undefined): boolean => unit?.char === '\n' || isMarkChar(unit?.char);

/**
 * Chinese numerals in runs long enough (or between digits) become ASCII digits. A run may have
 * single spaces between its numerals (一 三 八 …, as some voice inputs space them out).
 */
function readNumerals(list: Unit[]): number[] {
  const wordStarts: number[] = [];
  let i = 0;
  while (i < list.length) {
    if (!isNumeral(list[i]) && !isLiangDigit(list, i)) {
      i += 1;
      continue;
    }
    let end = i;
    let numerals = 0;
    const inRun = (k: number): boolean => isNumeral(list[k]) || isLiangDigit(list, k);
    while (inRun(end) || (isGroupSpace(list[end]?.char) && inRun(end + 1) && end > i)) {
      if (isNumeral(list[end])) numerals += 1;
      end += 1;
    }
    const between = isAsciiDigit(list[i - 1]?.char) && isAsciiDigit(list[end]?.char);
    // The last, short group of a number grouped with marks (〇〇〇〇/〇〇〇〇/〇〇〇〇/〇), not a word.
    const lastGroup = isMark(list[i - 1]) && isAsciiDigit(list[i - 2]?.char);
    if (numerals >= MIN_NUMERAL_RUN || between || lastGroup) {
      for (let k = i; k < end; k += 1) {
        const unit = list[k] as Unit;
        unit.char = unit.char === LIANG ? '2' : (NUMERALS[unit.char] ?? unit.char);
      }
      if (HAN.test(list[end]?.char ?? '')) wordStarts.push(end - 1);
    }
    i = end;
  }
  return wordStarts;
}

/** After folding (lower case): o for 0, i and l for 1. */
const LOOKALIKE: Readonly<Record<string, string>> = { o: '0', i: '1', l: '1' };
const MIN_LOOKALIKE_RUN = 7;
const isAlnum = (unit: Unit | undefined): boolean => /^[\da-z]$/.test(unit?.char ?? '');
const isGroupChar = (unit: Unit | undefined): boolean =>
  isAsciiDigit(unit?.char) || LOOKALIKE[unit?.char ?? ''] !== undefined;

/** The end of the group of digits and look-alike letters at `from`, or -1 if it is not one. */
function groupEnd(list: Unit[], from: number): number {
  let end = from;
  let digits = 0;
  while (isGroupChar(list[end])) {
    if (isAsciiDigit(list[end]?.char)) digits += 1;
    end += 1;
  }
  return digits > 0 && !isAlnum(list[end]) ? end : -1;
}

/** Reads O, I and l as 0 and 1 in runs of groups that are digits but for them. */
function readLookalikes(list: Unit[]): void {
  let i = 0;
  while (i < list.length) {
    if (isAlnum(list[i - 1]) || !isGroupChar(list[i])) {
      i += 1;
      continue;
    }
    const groups: [number, number][] = [];
    let at = i;
    for (let end = groupEnd(list, at); end > at; end = groupEnd(list, at)) {
      groups.push([at, end]);
      // One space or mark between groups (6222 O2l2, l38-OOl3-8OOO).
      if (!(isGroupSpace(list[end]?.char) || isMark(list[end])) || !isGroupChar(list[end + 1])) break;
      at = end + 1;
    }
    const length = groups.reduce((sum, [from, end]) => sum + end - from, 0);
    if (
      length >= MIN_LOOKALIKE_RUN &&
      groups.some(([from, end]) => list.slice(from, end).some((u) => !isAsciiDigit(u.char)))
    )
      for (const [from, end] of groups)
        for (let k = from; k < end; k += 1) {
          const unit = list[k] as Unit;
          unit.char = LOOKALIKE[unit.char] ?? unit.char;
        }
    i = groups.length > 0 ? (groups[groups.length - 1]?.[1] ?? i + 1) : i + 1;
  }
}

export interface ReadText extends FoldedText {
  /**
   * Indices of numerals read as the last digit of a run that a Han character follows: the numeral
   * may start a word (…八零零零一直不接), so the masker also tries the run without it.
   */
  wordStarts: number[];
}

const HAN = /^\p{Script=Han}$/u;

/** The folded text with every digit read as an ASCII digit, offsets into the original kept. */
export function readDigits(folded: FoldedText): ReadText {
  const list = readNumberWords(readEmojiMarks(units(folded)));
  const wordStarts = readNumerals(list);
  readLookalikes(list);
  return {
    text: list.map((unit) => unit.char).join(''),
    starts: list.map((unit) => unit.start),
    ends: list.map((unit) => unit.end),
    wordStarts,
  };
}
