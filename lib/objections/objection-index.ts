/**
 * The objection index: everything the search needs per keystroke, precomputed once per pack.
 * Each objection contributes texts: its title, each trigger (a synonym of the title), each say and
 * do line. A keystroke never scans the texts: it looks up candidates in posting lists (Han
 * bigrams, English words, pinyin keys) and verifies only those, which keeps p95 under 2 ms at
 * 5,000 objections. Titles and triggers ("head") and say/do lines ("body") have separate lists so
 * a short query, which says little, can skip the long body text.
 */
import type { Objection } from '../pack/schema';
import { isHan, isHanCode, normalizeText, wordsOf } from './normalize';
import { buildOverlapIndex, type OverlapIndex } from './overlap';
import { ReadingTable } from './readings';

export const FIELDS = ['title', 'trigger', 'say', 'do'] as const;
export type MatchField = (typeof FIELDS)[number];
/** Field index below this: title or trigger. */
export const HEAD_FIELDS = 2;

/** Full pinyin is looked up by its first letters: 2 or 3 in titles and triggers, 4 in say/do lines. */
export const HEAD_PINYIN_SHORT = 2;
export const HEAD_PINYIN_LONG = 3;
export const BODY_PINYIN_KEY = 4;

export interface IndexedText {
  objection: number;
  /** Index into FIELDS. */
  field: number;
  source: string;
  compact: string;
  /** The alternatives of a title or trigger (没钱/手头紧), when it has more than one. */
  parts: readonly string[] | null;
  /** Offset of this text's first code unit in `ObjectionIndex.starts` and `readingIds`. */
  base: number;
  han: boolean;
}

/** Posting lists of one kind, for titles/triggers and for say/do lines. */
export interface Postings<Key = string> {
  readonly head: ReadonlyMap<Key, Int32Array>;
  readonly body: ReadonlyMap<Key, Int32Array>;
}

const CODE_POINTS = 0x110000;
/**
 * Han n-gram keys are numbers (no string built per character at build time): a character is its
 * code point, a bigram is above every code point.
 */
export function gramKey(first: number, second?: number): number {
  return second === undefined ? first : (first + 1) * CODE_POINTS + second;
}

export interface ObjectionIndex {
  readonly objections: readonly Objection[];
  readonly texts: readonly IndexedText[];
  /** 1 where a word or phrase starts, per code unit of every compact text (at text.base + offset). */
  readonly starts: Uint8Array;
  /** Reading-set id per code unit of Han texts (at text.base + offset). */
  readonly readingIds: Int32Array;
  readonly readings: ReadingTable;
  /**
   * Han characters (titles and triggers only: one character never searches say/do lines) and
   * bigrams with a Han character (see gramKey) → ids of the texts containing them.
   */
  readonly hanGrams: Postings<number>;
  /** English (Latin-script) word → ids of the texts containing it. */
  readonly words: Postings;
  /** Every say/do line, normalised: only these can make a say/do match exact. */
  readonly bodyTexts: ReadonlySet<string>;
  /** Distinct words, sorted (prefix ranges are contiguous). */
  readonly vocabulary: readonly string[];
  /** Trigram → vocabulary positions of the words containing it (query inside a word). */
  readonly vocabularyTrigrams: ReadonlyMap<string, Int32Array>;
  /** Word with one letter deleted → vocabulary positions (one-typo candidates, as in SymSpell). */
  readonly vocabularyDeletions: ReadonlyMap<string, Int32Array>;
  /** Pinyin key → flat (text id, offset) pairs where the readings from that offset start with the key. */
  readonly headPinyinShort: ReadonlyMap<string, Int32Array>;
  readonly headPinyinLong: ReadonlyMap<string, Int32Array>;
  readonly bodyPinyin: ReadonlyMap<string, Int32Array>;
  /** Two pinyin initials → flat (text id, offset) pairs, titles and triggers only. */
  readonly headInitials: ReadonlyMap<string, Int32Array>;
  /** First letter (of the first word, or the first character's pinyin) → head text ids. */
  readonly headFirstLetter: ReadonlyMap<string, Int32Array>;
  /** Bigram and word overlap of titles and triggers with what the customer said (issue 11). */
  readonly overlap: OverlapIndex;
}

/** Words shorter than this are never matched with a typo, so they need no deletion variants. */
export const MIN_FUZZY = 4;

function pushOnceNumber(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function pushPair(map: Map<string, number[]>, key: string, text: number, offset: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [text, offset]);
  else list.push(text, offset);
}

