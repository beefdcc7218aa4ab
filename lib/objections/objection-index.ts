/**
 * The objection index: everything the search needs per keystroke, precomputed once per pack.
 * Each objection contributes texts: its title, each trigger (a synonym of the title), each say and
 * do line. A keystroke never scans the texts: it looks up candidates in posting lists (Han
 * bigrams, English words, pinyin keys) and verifies only those, which keeps p95 under 2 ms at
 * 5,000 objections. Titles and triggers ("head") and say/do lines ("body") have separate lists so
 * a short query, which says little, can skip the long body text.
 */
import type { Objection } from '../pack/schema';
import { type BagTables, buildBagTables } from './concept-index';
import { bigramKey, CharIds, charKey } from './gram-keys';
import { NormalBuffer, unitCodePoint } from './normal-buffer';
import { isHan, isHanCode, partsOf } from './normalize';
import type { OverlapIndex } from './overlap';
import { overlapIndexSteps } from './overlap-index';
import { LONG, PinyinKeys, SHORT } from './pinyin-keys';
import { type PostingLists, StringPostingBuilder } from './postings';
import { ReadingTable } from './readings';
import { SortedPostingBuilder, SortScratch } from './sorted-postings';
import { finished, type Steps } from './steps';
import { type TextSize, textSize } from './text-size';
import { vocabularyOf, wordGrams } from './vocabulary';

export const FIELDS = ['title', 'trigger', 'say', 'do'] as const;
export type MatchField = (typeof FIELDS)[number];
/** Field index below this: title or trigger. */
export const HEAD_FIELDS = 2;

/**
 * Full pinyin is looked up by its first 2 or 3 letters, in titles and triggers only. The 3-letter
 * list is a subset of the 2-letter one, kept for the keystroke: at 5,000 objections a typed "jia"
 * checks 3,961 offsets there against 11,984 (0.2–0.8 ms against 0.7–1.9 ms). Issue 11, round
 * build9: pinyin keys per offset of say/do lines (423,851 postings, the largest pinyin list)
 * decided 11 of 8,176 top-3 lists over every tuning set, 2 first places, both better without
 * them (a typed prefix meeting a line by accident, shout in 授权委托书): no list is made of them.
 */
export const HEAD_PINYIN_SHORT = 2;
export const HEAD_PINYIN_LONG = 3;

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
  /**
   * Reading-set id per code unit of Han texts (at text.base + offset). Say/do lines keep theirs,
   * though no pinyin list is made of them: the reading table then knows their characters (an IME
   * slip's sound, the syllables typed pinyin is cut into, overlap.ts).
   */
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
  /** Two pinyin initials → flat (text id, offset) pairs, titles and triggers only. */
  readonly headInitials: PostingLists<string>;
  /** First letter (of the first word, or the first character's pinyin) → head text ids. */
  readonly headFirstLetter: PostingLists<string>;
  /** Bigram and word overlap of titles and triggers with what the customer said (issue 11). */
  readonly overlap: OverlapIndex;
  /** The bag channel's per-concept objection lists and scratch (bag.ts, concept-index.ts). */
  readonly bag: BagTables;
}

/** Decodes the builder's code units; ignoreBOM: a U+FEFF is kept as any other unit. */
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

class IndexBuilder {
  readonly readings = new ReadingTable();
  readonly chars = new CharIds();
  readonly texts: IndexedText[] = [];
  /** Each text is normalised into this buffer (no strings per character or word, issue 11). */
  private readonly normal = new NormalBuffer();
  private readonly pinyin = new PinyinKeys(this.readings);
  /**
   * Per code unit of every text: 1.9 million units at 5,000 objections, which as plain arrays were
   * pushed one by one and then copied (issue 11, build time).
   */
  private starts: Uint8Array;
  private readingIds: Int32Array;
  /**
   * The normalised texts' code units, one after the other (at text.base): most texts become
   * strings by slicing one string decoded at the end, not one decoding each, which made a fifth
   * of the bytes the build allocated (issue 11, build time). `pending`: text id and length of
   * each text still to be sliced.
   */
  private compactUnits: Uint16Array;
  private readonly pending: number[] = [];
  /** (text id, offset) where a piece of a title or trigger starts as splitParts cuts it (overlap). */
  private readonly splits: number[] = [];
  /** Normalised code units of the titles and triggers. */
  private headUnits = 0;
  private units = 0;

