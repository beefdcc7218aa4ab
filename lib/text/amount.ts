/**
 * The one grammar of an amount written as text, for every money reader: the CRM's fields
 * (lib/crm/parse-value.ts) and what the agent types in the plan calculator and the Studio
 * (lib/plan/money-input.ts), and an amount a customer says in a sentence (readSpokenAmount:
 * "two grand", "5k", objection search). Read after the one folding, so full-width １２，３４５．６７
 * (an IME in full-width mode), odd spaces and invisible characters read like ASCII.
 * Dependency-free but the folding: the content script imports it.
 */
import { foldText } from './fold';
import type { TraditionalTable } from './traditional';

export interface Amount {
  negative: boolean;
  /** Integer digits, grouping commas removed. */
  whole: string;
  /** Decimal digits as written ('' when none). */
  fraction: string;
  /**
   * The places a unit written after it moves the point: 4 for 万 (or `w`, its pinyin initial:
   * "1.5万" is 15000), 3 for 千 or `k` ("3k"), else 0. Agents type these on a call (live-call walk 9).
   */
  shift: number;
  /** Read from Chinese numerals (两万五, 壹仟元整): said or written out, never printed by a bank system. */
  words?: true;
  /** Read in 角/分 (12元3角4分, 十二块五): fractions of the renminbi only (./jiao-fen.ts). */
  jiaoFen?: true;
}

/** The currencies a bare dollar sign is written for. */
const DOLLARS = ['USD', 'HKD', 'SGD', 'TWD', 'AUD', 'CAD', 'NZD', 'MXN', 'MOP'];
/** The currencies 元 (and its formal 圆, the spoken 块) is the unit of. */
const YUAN = ['CNY', 'HKD', 'TWD', 'MOP'];
/**
 * The currencies each sign or word can stand for, the usual one first, longest mark first (US$
 * before $, 人民币 before 元, 澳门元 before 元). An amount read with the signs stripped is in the
 * currency written, which the CRM's reader cannot check against the pack's (live-call walk 10:
 * US$1,234 on a CNY pack read as ¥1,234); a bare $, ¥ or 元 names a family, not one currency (a
 * review of round 11: an HKD pack refused every $ amount as USD). The grammar strips exactly these
 * (mask13: 新台币, 港币, 美金, HK$ and NT$ were named here but not stripped, so never read).
 */
const CURRENCY_MARKS: readonly (readonly [string, readonly string[]])[] = [
  // 3000元人民币 as contracts write it: one mark, or the 元 left by stripping 人民币 is read as a place.
  ['元人民币', ['CNY']],
  ['新加坡元', ['SGD']],
  ['人民币', ['CNY']],
  ['新台币', ['TWD']],
  ['澳门元', ['MOP']],
  ['澳门币', ['MOP']],
  ['块钱', YUAN],
  ['台币', ['TWD']],
  ['港元', ['HKD']],
  ['港币', ['HKD']],
  ['美金', ['USD']],
  ['美元', ['USD']],
  ['日元', ['JPY']],
  ['欧元', ['EUR']],
  ['英镑', ['GBP']],
  ['澳元', ['AUD']],
  ['加元', ['CAD']],
  ['新币', ['SGD']],
  ['韩元', ['KRW']],
  ['mop$', ['MOP']],
  ['rmb', ['CNY']],
  ['cny', ['CNY']],
  ['usd', ['USD']],
  ['hkd', ['HKD']],
  ['sgd', ['SGD']],
  ['twd', ['TWD']],
  ['jpy', ['JPY']],
  ['mop', ['MOP']],
  ['eur', ['EUR']],
  ['gbp', ['GBP']],
  ['aud', ['AUD']],
  ['cad', ['CAD']],
  ['us$', ['USD']],
  ['hk$', ['HKD']],
  ['nt$', ['TWD']],
  ['s$', ['SGD']],
  ['a$', ['AUD']],
  ['c$', ['CAD']],
  ['円', ['JPY']],
  ['€', ['EUR']],
  ['£', ['GBP']],
  ['¥', ['CNY', 'JPY']],
  ['元', YUAN],
  ['圆', YUAN],
  ['块', YUAN],
  ['$', DOLLARS],
  // "300 dollars", "300 bucks": an English agent types the word as a Chinese one types 块 (session 13).
  ['dollars', DOLLARS],
  ['dollar', DOLLARS],
  ['bucks', DOLLARS],
  ['buck', DOLLARS],
];

