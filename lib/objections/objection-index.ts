/**
 * The objection index: everything the search needs per keystroke, precomputed once per pack.
 * Each objection contributes texts: its title, each trigger (a synonym of the title), each say and
 * do line. A keystroke never scans the texts: it looks up candidates in posting lists (Han
 * bigrams, English words, pinyin keys) and verifies only those, which keeps p95 under 2 ms at
 * 5,000 objections. Titles and triggers ("head") and say/do lines ("body") have separate lists so
 * a short query, which says little, can skip the long body text.
 */
import type { Objection } from '../pack/schema';
import { bigramKey, CharIds, charKey } from './gram-keys';
import { isHan, isHanCode, normalizeText, wordsOf } from './normalize';
import { buildOverlapIndex, type OverlapIndex } from './overlap';
import { NumberPostingBuilder, PostingBuilder, type PostingLists } from './postings';
import { ReadingTable } from './readings';
import { wordHash } from './word-hash';

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
  readonly head: PostingLists<Key>;
  readonly body: PostingLists<Key>;
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
   * bigrams with a Han character (keys from gram-keys.ts, by `chars`) → ids of the texts containing them.
   */
  readonly hanGrams: Postings<number>;
  readonly chars: CharIds;
  /** English (Latin-script) word → ids of the texts containing it. */
  readonly words: Postings;
  /** Every say/do line, normalised: only these can make a say/do match exact. */
  readonly bodyTexts: ReadonlySet<string>;
  /** Distinct words, sorted (prefix ranges are contiguous). */
  readonly vocabulary: readonly string[];
  /** Trigram (its wordHash) → vocabulary positions of the words containing it (query inside a word). */
  readonly vocabularyTrigrams: PostingLists<number>;
  /**
   * Word with one letter deleted (its wordHash) → vocabulary positions (one-typo candidates, as in
   * SymSpell).
   */
  readonly vocabularyDeletions: PostingLists<number>;
  /** Pinyin key → flat (text id, offset) pairs where the readings from that offset start with the key. */
  readonly headPinyinShort: PostingLists<string>;
  readonly headPinyinLong: PostingLists<string>;
  readonly bodyPinyin: PostingLists<string>;
  /** Two pinyin initials → flat (text id, offset) pairs, titles and triggers only. */
  readonly headInitials: PostingLists<string>;
  /** First letter (of the first word, or the first character's pinyin) → head text ids. */
  readonly headFirstLetter: PostingLists<string>;
  /** Bigram and word overlap of titles and triggers with what the customer said (issue 11). */
  readonly overlap: OverlapIndex;
}

/** Words shorter than this are never matched with a typo, so they need no deletion variants. */
export const MIN_FUZZY = 4;

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

const NO_KEYS = new Int32Array(0);

/** The row of a table indexed by small integers, made when first needed. */
function rowOf<T>(table: T[][], at: number): T[] {
  let row = table[at];
  if (row === undefined) {
    row = [];
    table[at] = row;
  }
  return row;
}

class IndexBuilder {
  readonly readings = new ReadingTable();
  readonly chars = new CharIds();
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
  readonly headGrams = new NumberPostingBuilder(1, true);
  readonly bodyGrams = new NumberPostingBuilder(1, true);
  readonly headWords = new PostingBuilder<string>(1, true);
  readonly bodyWords = new PostingBuilder<string>(1, true);
  readonly headPinyinShort = new PostingBuilder<string>(2, false);
  readonly headPinyinLong = new PostingBuilder<string>(2, false);
  readonly bodyPinyin = new PostingBuilder<string>(2, false);
  readonly headInitials = new PostingBuilder<string>(2, false);
  readonly headFirstLetter = new PostingBuilder<string>(1, true);
  private readonly keys: string[] = [];
  /**
   * Pinyin keys from an offset (their ids in the lists of that key length), by the reading sets
   * of its first two characters, when those two always reach the key's length: 1.5 million
   * offsets at 5,000 objections but few distinct pairs, and building the key strings per offset
   * was a large part of the index build (issue 11). Arrays indexed by set id, not a Map: a few
   * hundred sets, and a Map lookup per offset was itself a tenth of the build.
   */
  private readonly pinyinMemo: Int32Array[][][] = [];
  /** The same for the two initials of an offset's characters (headInitials ids). */
  private readonly initialsMemo: Int32Array[][] = [];
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