  /**
   * `size`: the texts' length as written (titles, triggers, say/do lines) and how many of those
   * units are Chinese characters, which their normalised form rarely exceeds (folding only
   * removes, except for rare compatibility characters; `reserve` grows past it): sized once, the
   * largest buffers of the build are not copied as they grow (issue 11, build time).
   */
  constructor(size: TextSize) {
    const units = size.head + size.body;
    const room = Math.max(1 << 10, units + 16);
    // Postings are about one per Chinese character (a bigram, a pinyin key per offset, two grams
    // per character of a title) and one per word: sized from those counts, not from every unit,
    // as buffers four times too long were 80 MB a build whose external-memory pressure forced
    // collections (issue 11, build time). A list that outgrows its estimate doubles.
    this.headGrams = new SortedPostingBuilder(true, 2 * size.headHan + (size.headHan >> 3));
    this.bodyGrams = new SortedPostingBuilder(true, size.bodyHan + (size.bodyHan >> 3));
    // A word posting per five Latin units; a polyphone gives an offset more than one pinyin key.
    this.headWords = new StringPostingBuilder(1, true, Math.ceil((size.head - size.headHan) / 5));
    this.bodyWords = new StringPostingBuilder(1, true, Math.ceil((size.body - size.bodyHan) / 5));
    const headKeys = size.headHan + (size.headHan >> 1);
    this.headPinyinShort = new StringPostingBuilder(2, false, headKeys);
    this.headPinyinLong = new StringPostingBuilder(2, false, headKeys);
    this.headInitials = new StringPostingBuilder(2, false, headKeys);
    this.starts = new Uint8Array(room);
    // -1 (no Han) is written by `add` per text without Han, not first everywhere (issue 11).
    this.readingIds = new Int32Array(room);
    this.compactUnits = new Uint16Array(room);
  }

  private reserve(count: number): void {
    if (this.units + count <= this.starts.length) return;
    let size = this.starts.length * 2;
    while (size < this.units + count) size *= 2;
    const starts = new Uint8Array(size);
    starts.set(this.starts);
    const readingIds = new Int32Array(size);
    readingIds.set(this.readingIds);
    const compactUnits = new Uint16Array(size);
    compactUnits.set(this.compactUnits);
    this.compactUnits = compactUnits;
    this.starts = starts;
    this.readingIds = readingIds;
  }
  readonly headGrams: SortedPostingBuilder;
  readonly bodyGrams: SortedPostingBuilder;
  readonly headWords: StringPostingBuilder;
  readonly bodyWords: StringPostingBuilder;
  readonly headPinyinShort: StringPostingBuilder;
  readonly headPinyinLong: StringPostingBuilder;
  readonly headInitials: StringPostingBuilder;
  readonly headFirstLetter = new StringPostingBuilder(1, true);

