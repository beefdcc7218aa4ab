/**
 * Text normalisation shared by the objection index and the query, so both sides compare the same
 * form: NFKC (full-width ＡＢＣ１２ → ABC12), lowercase, apostrophes dropped (can't → cant), every
 * other non-letter, non-digit removed. Where something was removed, or the script changes between
 * Han and anything else, a word or phrase starts: those starts make "prefix" matches possible in
 * Chinese, which has no spaces.
 */

import { HAN, NormalBuffer, PART_SEPARATOR } from './normal-buffer';

/** Queries are cut here: an agent never types more, and a paste of a whole page must stay fast. */
export const MAX_QUERY_LENGTH = 100;

export interface NormalizedText {
  /** Lowercase letters and digits only, e.g. "没钱手头紧" or "nomoney". */
  compact: string;
  /** Code-unit offsets in `compact` where a word or phrase starts; always starts with 0 when non-empty. */
  starts: number[];
  /** `compact` cut at punctuation (not at spaces): the alternatives of a title or trigger. */
  parts: string[];
  hasHan: boolean;
}

/**
 * Per BMP code unit: 0 not yet tested, 1 Han, 2 not. The index build asks this for each of two
 * million characters, and the regular expression per call was a large part of it (issue 11).
 */
const hanCache = new Uint8Array(0x10000);

/** True when `text` holds a Han character (one character, or a word of one script). */
export function isHan(text: string): boolean {
  return text.length === 1 ? isHanCode(text.charCodeAt(0)) : HAN.test(text);
}

/** True when the code point is a Han character. */
export function isHanCode(code: number): boolean {
  if (code > 0xffff) return HAN.test(String.fromCodePoint(code));
  let known = hanCache[code] as number;
  if (known === 0) {
    known = HAN.test(String.fromCharCode(code)) ? 1 : 2;
    hanCache[code] = known;
  }
  return known === 1;
}

/** Reused by every call (single-threaded; nothing is kept in it between calls). */
const shared = new NormalBuffer();

export function normalizeText(raw: string): NormalizedText {
  shared.normalize(raw);
  const compact = shared.text();
  const starts = Array.from(shared.starts.subarray(0, shared.startCount));
  return { compact, starts, parts: partsOf(shared, compact), hasHan: shared.hasHan };
}

/** The alternatives of the text in `buffer` (`compact` is its text): cut where a part starts. */
export function partsOf(buffer: NormalBuffer, compact: string): string[] {
  if (compact === '') return [];
  const parts: string[] = [];
  let from = 0;
  for (let k = 0; k < buffer.partCount; k++) {
    const to = buffer.partStarts[k] as number;
    parts.push(compact.slice(from, to));
    from = to;
  }
  parts.push(compact.slice(from));
  return parts;
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

/**
 * The normalised text of words already normalised (a query's words read again: english-rereading.ts),
 * as normalizeText would give for them joined by spaces, without folding them a second time.
 */
export function textOfWords(words: readonly string[]): NormalizedText {
  const starts: number[] = [];
  let compact = '';
  for (const word of words) {
    if (word === '') continue;
    starts.push(compact.length);
    compact += word;
  }
  return {
    compact,
    starts,
    parts: compact === '' ? [] : [compact],
    hasHan: starts.length > 0 && HAN.test(compact),
  };
}

/** Cuts a query to MAX_QUERY_LENGTH without leaving half of a surrogate pair behind. */
export function cutQuery(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH) return query;
  const cut = query.slice(0, MAX_QUERY_LENGTH);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** First position in a sorted list whose item is not below `key` (where a prefix range starts). */
export function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
