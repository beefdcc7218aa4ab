/**
 * Traditional → simplified, one character for one (上門 → 上门, 聯繫 → 联系, 啟 → 启), for the one
 * folding (fold.ts): a threat typed with a 繁體 IME, or a customer in Hong Kong or Taiwan, reads as
 * the simplified words the packs are written in (red team 10). Generated from OpenCC
 * (cli/traditional-table.ts: characters with several simplified forms, such as 乾 or 於, are left
 * as they are). Pure and dependency-free: the content script may import it.
 *
 * A table is a value its caller owns (review debt, round 13: a module-level table the content
 * script extended in place had to be reset by every test that read it). `bundledTraditional` is the
 * one this build carries, never changed; the content script, built without the data, holds its own
 * table made of the pairs the background sends (`learned`) and hands it to what folds CRM text.
 */
import { TRADITIONAL_STEPS } from './traditional-data';

export interface TraditionalTable {
  /** The simplified form of one traditional character, or the character itself. */
  simplifiedOf(char: string): string;
  /** The traditional characters that fold to `char` (逾期金额's 额 → 額), none for most. */
  formsOf(char: string): readonly string[];
  /**
   * This table with pairs made by `traditionalPairsFor` added (this one is left as it is). Every
   * pair is one of the full table's, so folding stays the same function, only less partial; pairs
   * of any other shape are ignored (the table never maps a character outside the CJK blocks it was
   * built from).
   */
  learned(pairs: string): TraditionalTable;
}

/** Below the CJK blocks nothing is traditional: a learned pair there is not one of the table's. */
const FIRST_CJK = 0x3400;

class CodePointTable implements TraditionalTable {
  /** Below the first traditional character (Latin, digits, kana…) nothing is looked up. */
  private readonly first: number;
  /** Simplified → its traditional forms, built when first asked for (extract.ts only). */
  private forms: Map<string, string[]> | null = null;

  /** Keyed by code point: a number is hashed for free, a one-character string on every call. */
  constructor(private readonly simplified: ReadonlyMap<number, string>) {
    this.first = simplified.size === 0 ? Number.POSITIVE_INFINITY : Math.min(...simplified.keys());
  }

  simplifiedOf(char: string): string {
    const code = char.codePointAt(0) ?? 0;
    if (code < this.first) return char;
    return this.simplified.get(code) ?? char;
  }

  formsOf(char: string): readonly string[] {
    if (!this.forms) {
      this.forms = new Map();
      for (const [code, simplified] of this.simplified) {
        const forms = this.forms.get(simplified);
        if (forms) forms.push(String.fromCodePoint(code));
        else this.forms.set(simplified, [String.fromCodePoint(code)]);
      }
    }
    return this.forms.get(char) ?? [];
  }

  learned(pairs: string): TraditionalTable {
    const simplified = new Map(this.simplified);
    const chars = [...pairs];
    for (let i = 0; i + 1 < chars.length; i += 2) {
      const code = chars[i]?.codePointAt(0) ?? 0;
      if (code < FIRST_CJK || simplified.has(code)) continue;
      simplified.set(code, chars[i + 1] ?? '');
    }
    return new CodePointTable(simplified);
  }
}

/** A table from the generated steps (traditional-data.ts: code point deltas in base 36). */
export function traditionalTable(steps: string): TraditionalTable {
  const table = new Map<number, string>();
  let code = 0;
  let offset = 0;
  for (const entry of steps === '' ? [] : steps.split(',')) {
    const sign = entry.search(/[+-]/);
    code += Number.parseInt(entry.slice(0, sign), 36);
    const change = Number.parseInt(entry.slice(sign + 1), 36);
    offset += entry[sign] === '-' ? -change : change;
    table.set(code, String.fromCodePoint(code + offset));
  }
  return new CodePointTable(table);
}

/**
 * The table this build carries: the whole of it in the background, the panel and the CLI; empty in
 * the content script (its 12 KB budget, traditional-data-none.ts), which folds with the table it
 * learns per adapter instead. Never changed, so nothing has to reset it.
 */
export const bundledTraditional: TraditionalTable = traditionalTable(TRADITIONAL_STEPS);

/**
 * The part of `table` a set of texts needs, as pairs of characters (traditional, simplified):
 * every traditional form of every character the texts hold once folded. The content script is
 * built without the table; the background sends it the pairs for the words it compares (an
 * adapter's labels), so the one folding reads 逾期金額 as 逾期金额 there too (red team 12). `fold` is
 * the one folding, passed in to keep this module below fold.ts.
 */
export function traditionalPairsFor(
  texts: readonly string[],
  fold: (text: string) => string,
  table: TraditionalTable = bundledTraditional,
): string {
  const wanted = new Set<string>();
  for (const text of texts) for (const char of fold(text)) wanted.add(char);
  let pairs = '';
  for (const char of wanted) for (const form of table.formsOf(char)) pairs += form + char;
  return pairs;
}