  /**
   * The ids in `lists` of what collectPinyinKeys adds from `offset` on, memoised when only two
   * characters decide it (each length has its own lists, so the memo key holds the length).
   */
  private pinyinKeys(
    lists: PostingBuilder<string>,
    ids: readonly number[],
    offset: number,
    length: number,
  ): Int32Array {
    const first = ids[offset] as number;
    const second = ids[offset + 1];
    // The last character alone decides (nothing follows), and so do two whose readings are long
    // enough; the memo's slot for "nothing follows" is 0, a set id s is at s + 1.
    const decided = second === undefined || this.shortestOf(first) + this.shortestOf(second) >= length;
    let memo: Int32Array[] | undefined;
    const slot = second === undefined ? 0 : second + 1;
    if (decided) {
      memo = rowOf(rowOf(this.pinyinMemo, length), first);
      const known = memo[slot];
      if (known !== undefined) return known;
    }
    const keys = this.keys;
    keys.length = 0;
    collectPinyinKeys(this.readings.sets, ids, offset, '', length, keys);
    const keyIds = new Int32Array(keys.length);
    for (let k = 0; k < keys.length; k++) keyIds[k] = lists.idOf(keys[k] as string);
    if (memo !== undefined) memo[slot] = keyIds;
    return keyIds;
  }

  /** headInitials ids of every first letter of `here` followed by one of `after` (none if no `after`). */
  private initialPairs(here: number, after: number | undefined): Int32Array {
    if (after === undefined) return NO_KEYS;
    const row = rowOf(this.initialsMemo, here);
    let pairs = row[after];
    if (pairs === undefined) {
      const { initials } = this.readings;
      const keys: number[] = [];
      for (const first of initials[here] ?? '')
        for (const second of initials[after] ?? '') keys.push(this.headInitials.idOf(first + second));
      pairs = new Int32Array(keys);
      row[after] = pairs;
    }
    return pairs;
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
      if (!isHan(word)) words.add(word, id);
    }
    if (normal.hasHan) this.addHan(id, normal.compact, base, head);
    else if (head) this.headFirstLetter.add(normal.compact[0] ?? '', id);
  }

  private addHan(id: number, compact: string, base: number, head: boolean): void {
    const grams = head ? this.headGrams : this.bodyGrams;
    const chars = this.chars;
    let previous = -1;
    let previousHan = false;
    // By code unit index, not `for…of`: no string per character (issue 11, build time).
    for (let i = 0; i < compact.length; ) {
      const code = compact.codePointAt(i) ?? 0;
      i += code > 0xffff ? 2 : 1;
      const han = isHanCode(code);
      const char = chars.idOf(code);
      if (han && head) grams.add(charKey(char), id);
      if (previous >= 0 && (han || previousHan)) grams.add(bigramKey(previous, char), id);
      previous = char;
      previousHan = han;
    }
    const ids = this.readings.readingsOf(compact);
    for (let i = 0; i < ids.length; i++) this.readingIds[base + i] = ids[i] ?? -1;
    const { initials } = this.readings;
    for (let offset = 0; offset < ids.length; offset++) {
      if (!head) {
        const keys = this.pinyinKeys(this.bodyPinyin, ids, offset, BODY_PINYIN_KEY);
        for (let k = 0; k < keys.length; k++) this.bodyPinyin.addId(keys[k] as number, id, offset);
        continue;
      }
      for (const key of this.pinyinKeys(this.headPinyinShort, ids, offset, HEAD_PINYIN_SHORT))
        this.headPinyinShort.addId(key, id, offset);
      for (const key of this.pinyinKeys(this.headPinyinLong, ids, offset, HEAD_PINYIN_LONG))
        this.headPinyinLong.addId(key, id, offset);
      const here = ids[offset] as number;
      if (offset === 0) for (const first of initials[here] ?? '') this.headFirstLetter.add(first, id);
      const pairs = this.initialPairs(here, ids[offset + 1]);
      for (let k = 0; k < pairs.length; k++) this.headInitials.addId(pairs[k] as number, id, offset);
    }
  }

  build(objections: readonly Objection[]): ObjectionIndex {
    const vocabulary = [...new Set([...this.headWords.keys(), ...this.bodyWords.keys()])].sort();
    const trigrams = new NumberPostingBuilder(1, true);
    const deletions = new NumberPostingBuilder(1, true);
    vocabulary.forEach((word, v) => {
      for (let i = 0; i + 3 <= word.length; i++) trigrams.add(wordHash(word, i, i + 3), v);
      if (word.length < MIN_FUZZY - 1) return;
      for (let i = 0; i < word.length; i++) deletions.add(wordHash(word, 0, word.length, i), v);
    });
    return {
      objections,
      texts: this.texts,
      starts: this.starts.slice(0, this.units),
      readingIds: this.readingIds.slice(0, this.units),
      readings: this.readings,
      hanGrams: { head: this.headGrams.build(), body: this.bodyGrams.build() },
      chars: this.chars,
      words: { head: this.headWords.build(), body: this.bodyWords.build() },
      bodyTexts: new Set(this.texts.filter((t) => t.field >= HEAD_FIELDS).map((t) => t.compact)),
      vocabulary,
      vocabularyTrigrams: trigrams.build(),
      vocabularyDeletions: deletions.build(),
      headPinyinShort: this.headPinyinShort.build(),
      headPinyinLong: this.headPinyinLong.build(),
      bodyPinyin: this.bodyPinyin.build(),
      headInitials: this.headInitials.build(),
      headFirstLetter: this.headFirstLetter.build(),
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
