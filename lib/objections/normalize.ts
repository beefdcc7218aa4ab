/**
 * Text normalisation shared by the objection index and the query, so both sides compare the same
 * form: NFKC (full-width ＡＢＣ１２ → ABC12), lowercase, apostrophes dropped (can't → cant), every
 * other non-letter, non-digit removed. Where something was removed, or the script changes between
 * Han and anything else, a word or phrase starts: those starts make "prefix" matches possible in
 * Chinese, which has no spaces.
 */

import { foldText } from '../text/fold';

/** Queries are cut here: an agent never types more, and a paste of a whole page must stay fast. */
export const MAX_QUERY_LENGTH = 100;

const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const APOSTROPHES = /['’‘ʼ`´]/g;
/** Separators that split a title or trigger into alternatives (没钱/手头紧, "No money / broke"). */
const PART_SEPARATOR = /[/|;,、，；。.!?！？·•()（）[\]【】]/u;

export interface NormalizedText {
  /** Lowercase letters and digits only, e.g. "没钱手头紧" or "nomoney". */
  compact: string;
  /** Code-unit offsets in `compact` where a word or phrase starts; always starts with 0 when non-empty. */
  starts: number[];
  /** `compact` cut at punctuation (not at spaces): the alternatives of a title or trigger. */
  parts: string[];
  hasHan: boolean;
}

export function isHan(char: string): boolean {
  return HAN.test(char);
}

export function normalizeText(raw: string): NormalizedText {
  const folded = foldText(raw).replace(APOSTROPHES, '');
  let compact = '';
  const starts: number[] = [];
  const parts: string[] = [];
  let partStart = 0;
  let gap = true;
  let partBreak = false;
  let previousHan = false;
  let hasHan = false;
  for (const char of folded) {
    if (!WORD_CHAR.test(char)) {
      gap = true;
      if (PART_SEPARATOR.test(char)) partBreak = true;
      continue;
    }
    const han = HAN.test(char);
    if (compact.length > 0 && partBreak) {
      parts.push(compact.slice(partStart));
      partStart = compact.length;
    }
    if (compact.length === 0 || gap || han !== previousHan) starts.push(compact.length);
    compact += char;
    gap = false;
    partBreak = false;
    previousHan = han;
    hasHan ||= han;
  }
  if (compact.length > partStart) parts.push(compact.slice(partStart));
  return { compact, starts, parts, hasHan };
}

/** The alternatives of a title or trigger as written ("No money / broke" → "No money ", " broke"). */
export function splitParts(raw: string): string[] {
  return raw.split(PART_SEPARATOR).filter((part) => part.trim() !== '');
}

/** The words of a normalised text: the runs between starts. */
export function wordsOf(text: NormalizedText): string[] {
  const words: string[] = [];
  for (let i = 0; i < text.starts.length; i++) {
    words.push(text.compact.slice(text.starts[i], text.starts[i + 1] ?? text.compact.length));
  }
  return words;
}

/** Cuts a query to MAX_QUERY_LENGTH without leaving half of a surrogate pair behind. */
export function cutQuery(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const cut = query.slice(0, MAX_QUERY_LENGTH);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
