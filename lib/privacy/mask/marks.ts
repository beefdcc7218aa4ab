/**
 * The marks people and IMEs put between a number's digit groups: the one list every reader of the
 * masker uses (the scan's separators, the phone and plate patterns, the numeral and look-alike
 * readers, the re-reading of wrapped and spelled numbers). Read after the one folding, so a
 * full-width form arrives as its ASCII one (＋ → +, ＇ → ', ： → :, ／ → /, ｡ → 。), U+00A0, thin,
 * figure and narrow spaces as a space, and … as three dots.
 * - dashes: the hyphen, every Unicode dash (‐ ‑ ‒ – — ―), minus −, wave dash 〜, katakana ー, tilde;
 * - dots: full stop, the ideographic full stop 。 (an IME in Chinese mode types it for `.`), middle
 *   dots · • ‧ ∙ ⋅ ・;
 * - slashes, backslash, bar, underscore;
 * - apostrophes, primes and quotes ' ‘ ’ ‚ ‛ ′ ´ ` ʼ " “ ” „ (the Swiss grouping mark, and what an
 *   IME's smart quotes make of it; mask13: 6225'8800'0000'0006 was kept readable);
 * - plus (mask13: 4111+1111+1111+1111 was kept), colon, semicolon, and `?`, which a paste prints
 *   for a space it could not encode.
 * Never a mark: commas and 、 (a list unless shaped like a number, `COMMA_SEP` in ./scan), `*` (a
 * digit the masker hid), %, brackets, currency signs, letters.
 */
/** The apostrophes, primes and quotes among the marks (phones.ts reads them as digit grouping). */
export const QUOTE_CHARS = '\'\\u2018-\\u201f\\u2032\\u00b4`\\u02bc"';
export const MARK_CHARS = `\\-.\\u2010-\\u2015\\u2212\\u301c\\u30fc~/\\\\|_\\u00b7\\u2022\\u2027\\u2219\\u22c5\\u30fb\\u3002${QUOTE_CHARS}+:;?`;

const MARK = `[${MARK_CHARS}]`;
/**
 * One mark, or a few typed together ("4111--1111", "138..0013", … folded to three dots), or an IME's
 * ellipsis …… (six dots folded).
 */
export const MARKS = `(?:\\.{4,6}|${MARK}{1,3})`;

/** One line break, as any system or paste writes it (\r\n, \r, \n, U+2028, U+2029, U+0085). */
export const LINE_BREAK = '(?:\\r?\\n|[\\r\\u2028\\u2029\\u0085])';

const MARK_UNIT = new RegExp(`^${MARK}$`);

/** One unit that is a mark between groups (not a space: "13800138000 一直" is a number and a word). */
export function isMarkChar(char: string | undefined): boolean {
  return char !== undefined && MARK_UNIT.test(char);
}
