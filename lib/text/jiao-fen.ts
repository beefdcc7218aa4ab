/**
 * An amount in yuan, 角 and 分 as agents type what the customer says or a cheque writes it:
 * 12元3角4分, 3角, 5分, 一百二十元五角, 壹佰元零伍分, 十二块五毛 (毛 is the spoken 角). Spoken Chinese
 * drops the last unit: 十二块五 is 12.50 and 三毛五 is 0.35, because one digit after a unit is always
 * its next lower place (the rule 两万五 = 25000 already follows, chinese-amount.ts), and after 元
 * a 零 skips the 角 (一块零五 is 1.05). So 12块5 is 12.50, never 12.05 or 17.
 * Refused, each with why: more than one digit after a unit without its own (12元34: 12.34, or 12
 * yuan and 34 of something?), a place with other than one digit (3角12分), places out of order or
 * twice (5角12元), a decimal point with 角/分 (12.5元3角). Whether the plan's currency has 角/分 is
 * the caller's to check (`Amount.jiaoFen`): only the renminbi's do.
 * Read on folded text without spaces, its sign and outer currency marks taken (./typed-amount.ts).
 */
import { readAmount } from './amount';
import { type ChineseRefusal, readChineseAmount } from './chinese-amount';
import { NUMERAL_DIGITS } from './chinese-numerals';

/** Why text in 元/角/分 is refused (`format`: not even that, e.g. 12元x). */
export const JIAO_FEN_REFUSALS = ['minorAmbiguous', 'minorDigit', 'minorOrder', 'minorDecimal'] as const;
export type JiaoFenRefusal = (typeof JIAO_FEN_REFUSALS)[number] | 'format';

export type JiaoFenReading =
  | { whole: string; fraction: string; words: boolean }
  | { refused: JiaoFenRefusal | ChineseRefusal }
  /** Not an amount in 角/分 at all (no 角, 毛 or 分, and nothing after a 元). */
  | null;

/** Each unit's place: 0 the yuan (元, its formal 圆, the spoken 块), 1 the 角 (spoken 毛), 2 the 分. */
const PLACE: Readonly<Record<string, number>> = { 元: 0, 圆: 0, 块: 0, 角: 1, 毛: 1, 分: 2 };
const UNIT = /([元圆块角毛分])/;

/** One digit 0–9, in Arabic or Chinese numerals (两 too: 两毛 is 0.20), else null. */
function oneDigit(text: string): number | null {
  if (/^\d$/.test(text)) return Number(text);
  if (text === '两') return 2;
  return Object.hasOwn(NUMERAL_DIGITS, text) ? (NUMERAL_DIGITS[text] ?? null) : null;
}

/** Digits or numerals only (34 of 12元34, 五十 of 十二块五十): a number, but of which places? */
function isNumberRun(text: string): boolean {
  return [...text].every(
    (char) => /\d/.test(char) || char === '两' || char === '十' || Object.hasOwn(NUMERAL_DIGITS, char),
  );
}

/** The whole yuan before 元 (12, 1,200, 1.5万, 一百二十, 壹佰), or why not. */
function yuanOf(
  before: string,
  unit: string,
): { whole: string; words: boolean } | { refused: JiaoFenRefusal | ChineseRefusal } {
  // The unit goes back on, so a longer mark ending in it is stripped whole (12港元 of 12港元3角).
  const arabic = readAmount(before + unit);
  if (arabic && !arabic.negative) {
    const { whole, fraction, shift } = arabic;
    if (fraction.length > shift && /[1-9]/.test(fraction.slice(shift))) return { refused: 'minorDecimal' };
    return { whole: whole + fraction.slice(0, shift).padEnd(shift, '0'), words: false };
  }
  const said = readChineseAmount(before);
  if (!said) return { refused: 'format' };
  // 两万五十元五角: the yuan's own reason (a place that could be two) says more than the 角's.
  return 'whole' in said ? { whole: said.whole, words: true } : said;
}

/** The amount in 元/角/分, why it is refused, or null when the text has no 角/分 in it. */
export function readJiaoFen(text: string): JiaoFenReading {
  // 五毛钱: 钱 ("money") after the last unit says nothing more.
  const s = text.replace(/([角毛分])钱$/, '$1');
  if (!/[角毛分]/.test(s) && !/[元圆块]./.test(s)) return null;
  const parts = s.split(UNIT);
  const tail = parts[parts.length - 1] ?? '';
  let whole = '0';
  let words = false;
  const minor = [0, 0];
  let place = -1;
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const before = parts[i] ?? '';
    const next = PLACE[parts[i + 1] ?? ''] ?? 0;
    if (next <= place) return { refused: 'minorOrder' };
    if (next === 0) {
      const yuan = yuanOf(before, parts[i + 1] ?? '');
      if ('refused' in yuan) return yuan;
      ({ whole, words } = yuan);
    } else {
      // After 元 a 零 stands for the places skipped (壹佰元零伍分, 元零叁角 on a cheque).
      const digit = oneDigit(place === 0 ? before.replace(/^零(?=.)/, '') : before);
      if (digit === null) return { refused: 'minorDigit' };
      minor[next - 1] = digit;
    }
    place = next;
  }
  if (tail !== '') {
    if (place === 2) return { refused: 'minorOrder' };
    // The unit dropped at the end: 十二块五 → 5角, 三毛五 → 5分, 一块零五 → 5分.
    const skip = place === 0 && tail.length > 1 && tail.startsWith('零');
    const digit = oneDigit(skip ? tail.slice(1) : tail);
    if (digit === null) return { refused: isNumberRun(tail) ? 'minorAmbiguous' : 'format' };
    minor[skip ? 1 : place] = digit;
  }
  return { whole, fraction: `${minor[0]}${minor[1]}`, words };
}
