/**
 * What an agent types (the plan calculator, the wrap-up's promise, the Studio): the amount grammar
 * (./amount.ts `readAmount`), amounts in Chinese numerals (两万五, 3万5千, 壹仟元整,
 * ./chinese-amount.ts) and in 角/分 (12元3角4分, 十二块五, ./jiao-fen.ts), in the same currency
 * marks; and, for text that is none of these, why not, so the field can say what to type instead
 * (an approximate 约1000元 is not a format mistake: the agent must ask for the exact figure).
 * Kept apart from ./amount.ts so the content script, whose CRM amounts are never written in words,
 * does not bundle these readers (its 12.5 KB gzip budget).
 */
import { type Amount, foldForNumbers, markInside, readAmount, withoutCurrency } from './amount';
import { isApproximate } from './approximate';
import { type ChineseRefusal, readChineseAmount } from './chinese-amount';
import { NUMERAL_DIGITS } from './chinese-numerals';
import { type JiaoFenRefusal, readJiaoFen } from './jiao-fen';

/**
 * Why typed text is not an amount. `format` is what no narrower reason fits (8oo, 1e5, --5).
 * noNumber: no digit at all (¥, 元整, k). approximate: 约1000, 一千多, 两三千, about $500, ~500.
 * markBetween: a sign between digits ($12 $34). points: 1.2.3. grouping: 1,2,3 or 12,50.
 * unitPlace: 2万50, 3k50, 两万五十. digitsReadOut: 一二三. minor*: see ./jiao-fen.ts.
 */
export type AmountRefusal =
  | 'format'
  | 'noNumber'
  | 'approximate'
  | 'markBetween'
  | 'points'
  | 'grouping'
  | ChineseRefusal
  | JiaoFenRefusal;

export type TypedReading = { ok: true; amount: Amount } | { ok: false; why: AmountRefusal };

const NUMERAL = new RegExp(`[\\d两${Object.keys(NUMERAL_DIGITS).join('')}]`);
/** A digit after 万/千/k that could be two places (2万50, 3k50), or after a decimal and a unit (2.5万5). */
const UNIT_PLACE = /[万千kw]\d{2,}$|\.\d*[万千kw]\d/;

/** The amount typed, or why the text is not one (nothing is half read). */
export function readTyped(text: string): TypedReading {
  const amount = readAmount(text);
  if (amount) return { ok: true, amount };
  const folded = foldForNumbers(text);
  let s = withoutCurrency(folded.replace(/\s+/g, ''));
  // A minus or an accountant's brackets, as `readAmount` reads them: -12元3角, (十二块五).
  const bracketed = /^\((.*)\)$/.exec(s);
  const negative = bracketed !== null || s.startsWith('-');
  s = bracketed ? (bracketed[1] ?? '') : s.replace(/^-/, '');
  const said = readChineseAmount(s);
  if (said && 'whole' in said)
    return { ok: true, amount: { negative, whole: said.whole, fraction: '', shift: 0, words: true } };
  // A trailing 元 is a currency mark to `withoutCurrency`, but after 角/分 it is a place out of order (5角12元).
  const last = folded.replace(/\s+|整$/g, '').slice(-1);
  const yuanLast = /[元圆块]/.test(last) && /[角毛分]/.test(s) ? last : '';
  const minor = readJiaoFen(s + yuanLast);
  if (minor && 'whole' in minor) {
    const { whole, fraction, words } = minor;
    return {
      ok: true,
      amount: { negative, whole, fraction, shift: 0, jiaoFen: true, ...(words ? { words: true } : {}) },
    };
  }
  // Why not, the most telling reason first: a hedge says more than the format it is written in.
  if (isApproximate(folded)) return { ok: false, why: 'approximate' };
  if (minor && minor.refused !== 'format') return { ok: false, why: minor.refused };
  if (!NUMERAL.test(s)) return { ok: false, why: 'noNumber' };
  // In 元/角/分 text a 元 inside is a place, not a second amount's sign (12元3角x).
  if (minor === null && markInside(s)) return { ok: false, why: 'markBetween' };
  if ((s.match(/\./g) ?? []).length > 1) return { ok: false, why: 'points' };
  if (s.includes(',')) return { ok: false, why: 'grouping' };
  if (UNIT_PLACE.test(s)) return { ok: false, why: 'unitPlace' };
  return { ok: false, why: said?.refused ?? 'format' };
}

/** `readTyped`'s amount, or null. */
export function readTypedAmount(text: string): Amount | null {
  const reading = readTyped(text);
  return reading.ok ? reading.amount : null;
}