/** Every word the amount grammar reads besides digits (the content script folds them, traditional-words.ts). */
export const AMOUNT_WORDS: readonly string[] = [...CURRENCY_MARKS.map(([mark]) => mark), '万', '千'];

/** Each sign or word of an amount's text, with the currencies it can stand for. */
function marksWritten(text: string): (readonly string[])[] {
  let rest = foldForNumbers(text);
  const found: (readonly string[])[] = [];
  for (const [mark, currencies] of CURRENCY_MARKS) {
    if (!rest.includes(mark)) continue;
    found.push(currencies);
    rest = rest.split(mark).join(' ');
  }
  return found;
}

/** The currencies an amount's text names by sign or word, each by its usual reading (`US$1,234` → USD, `１２元` → CNY). */
export function currenciesWritten(text: string): Set<string> {
  return new Set(marksWritten(text).map((currencies) => currencies[0] as string));
}

/** A currency the text is written in that cannot be `expected` (`US$` on a CNY pack), if any. */
export function otherCurrencyWritten(text: string, expected: string): string | undefined {
  return marksWritten(text).find((currencies) => !currencies.includes(expected))?.[0];
}

/** Thousands separators must group by three (so `1,2,3` is refused, not read as 123). */
const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?(万|w|千|k)?$/;
/**
 * 两万五 typed as said, "2万5" (and 1千5, 3k5): one digit after the unit is its next lower place,
 * so it reads as 2.5万 (live-call walk 10: refused as "not an amount" mid-negotiation).
 */
const UNIT_THEN_DIGIT = /^(\d{1,3}(?:,\d{3})+|\d+)(万|w|千|k)(\d)$/;
/** The places each unit word moves the point (text is folded, so `K` and `W` arrive lower case). */
const UNIT_SHIFT: Readonly<Record<string, number>> = { 万: 4, w: 4, 千: 3, k: 3 };
/** Dashes CRMs and keyboards print for a minus (U+2212 minus sign, U+2012 figure dash, U+2013 en dash). */
const MINUS_DASHES = /[\u2212\u2012\u2013]/g;

/**
 * What every number reader reads (amounts here, the CRM's parsers in lib/crm/parse-value.ts, the
 * Studio's guesses): the one folding (full-width １２，３４５．６７ and （）, odd spaces, invisible
 * characters removed, lower case), plus the dashes CRMs print for a minus read as `-`.
 */
export function foldForNumbers(text: string, traditional?: TraditionalTable): string {
  return foldText(text, traditional).replace(MINUS_DASHES, '-');
}

/** The currency sign or word `text` starts with, if any (longest first, as listed). */
function markAtStart(text: string): string {
  return CURRENCY_MARKS.find(([mark]) => text.startsWith(mark))?.[0] ?? '';
}

function markAtEnd(text: string): string {
  return CURRENCY_MARKS.find(([mark]) => text.endsWith(mark))?.[0] ?? '';
}

/**
 * The amount without its currency: one sign or word before the number (after a minus or an opening
 * bracket too: -¥500, (¥500)), one after it (500港元, 100 USD, (500港元)), and the 整 of 元整 (cheques and
 * contracts: 壹仟元整, "exactly"). A mark anywhere else is not stripped: 12元34 and $12 $34 are two
 * numbers, not 1234.
 */
