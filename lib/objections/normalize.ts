/**
 * Text normalisation shared by the objection index and the query, so both sides compare the same
 * form: NFKC (full-width ＡＢＣ１２ → ABC12), lowercase, apostrophes dropped (can't → cant), every
 * other non-letter, non-digit removed. Where something was removed, or the script changes between
 * Han and anything else, a word or phrase starts: those starts make "prefix" matches possible in
 * Chinese, which has no spaces.
 */

import { foldChar } from '../text/fold';

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

/** What a folded character is to the normaliser: a word character (Han or not), or a separator. */
const WORD = 1;
const HAN_WORD = 2;
const SEPARATOR = 3;
const GAP = 4;

/**
 * foldChar (the one folding, lib/text/fold.ts) and the class of its result, cached per code point:
 * a pack of 5,000 objections has two million characters but a few thousand distinct ones, and the
 * regular expressions per character were most of the index build (issue 11: build ≤ 500 ms).
 */
interface Folded {
  /** The folded characters (code points) and the class of each. */
  chars: string[];
  classes: number[];
}

const foldCache = new Map<string, Folded>();
/** The same, by BMP code unit without building a string per character (issue 11, build time). */
const bmpFolds = new Array<Folded | undefined>(0x10000);

function classOf(char: string): number {
  if (!WORD_CHAR.test(char)) return PART_SEPARATOR.test(char) ? SEPARATOR : GAP;
  return HAN.test(char) ? HAN_WORD : WORD;
}

function folded(codePoint: string): Folded {
  let entry = foldCache.get(codePoint);
  if (entry === undefined) {
    const text = foldChar(codePoint).replace(APOSTROPHES, '');
    const chars = Array.from(text);
    entry = { chars, classes: chars.map(classOf) };
    foldCache.set(codePoint, entry);
  }
  return entry;
}

export function normalizeText(raw: string): NormalizedText {
  let compact = '';
  const starts: number[] = [];
  const parts: string[] = [];
  let partStart = 0;
  let gap = true;
  let partBreak = false;
  let previousHan = false;
  let hasHan = false;
  for (let i = 0; i < raw.length; ) {
    const code = raw.charCodeAt(i);
    let entry: Folded;
    if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one code point; a lone surrogate stands alone (as `for…of` gives it).
      const width = (raw.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      entry = folded(raw.slice(i, i + width));
      i += width;
    } else {
      let known = bmpFolds[code];
      if (known === undefined) {
        known = folded(raw.charAt(i));
        bmpFolds[code] = known;
      }
      entry = known;
      i++;
    }
    const { chars, classes } = entry;
    for (let k = 0; k < chars.length; k++) {
      const char = chars[k] as string;
      const kind = classes[k];
      if (kind === SEPARATOR || kind === GAP) {
        gap = true;
        if (kind === SEPARATOR) partBreak = true;
        continue;
      }
      const han = kind === HAN_WORD;
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
