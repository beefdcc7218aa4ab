/**
 * An amount written in Chinese numerals, as agents type what the customer says and as cheques and
 * contracts write it (mask13): 一万, 两万五 (the digit after the last unit is its next lower place,
 * 25000), 三千零五十, 十五, 壹仟贰佰元整 in 大写, digits and units mixed (3万5千, 1亿2000万). Whole
 * yuan only (角/分 are ./jiao-fen.ts's); anything else (digits side by side 一二三, a unit twice
 * 万万) is refused with why, so nothing half-read is ever stored and the field can say what to fix.
 * Read on folded text (繁體 萬 億 貳 arrive as 万 亿 贰). Read by the typed reader (./typed-amount.ts)
 * only: the content script, whose CRM amounts are never written in words, does not bundle it.
 */
import { NUMERAL_DIGITS } from './chinese-numerals';

/** The digits, and 两 (two, said before a unit). */
const DIGITS: Readonly<Record<string, number>> = { ...NUMERAL_DIGITS, 两: 2 };
const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/** Characters of such an amount: any text with one outside them is not one. */
const WRITTEN = /^(?:\d+|[零〇一壹二两贰三叁参四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿])+$/;
const TOKEN = /\d+|./g;

/**
 * Why numerals are not an amount: digits read out one by one (一二三, a card number said), a place
 * after a unit that could be two places (两万五十, 2万50), past what a number holds exactly, or
 * anything else (万万, 百千).
 */
export type ChineseRefusal = 'digitsReadOut' | 'unitPlace' | 'tooLarge' | 'format';

/**
 * The whole amount, as digits; why not, for text in Chinese numerals that is not one; null for text
 * that is not in Chinese numerals at all.
 */
export function readChineseAmount(text: string): { whole: string } | { refused: ChineseRefusal } | null {
  if (!WRITTEN.test(text) || /^\d+$/.test(text)) return null;
  const refused = (why: ChineseRefusal) => ({ refused: why });
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0;
  let zeroSince = false;
  for (const token of text.match(TOKEN) ?? []) {
    const value = /^\d/.test(token) ? Number(token) : DIGITS[token];
    if (value !== undefined) {
      // Two numbers side by side (一二三, 3五) are digits read out, not an amount; 零 may stand between.
      if (digit !== null && digit !== 0) return refused('digitsReadOut');
      if (token === '零' || token === '〇') zeroSince = true;
      digit = value;
      continue;
    }
    const small = SMALL_UNITS[token];
    if (small !== undefined) {
      // 十五 is fifteen; a unit after another without a number (百千) is not an amount.
      if (digit === null && !(small === 10 && section === 0 && total === 0 && lastUnit === 0))
        return refused('format');
      // After 万 a place below 千 needs its 零 (两万零五十): 两万五十 is 20050 to one reader, 25000 to another.
      if (lastUnit >= 10_000 && section === 0 && small < 1000 && !zeroSince) return refused('unitPlace');
      section += (digit ?? 1) * small;
      digit = null;
      lastUnit = small;
      zeroSince = false;
      continue;
    }
    const big = BIG_UNITS[token] as number;
    if (digit === null && section === 0) return refused('format');
    section += digit ?? 0;
    // 1亿2000万: a 万 after 亿 counts inside it; a 亿 takes everything before it.
    total = big > 10_000 ? (total + section) * big : total + section * big;
    section = 0;
    digit = null;
    lastUnit = big;
    zeroSince = false;
  }
  // 两万五 and 三千五: one digit after the last unit is its next lower place; more digits
  // (2万50) are read only after a 零 (两万零五十), else which place they fill is a guess.
  if (digit !== null && lastUnit >= 10 && !zeroSince && digit >= 10) return refused('unitPlace');
  const tail = digit === null ? 0 : lastUnit >= 10 && !zeroSince ? digit * (lastUnit / 10) : digit;
  const amount = total + section + tail;
  return Number.isSafeInteger(amount) ? { whole: String(amount) } : refused('tooLarge');
}