export function withoutCurrency(text: string): string {
  const close = text.endsWith(')') ? ')' : '';
  let s = text.slice(0, text.length - close.length).replace(/整$/, '');
  s = s.slice(0, s.length - markAtEnd(s).length);
  const lead = /^[-+(]?/.exec(s)?.[0] ?? '';
  const rest = s.slice(lead.length);
  return lead + rest.slice(markAtStart(rest).length) + close;
}

/**
 * `¥12,345.67`, `-12.30`, `(12.30)`, `１２，３４５．６７元`, `NT$1,000`, `500港元`, `1.5万`, `3k`
 * → its parts; null when not an amount (nothing is half read).
 */
export function readAmount(text: string): Amount | null {
  let s = withoutCurrency(foldForNumbers(text).replace(/\s+/g, ''));
  let negative = false;
  const bracketed = /^\((.*)\)$/.exec(s);
  if (bracketed) {
    negative = true;
    s = bracketed[1] ?? '';
  }
  const sign = s.startsWith('-') ? '-' : s.startsWith('+') ? '+' : '';
  if (sign) {
    if (negative) return null;
    negative = sign === '-';
    s = s.slice(1);
  }
  const spoken = UNIT_THEN_DIGIT.exec(s);
  if (spoken) {
    return {
      negative,
      whole: (spoken[1] ?? '').replace(/,/g, ''),
      fraction: spoken[3] ?? '',
      shift: UNIT_SHIFT[spoken[2] ?? ''] ?? 0,
    };
  }
  const m = NUMBER.exec(s);
  if (!m) return null;
  return {
    negative,
    whole: (m[1] ?? '').replace(/,/g, ''),
    fraction: m[2] ?? '',
    shift: m[3] === undefined ? 0 : (UNIT_SHIFT[m[3]] ?? 0),
  };
}

/**
 * Whether a currency sign or word stands inside the text rather than around it (12$34 of `$12 $34`,
 * once `withoutCurrency` took the outer ones): two amounts, or one written ambiguously.
 */
export function markInside(text: string): boolean {
  return CURRENCY_MARKS.some(([mark]) => {
    const at = text.indexOf(mark);
    return at > 0 && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + mark.length] ?? '');
  });
}

// Plain objects, not Maps: the content script imports this module and never reads them (tree-shaken).
// biome-ignore format: number words → values
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1_000,
  grand: 1_000,
  thousand: 1_000,
  hundred: 100,
};

export interface SpokenAmount {
  /** The amount with its multiplier ("two grand" → 2000). */
  value: number;
  /** The multiplier said (grand, k, thousand, hundred, 万), else 1: a bare amount said later may mean it. */
  unit: number;
  /** The first word after the amount. */
  next: number;
}

/**
 * The amount said at `words[at]`, if any, in a sentence's words as objection search normalises
 * them (lib/objections/normalize.ts: lower case, "2,000" is 2 and 000, "$5k" is 5k, a Chinese run
 * is a word and 万 begins the run after its number): digits (with k), the number words one to ten,
 * the tens to fifty and hundred, and a multiplier word after them.
 */
export function readSpokenAmount(words: readonly string[], at: number): SpokenAmount | null {
  const word = words[at] ?? '';
  const digits = /^(\d+)(k)?$/.exec(word);
  const own = (table: Readonly<Record<string, number>>, key: string) =>
    Object.hasOwn(table, key) ? table[key] : undefined;
  const value = digits
    ? Number(readAmount(digits[1] as string)?.whole ?? Number.NaN)
    : own(NUMBER_WORDS, word);
  if (value === undefined || Number.isNaN(value)) return null;
  let amount = value;
  let unit = digits?.[2] === 'k' ? 1_000 : 1;
  let next = at + 1;
  // "2,000" is two words once normalised.
  if (digits && unit === 1 && amount < 1_000 && /^\d{3}$/.test(words[next] ?? '')) {
    amount = amount * 1_000 + Number(words[next]);
    next++;
  }
  const following = words[next] ?? '';
  // 万 stays in the Chinese run it begins (万现在滚到…): the words after it are read on.
  const wan = following.startsWith('万');
  const multiplier = wan ? 10_000 : own(MULTIPLIERS, following);
  if (unit === 1 && multiplier !== undefined) {
    unit = multiplier;
    if (!wan) next++;
  }
  return { value: amount * unit, unit, next };
}
