/**
 * Full pinyin and pinyin initials typed for Chinese titles and triggers (mq, meiqian → 没钱); say/do
 * lines have no pinyin lists (objection-index.ts HEAD_PINYIN_SHORT).
 */
import { AT_PHRASE, AT_START, EXACT, endsWhole, type Hits, INITIALS, PINYIN, PREFIX, WHOLE } from './hits';
import {
  HEAD_PINYIN_LONG,
  HEAD_PINYIN_SHORT,
  type IndexedText,
  type ObjectionIndex,
} from './objection-index';

/** True when `reading` starts with q[qi..] (the agent is still typing this syllable). */
export function readingContinues(reading: string, q: string, qi: number): boolean {
  const rest = q.length - qi;
  if (rest >= reading.length) return false;
  for (let k = 0; k < rest; k++) if (reading.charCodeAt(k) !== q.charCodeAt(qi + k)) return false;
  return true;
}

/**
 * Spells `q` from the readings of the text from `at` on (one reading per character, the last one
 * possibly unfinished) and returns the offset after the last character used, or -1.
 */
export function spell(
  sets: readonly string[][],
  ids: Int32Array,
  base: number,
  end: number,
  q: string,
  qi: number,
  at: number,
): number {
  if (qi === q.length) return at - base;
  if (at >= end) return -1;
  const set = sets[ids[at] as number] as string[];
  for (let r = 0; r < set.length; r++) {
    const reading = set[r] as string;
    if (reading.length === 0) continue;
    if (q.startsWith(reading, qi)) {
      const after = spell(sets, ids, base, end, q, qi + reading.length, at + 1);
      if (after >= 0) return after;
    } else if (readingContinues(reading, q, qi)) {
      return at + 1 - base;
    }
  }
  return -1;
}

export function pinyinPrecision(
  index: ObjectionIndex,
  text: IndexedText,
  offset: number,
  end: number,
): number {
  const start = offset === 0 ? AT_START : index.starts[text.base + offset] === 1 ? AT_PHRASE : 0;
  return start + (endsWhole(index, text, end) ? WHOLE : 0);
}

export function spellPairs(
  index: ObjectionIndex,
  pairs: Int32Array | undefined,
  q: string,
  hits: Hits,
): void {
  if (pairs === undefined) return;
  const { sets } = index.readings;
  const { readingIds, texts } = index;
  for (let p = 0; p + 1 < pairs.length; p += 2) {
    const t = pairs[p] as number;
    const offset = pairs[p + 1] as number;
    const text = texts[t] as IndexedText;
    const end = spell(sets, readingIds, text.base, text.base + text.compact.length, q, 0, text.base + offset);
    if (end >= 0) hits.offer(t, PINYIN, pinyinPrecision(index, text, offset, end), end - offset);
  }
}

/** Titles and triggers only: say/do lines have no pinyin lists (objection-index.ts HEAD_PINYIN_SHORT). */
export function matchPinyin(index: ObjectionIndex, q: string, hits: Hits): void {
  const head = q.length >= HEAD_PINYIN_LONG ? index.headPinyinLong : index.headPinyinShort;
  const keyLength = q.length >= HEAD_PINYIN_LONG ? HEAD_PINYIN_LONG : HEAD_PINYIN_SHORT;
  spellPairs(index, head.get(q.slice(0, keyLength)), q, hits);

  const pairs = index.headInitials.get(q.slice(0, 2));
  if (pairs === undefined) return;
  const { initials } = index.readings;
  candidates: for (let p = 0; p + 1 < pairs.length; p += 2) {
    const t = pairs[p] as number;
    const offset = pairs[p + 1] as number;
    const text = index.texts[t] as IndexedText;
    if (offset + q.length > text.compact.length) continue;
    for (let i = 2; i < q.length; i++) {
      const letters = initials[index.readingIds[text.base + offset + i] ?? -1] ?? '';
      if (letters.indexOf(q[i] as string) < 0) continue candidates;
    }
    hits.offer(t, INITIALS, pinyinPrecision(index, text, offset, offset + q.length), q.length);
  }
}

/** One letter says little: only titles and triggers that start with it (word or pinyin initial). */
export function matchFirstLetter(index: ObjectionIndex, letter: string, hits: Hits): void {
  const list = index.headFirstLetter.get(letter);
  if (list === undefined) return;
  for (let i = 0; i < list.length; i++) {
    const t = list[i] as number;
    const text = index.texts[t] as IndexedText;
    if (text.compact === letter) hits.offer(t, EXACT, AT_START + WHOLE, 1);
    else {
      const whole = endsWhole(index, text, 1) ? WHOLE : 0;
      hits.offer(t, text.han ? INITIALS : PREFIX, AT_START + whole, 1);
    }
  }
}
