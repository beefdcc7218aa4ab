/**
 * The one folding of untrusted text (CRM pages, packs, notes, queries) before anything matches on
 * it: every Unicode default-ignorable and format character removed (zero-width joiners, bidi
 * marks and overrides, variation selectors, the combining grapheme joiner, soft hyphens, BOMs),
 * then NFKC (full-width ＡＢＣ１２ → ABC12, U+3000 → space), then lower case, then traditional
 * characters to simplified (上門 → 上门, one-to-one only: traditional.ts), then the polite 您 (and
 * 妳) folded to 你, so a threat in the 您-form or in 繁體 matches the same list.
 * Pure and dependency-free: the content script may import it. The traditional table is the caller's
 * (traditional.ts): every caller but the content script folds with the one this build carries.
 */
import { bundledTraditional, type TraditionalTable } from './traditional';

/**
 * Characters that render as nothing (or only steer direction) and so can hide inside a word. The
 * braille blank U+2800 is neither ignorable nor a format character, yet it renders as an empty
 * cell and is the common "invisible name" character: 坐\u2800牢 passed lint (red team 13).
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/u;
const INVISIBLE_ALL = /[\p{Default_Ignorable_Code_Point}\p{Cf}\u2800]/gu;
/** Bidi embeddings, overrides and isolates: the ones that can reverse what is shown. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;

const PRONOUNS: Record<string, string> = { 您: '你', 妳: '你' };

export function isInvisible(char: string): boolean {
  return INVISIBLE.test(char);
}

export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** Removes every default-ignorable and format character, nothing else: for display and storage. */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_ALL, '');
}

/** The folded form of one code point ('' when it is invisible); may be longer than one unit. */
export function foldChar(codePoint: string, traditional: TraditionalTable = bundledTraditional): string {
  if (INVISIBLE.test(codePoint)) return '';
  let folded = codePoint.normalize('NFKC').toLowerCase();
  // NFKC can itself produce characters that fold further (e.g. a compatibility form of 您).
  if (folded.length > 0 && INVISIBLE.test(folded)) folded = folded.replace(INVISIBLE_ALL, '');
  if (folded.length === 1 || (folded.length === 2 && folded.codePointAt(0)! > 0xffff))
    return lastSteps(folded, traditional);
  // NFKC may give several characters (🉇 → 〔勝〕): each takes the last steps, or folding twice
  // would fold further (foldText(foldText(x)) === foldText(x), a property test found it).
  let out = '';
  for (const one of folded) out += lastSteps(one, traditional);
  return out;
}

/** Traditional → simplified, then 您 → 你, on one character. */
function lastSteps(char: string, traditional: TraditionalTable): string {
  const simplified = traditional.simplifiedOf(char);
  return PRONOUNS[simplified] ?? simplified;
}

/**
 * The forms a page may show of a folded character, for what looks for it unfolded (a label's first
 * character in the page's raw text, a pattern's class range): itself, its other case, its
 * full-width form (Ａ, ａ), its traditional forms in `traditional`, and 您/妳 for 你. Other
 * compatibility forms are not listed: what looks for them finds nothing, never something wrong.
 */
export function unfoldedForms(char: string, traditional: TraditionalTable = bundledTraditional): string[] {
  const forms = new Set([char, char.toUpperCase(), char.toLowerCase()]);
  for (const form of [...forms]) {
    const code = form.codePointAt(0) ?? 0;
    if (form.length === 1 && code >= 0x21 && code <= 0x7e) forms.add(String.fromCodePoint(code + 0xfee0));
  }
  if (char === '你') forms.add('您').add('妳');
  for (const form of traditional.formsOf(char)) forms.add(form);
  return [...forms];
}

/** Folds a whole text. foldText(foldText(x)) === foldText(x). */
export function foldText(text: string, traditional: TraditionalTable = bundledTraditional): string {
  let out = '';
  for (const cp of text) out += foldChar(cp, traditional);
  return out;
}

export interface FoldedText {
  text: string;
  /** For each UTF-16 unit of `text`: the original offsets of the character it came from. */
  starts: number[];
  ends: number[];
}

/** Folds a text and keeps, for every unit of the result, where it came from in the original. */
export function foldWithOffsets(
  original: string,
  traditional: TraditionalTable = bundledTraditional,
): FoldedText {
  const out: FoldedText = { text: '', starts: [], ends: [] };
  let index = 0;
  for (const cp of original) {
    const start = index;
    index += cp.length;
    const folded = foldChar(cp, traditional);
    for (let k = 0; k < folded.length; k++) {
      out.starts.push(start);
      out.ends.push(index);
    }
    out.text += folded;
  }
  return out;
}
