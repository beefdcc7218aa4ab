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
const FIRST = Math.min(...SIMPLIFIED.keys());

/** The simplified form of one traditional character, or the character itself. */
export function simplifiedOf(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code < FIRST) return char;
  return SIMPLIFIED.get(code) ?? char;
}