/** Adds a value once even when a text holds the key several times (values arrive in order). */
function pushOnce(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function frozen<Key>(map: Map<Key, number[]>): Map<Key, Int32Array> {
  const out = new Map<Key, Int32Array>();
  for (const [key, list] of map) out.set(key, new Int32Array(list));
  return out;
}

/** Adds every distinct `length`-letter beginning of the readings from `at` on to `keys`. */
function collectPinyinKeys(
  sets: readonly string[][],
  ids: readonly number[],
  at: number,
  prefix: string,
  length: number,
  keys: string[],
): void {
  if (prefix.length >= length) {
    const key = prefix.length === length ? prefix : prefix.slice(0, length);
    if (!keys.includes(key)) keys.push(key);
    return;
  }
  const id = ids[at];
  if (id === undefined) return;
  const readings = sets[id] ?? [];
  for (let r = 0; r < readings.length; r++)
    collectPinyinKeys(sets, ids, at + 1, prefix + readings[r], length, keys);
}

/**
 * Pairs of reading-set ids below this are memoised under one small-integer key (below 2^29, so V8
 * hashes it without a boxed number); 5,000 objections have about 400 sets, rarer ones go uncached.
 */
const MAX_SETS = 1 << 13;

class IndexBuilder {
  readonly readings = new ReadingTable();
  readonly texts: IndexedText[] = [];
  /**
   * Per code unit of every text, grown by doubling: 1.9 million units at 5,000 objections, which
   * as plain arrays were pushed one by one and then copied (issue 11, build time).
   */
  private starts = new Uint8Array(1 << 16);
  private readingIds = new Int32Array(1 << 16).fill(-1);
  private units = 0;

  private reserve(count: number): void {
    if (this.units + count <= this.starts.length) return;
    let size = this.starts.length * 2;
    while (size < this.units + count) size *= 2;
    const starts = new Uint8Array(size);
    starts.set(this.starts);
    const readingIds = new Int32Array(size).fill(-1);
    readingIds.set(this.readingIds);
    this.starts = starts;
    this.readingIds = readingIds;
  }
  readonly headGrams = new Map<number, number[]>();
  readonly bodyGrams = new Map<number, number[]>();
  readonly headWords = new Map<string, number[]>();
  readonly bodyWords = new Map<string, number[]>();
  readonly headPinyinShort = new Map<string, number[]>();
  readonly headPinyinLong = new Map<string, number[]>();
  readonly bodyPinyin = new Map<string, number[]>();
  readonly headInitials = new Map<string, number[]>();
  readonly headFirstLetter = new Map<string, number[]>();
  private readonly keys: string[] = [];
  /**
   * Pinyin keys from an offset, by the reading sets of its first two characters, when those two
   * always reach the key's length: 1.5 million offsets at 5,000 objections but few distinct pairs,
   * and building the key strings per offset was a large part of the index build (issue 11).
   */
  private readonly pinyinMemo = new Map<number, readonly string[]>();
  /** Reading-set id → length of its shortest reading. */
  private readonly shortest: number[] = [];

  private shortestOf(id: number): number {
    let length = this.shortest[id];
    if (length === undefined) {
      length = Math.min(...(this.readings.sets[id] ?? ['']).map((r) => r.length));
      this.shortest[id] = length;
    }
    return length;
  }

  /** What collectPinyinKeys adds from `offset` on, memoised when only two characters decide it. */
  private pinyinKeys(ids: readonly number[], offset: number, length: number): readonly string[] {
    const first = ids[offset];
    const second = ids[offset + 1];
    const decided =
      first !== undefined &&
      second !== undefined &&
      first < MAX_SETS &&
      second < MAX_SETS &&
      this.shortestOf(first) + this.shortestOf(second) >= length;
    const memoKey = decided ? (first * MAX_SETS + second) * 8 + length : -1;
    if (decided) {
      const known = this.pinyinMemo.get(memoKey);
      if (known !== undefined) return known;
    }
    const keys = this.keys;
    keys.length = 0;
    collectPinyinKeys(this.readings.sets, ids, offset, '', length, keys);
    if (!decided) return keys;
    const copy = keys.slice();
    this.pinyinMemo.set(memoKey, copy);
    return copy;
  }

  add(objection: number, field: number, source: string): void {
    const normal = normalizeText(source);
    if (normal.compact === '') return;
    const id = this.texts.length;
    const head = field < HEAD_FIELDS;
    const base = this.units;
    this.texts.push({
      objection,
      field,
      source,
      compact: normal.compact,
      parts: head && normal.parts.length > 1 ? normal.parts : null,
      base,
      han: normal.hasHan,
    });
    this.reserve(normal.compact.length);
    this.units += normal.compact.length;
    for (const start of normal.starts) this.starts[base + start] = 1;
    const words = head ? this.headWords : this.bodyWords;
    for (const word of wordsOf(normal)) {
      if (!isHan(word)) pushOnce(words, word, id);
    }
    if (normal.hasHan) this.addHan(id, normal.compact, base, head);
    else if (head) pushOnce(this.headFirstLetter, normal.compact[0] ?? '', id);
  }

  private addHan(id: number, compact: string, base: number, head: boolean): void {
    const grams = head ? this.headGrams : this.bodyGrams;
    let previous = -1;
    let previousHan = false;
    // By code unit index, not `for…of`: no string per character (issue 11, build time).
    for (let i = 0; i < compact.length; ) {
      const code = compact.codePointAt(i) ?? 0;
      i += code > 0xffff ? 2 : 1;
      const han = isHanCode(code);
      if (han && head) pushOnceNumber(grams, gramKey(code), id);
      if (previous >= 0 && (han || previousHan)) pushOnceNumber(grams, gramKey(previous, code), id);
      previous = code;
      previousHan = han;
    }
    const ids = this.readings.readingsOf(compact);
    for (let i = 0; i < ids.length; i++) this.readingIds[base + i] = ids[i] ?? -1;
    const { initials } = this.readings;
    for (let offset = 0; offset < ids.length; offset++) {
      if (!head) {
        for (const key of this.pinyinKeys(ids, offset, BODY_PINYIN_KEY))
          pushPair(this.bodyPinyin, key, id, offset);
        continue;
      }
      for (const key of this.pinyinKeys(ids, offset, HEAD_PINYIN_SHORT))
        pushPair(this.headPinyinShort, key, id, offset);
      for (const key of this.pinyinKeys(ids, offset, HEAD_PINYIN_LONG))
        pushPair(this.headPinyinLong, key, id, offset);
      const here = initials[ids[offset] ?? -1] ?? '';
      const after = initials[ids[offset + 1] ?? -1] ?? '';
      for (const first of here) {
        if (offset === 0) pushOnce(this.headFirstLetter, first, id);
        for (const second of after) pushPair(this.headInitials, first + second, id, offset);
      }
    }
  }

  build(objections: readonly Objection[]): ObjectionIndex {
    const vocabulary = [...new Set([...this.headWords.keys(), ...this.bodyWords.keys()])].sort();
    const trigrams = new Map<string, number[]>();
    const deletions = new Map<string, number[]>();
    vocabulary.forEach((word, v) => {
      for (let i = 0; i + 3 <= word.length; i++) pushOnce(trigrams, word.slice(i, i + 3), v);
      if (word.length < MIN_FUZZY - 1) return;
      for (let i = 0; i < word.length; i++) pushOnce(deletions, word.slice(0, i) + word.slice(i + 1), v);
    });
    return {
      objections,
      texts: this.texts,
      starts: this.starts.slice(0, this.units),
      readingIds: this.readingIds.slice(0, this.units),
      readings: this.readings,
      hanGrams: { head: frozen(this.headGrams), body: frozen(this.bodyGrams) },
      words: { head: frozen(this.headWords), body: frozen(this.bodyWords) },
      bodyTexts: new Set(this.texts.filter((t) => t.field >= HEAD_FIELDS).map((t) => t.compact)),
      vocabulary,
      vocabularyTrigrams: frozen(trigrams),
      vocabularyDeletions: frozen(deletions),
      headPinyinShort: frozen(this.headPinyinShort),
      headPinyinLong: frozen(this.headPinyinLong),
      bodyPinyin: frozen(this.bodyPinyin),
      headInitials: frozen(this.headInitials),
      headFirstLetter: frozen(this.headFirstLetter),
      overlap: buildOverlapIndex(
        this.texts.map((t) => (t.field < HEAD_FIELDS ? t.source : null)),
        (char) => this.readings.knownReadings(char),
        this.readings.sets.flat(),
      ),
    };
  }
}

export function buildObjectionIndex(objections: readonly Objection[]): ObjectionIndex {
  const builder = new IndexBuilder();
  objections.forEach((objection, o) => {
    builder.add(o, 0, objection.title);
    for (const trigger of objection.triggers) builder.add(o, 1, trigger);
    for (const line of objection.say) builder.add(o, 2, line);
    for (const line of objection.do ?? []) builder.add(o, 3, line);
  });
  return builder.build(objections);
}