  add(objection: number, field: number, source: string): void {
    const normal = this.normal;
    normal.normalize(source);
    const length = normal.length;
    if (length === 0) return;
    const id = this.texts.length;
    const head = field < HEAD_FIELDS;
    const base = this.units;
    const withParts = head && normal.partCount > 0;
    // A lone surrogate would not survive the shared decoding (TextDecoder makes it U+FFFD):
    // such a text, and one whose parts are cut now, is made a string by itself.
    const alone = normal.surrogates || withParts;
    const compact = alone ? normal.text() : '';
    this.texts.push({
      objection,
      field,
      source,
      compact,
      parts: withParts ? partsOf(normal, compact) : null,
      base,
      han: normal.hasHan,
    });
    if (head) {
      this.headUnits += length;
      for (let k = 0; k < normal.splitCount; k++) this.splits.push(id, normal.splitStarts[k] as number);
    }
    this.reserve(length);
    this.units += length;
    if (!alone) {
      // A loop, not set(subarray): no view object per text (issue 11, build garbage).
      const { compactUnits } = this;
      const { units } = normal;
      for (let i = 0; i < length; i++) compactUnits[base + i] = units[i] as number;
      this.pending.push(id, length);
    }
    const words = head ? this.headWords : this.bodyWords;
    for (let k = 0; k < normal.startCount; k++) {
      const from = normal.starts[k] as number;
      this.starts[base + from] = 1;
      const to = normal.wordEnd(k);
      // A word is of one script (a start falls where it changes), so its first character tells;
      // with surrogates in the text, ask as normalize.ts's isHan does.
      const han = normal.surrogates ? isHan(compact.slice(from, to)) : normal.startHan[k] === 1;
      if (!han) words.addNew(words.idOfUnits(normal.units, from, to), id);
    }
    if (normal.hasHan) this.addHan(id, compact, base, head);
    else this.readingIds.fill(-1, base, base + length);
    if (!normal.hasHan && head) this.headFirstLetter.add(String.fromCharCode(normal.units[0] as number), id);
  }

  /** `compact`: the text as a string when it has a surrogate, else '' (read from `normal`). */
  private addHan(id: number, compact: string, base: number, head: boolean): void {
    const grams = head ? this.headGrams : this.bodyGrams;
    const chars = this.chars;
    const { units, length } = this.normal;
    let previous = -1;
    let previousHan = false;
    // By code unit index, not `for…of`: no string per character (issue 11, build time).
    for (let i = 0; i < length; ) {
      const code = unitCodePoint(units, i, length);
      i += code > 0xffff ? 2 : 1;
      const han = isHanCode(code);
      const char = chars.idOf(code);
      if (han && head) grams.add(charKey(char), id);
      if (previous >= 0 && (han || previousHan)) grams.add(bigramKey(previous, char), id);
      previous = char;
      previousHan = han;
    }
    const ids = this.readingIds;
    const end = base + length;
    if (this.normal.surrogates) this.readings.writeIds(compact, ids, base);
    else this.readings.writeIdsOfUnits(units, 0, length, ids, base);
    if (!head) return;
    const pinyin = this.pinyin;
    const { initials } = this.readings;
    const short = this.headPinyinShort;
    const long = this.headPinyinLong;
    const pairs = this.headInitials;
    for (let at = base; at < end; at++) {
      const offset = at - base;
      let from = pinyin.keysAt(short, SHORT, ids, at, end, HEAD_PINYIN_SHORT);
      for (let k = from; k < from + pinyin.found; k++) short.addNew(pinyin.pool[k] as number, id, offset);
      from = pinyin.keysAt(long, LONG, ids, at, end, HEAD_PINYIN_LONG);
      for (let k = from; k < from + pinyin.found; k++) long.addNew(pinyin.pool[k] as number, id, offset);
      const here = ids[at] as number;
      if (offset === 0) for (const first of initials[here] ?? '') this.headFirstLetter.add(first, id);
      if (at + 1 >= end) continue;
      from = pinyin.initialPairs(pairs, ids, at, end);
      for (let k = from; k < from + pinyin.found; k++) pairs.addNew(pinyin.pool[k] as number, id, offset);
    }
  }

  /** Gives the texts still without a string theirs: slices of one decoding of the buffer. */
  private sliceTexts(): void {
    const all = UTF16.decode(this.compactUnits.subarray(0, this.units));
    const { pending, texts } = this;
    for (let k = 0; k < pending.length; k += 2) {
      const text = texts[pending[k] as number] as IndexedText;
      text.compact = all.slice(text.base, text.base + (pending[k + 1] as number));
    }
  }

