/**
 * Traditional → simplified, one character for one (上門 → 上门, 聯繫 → 联系, 啟 → 启), for the one
 * folding (fold.ts): a threat typed with a 繁體 IME, or a customer in Hong Kong or Taiwan, reads as
 * the simplified words the packs are written in (red team 10). Generated from OpenCC
 * (cli/traditional-table.ts: characters with several simplified forms, such as 乾 or 於, are left
 * as they are). Pure and dependency-free: the content script may import it.
 */
import { TRADITIONAL_STEPS } from './traditional-data';

/** Keyed by code point: a number is hashed for free, a one-character string on every call. */
function decode(steps: string): Map<number, string> {
  const table = new Map<number, string>();
  if (steps === '') return table;
  let code = 0;
  let offset = 0;
  for (const entry of steps.split(',')) {
    const sign = entry.search(/[+-]/);
    code += Number.parseInt(entry.slice(0, sign), 36);
    const change = Number.parseInt(entry.slice(sign + 1), 36);
    offset += entry[sign] === '-' ? -change : change;
    table.set(code, String.fromCodePoint(code + offset));
  }
  return table;
}

const SIMPLIFIED = decode(TRADITIONAL_STEPS);
/** Below the first traditional character (Latin, digits, kana…) nothing is looked up. */
let first = Math.min(...SIMPLIFIED.keys());
/** Simplified → its traditional forms, built when first asked for (and again after `learnTraditional`). */
let traditional: Map<string, string[]> | null = null;

/** The simplified form of one traditional character, or the character itself. */
export function simplifiedOf(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < first) return char;
  return SIMPLIFIED.get(code) ?? char;
}

/** The traditional characters that fold to `char` (逾期金额's 额 → 額), none for most. */
export function traditionalFormsOf(char: string): readonly string[] {
  if (!traditional) {
    traditional = new Map();
    for (const [code, simplified] of SIMPLIFIED) {
      const forms = traditional.get(simplified);
      if (forms) forms.push(String.fromCodePoint(code));
      else traditional.set(simplified, [String.fromCodePoint(code)]);
    }
  }
  return traditional.get(char) ?? [];
}

/**
 * The part of the table a set of texts needs, as pairs of characters (traditional, simplified):
 * every traditional form of every character the texts hold once folded. The content script is
 * built without the table (its 12 KB budget, see traditional-data-none.ts); the background sends
 * it the pairs for the words it compares (an adapter's labels), so the one folding reads
 * 逾期金額 as 逾期金额 there too (red team 12). `fold` is the one folding, passed in to keep this
 * module below fold.ts.
 */
export function traditionalPairsFor(texts: readonly string[], fold: (text: string) => string): string {
  const wanted = new Set<string>();
  for (const text of texts) for (const char of fold(text)) wanted.add(char);
  let pairs = '';
  for (const char of wanted) for (const form of traditionalFormsOf(char)) pairs += form + char;
  return pairs;
}

/**
 * Adds pairs made by `traditionalPairsFor` to this realm's table. Every pair is one of the full
 * table's, so folding stays the same function, only less partial; pairs of any other shape are
 * ignored (the table never maps a character outside the CJK blocks it was built from).
 */
export function learnTraditional(pairs: string): void {
  const chars = [...pairs];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const code = chars[i]?.codePointAt(0) ?? 0;
    const simplified = chars[i + 1] ?? '';
    if (code < 0x3400 || SIMPLIFIED.has(code)) continue;
    SIMPLIFIED.set(code, simplified);
    first = Math.min(first, code);
    traditional = null;
  }
}