  /**
   * The lists, one step at a time (see objectionIndexSteps): each phase is a loop over the whole
   * pack, so the steps fall between phases and between the overlap index's texts.
   */
  *build(objections: readonly Objection[]): Steps<ObjectionIndex> {
    this.sliceTexts();
    yield;
    // Each loop below in a function of its own, as in the posting builders (postings.ts): V8
    // recompiled this whole method around each loop in turn (issue 11, a cold build).
    const vocabulary = vocabularyOf(this.headWords, this.bodyWords);
    yield;
    const [trigrams, deletions] = wordGrams(vocabulary);
    yield;
    const texts = this.texts;
    const starts = fitted(this.starts, this.units);
    const scratch = SortScratch.for([this.headGrams, this.bodyGrams, trigrams, deletions]);
    const head = this.headGrams.build(scratch);
    yield;
    const hanGrams = { head, body: this.bodyGrams.build(scratch) };
    yield;
    const vocabularyTrigrams = trigrams.build(scratch);
    const vocabularyDeletions = deletions.build(scratch);
    yield;
    const words = { head: this.headWords.build(), body: this.bodyWords.build() };
    yield;
    const headPinyinShort = this.headPinyinShort.build();
    const headPinyinLong = this.headPinyinLong.build();
    const headInitials = this.headInitials.build();
    const headFirstLetter = this.headFirstLetter.build();
    yield;
    const overlap = yield* overlapIndexSteps(
      {
        texts: texts.map((t) => (t.field < HEAD_FIELDS ? t : null)),
        starts,
        splits: this.splits,
        units: this.headUnits,
      },
      (char) => this.readings.knownReadings(char),
      this.readings.sets.flat(),
      { vocabulary, deletions: vocabularyDeletions },
    );
    const { chars } = this;
    return {
      objections,
      texts,
      starts,
      readingIds: fitted(this.readingIds, this.units),
      readings: this.readings,
      hanGrams,
      chars,
      words,
      vocabulary,
      vocabularyTrigrams,
      vocabularyDeletions,
      headPinyinShort,
      headPinyinLong,
      headInitials,
      headFirstLetter,
      overlap,
      bag: buildBagTables({ objections, texts, starts, hanGrams, chars, words, vocabulary }),
    };
  }
}

/** The first `length` items: a view when little is left over, else a copy (no memory held idle). */
function fitted<T extends Uint8Array | Int32Array>(array: T, length: number): T {
  return (length * 4 >= array.length * 3 ? array.subarray(0, length) : array.slice(0, length)) as T;
}

/** Texts added between two steps: a few milliseconds' work on a cold build at 5,000 objections. */
const TEXTS_PER_STEP = 500;

/**
 * The index built a step at a time, each a few milliseconds to a few tens (issue 11): at 5,000
 * objections the whole build holds a thread for about a second, and the panel, which builds when
 * a pack arrives (mid-call too), runs the steps while the browser is idle so that the agent's
 * typing and clicks are never held up by it. Run to the end at once, it is buildObjectionIndex:
 * the same index, whatever the steps are run between.
 *
 * Adding the texts: a loop of its own, not a walk given a callback (text-size.ts has the first
 * walk): V8 compiled the walk around the first callback and threw that code away at the second
 * (issue 11, a cold build).
 */
export function* objectionIndexSteps(objections: readonly Objection[]): Steps<ObjectionIndex> {
  const builder = new IndexBuilder(textSize(objections));
  yield;
  let added = 0;
  for (let o = 0; o < objections.length; o++) {
    const { title, triggers, say, do: lines = [] } = objections[o] as Objection;
    builder.add(o, 0, title);
    for (let i = 0; i < triggers.length; i++) builder.add(o, 1, triggers[i] as string);
    for (let i = 0; i < say.length; i++) builder.add(o, 2, say[i] as string);
    for (let i = 0; i < lines.length; i++) builder.add(o, 3, lines[i] as string);
    added += 1 + triggers.length + say.length + lines.length;
    if (added >= TEXTS_PER_STEP) {
      added = 0;
      yield;
    }
  }
  yield;
  return yield* builder.build(objections);
}

export function buildObjectionIndex(objections: readonly Objection[]): ObjectionIndex {
  return finished(objectionIndexSteps(objections));
}
