/**
 * The index behind the overlap of what the customer said with each title and trigger (issue 11
 * §1; the query side is overlap.ts): for every title and trigger alternative, its Chinese
 * characters and character bigrams, their pinyin syllables and syllable bigrams, and its English
 * words, after particles, filler and relatives are reduced (spoken.ts). Each term weighs by its
 * rarity among titles and triggers (idf), so 我 or "i" count for little.
 *
 * Built per distinct character and character pair, not per occurrence: 5,000 generated objections
 * have 450,000 characters of titles and triggers but 30,000 distinct pairs, and building a key
 * string per occurrence was a third of the index build (issue 11, build ≤ 500 ms).
 */
import { CharIds } from './gram-keys';
import { isHan, normalizeText, splitParts, wordsOf } from './normalize';
import { type PostingLists, StringPostingBuilder } from './postings';
import { KIN, reduceHan, reduceWord } from './spoken';

export const UNIGRAM = 0.5;
export const BIGRAM = 1;
export const WORD = 1;
/** Terms in more texts than this are too common to tell objections apart (and cost the most). */
const MIN_STOP_DF = 64;
const STOP_SHARE = 0.05;
export const MIN_TYPO_LENGTH = 3;
/**
 * A query term that no title or trigger holds still counts against the query's coverage (没空 must
 * not match every trigger with 没 in it), at a fifth of the weight of the rarest term: it may be a word
 * of the objection the pack lacks, or just talk.
 */
const UNKNOWN_SHARE = 0.2;
/** Polyphones: this many readings of a character take part (还 huan/hai), the rest are rare. */
export const MAX_READINGS = 2;
/** Starts a syllable in a term key ("~mei~qian"); English word keys start with a space. */
export const SYLLABLE = '~';
/** A pinyin syllable (a, e, o, n, m alone; otherwise two letters or more). */
const SYLLABLE_SHAPE = /^(?:[aeonm]|[a-z]{2,6})$/;

/** Readings of a Han character (pinyin, toneless), or undefined when unknown. */
export type ReadingsOf = (char: string) => readonly string[] | undefined;

export interface OverlapIndex {
  /**
   * Term → entries holding it, ascending. An entry is one alternative of a title or trigger
   * (没钱/手头紧 is two), so a query holding one alternative holds a whole entry.
   */
  readonly postings: PostingLists<string>;
  /** Entry → its text id in ObjectionIndex.texts. */
  readonly entryText: Int32Array;
  readonly weight: ReadonlyMap<string, number>;
  /**
   * Per entry: the summed weight of its characters, bigrams and words (what a Chinese query is
   * measured against), and of its pinyin syllables and words (what a Latin query is).
   */
  readonly totals: Float64Array;
  readonly spokenTotals: Float64Array;
  /** English words of titles and triggers, sorted, and their one-deletion variants. */
  readonly words: readonly string[];
  readonly deletions: ReadonlyMap<string, readonly string[]>;
  /** Terms too common to count (left out of `weight`, but not unknown). */
  readonly stop: ReadonlySet<string>;
  /** What a query term no title or trigger holds weighs (per unit of its factor). */
  readonly unknownWeight: number;
  /** Every pinyin syllable of the titles and triggers, to cut typed pinyin into syllables. */
  readonly syllables: ReadonlySet<string>;
  /** Reused per keystroke (single-threaded): per entry, trigger-side and query-side matched weight. */
  readonly scratchText: Float64Array;
  readonly scratchQuery: Float64Array;
  readonly scratchAnchored: Uint8Array;
}

/** What a term is, for the two totals. */
const HAN_TERM = 0;
const SYLLABLE_TERM = 1;
const WORD_TERM = 2;

/** Term ids of one character: itself, then per reading its syllable (as "~a"). */
interface CharTerms {
  self: number;
  syllables: Int32Array;
  readings: number;
}

class OverlapBuilder {
  private readonly lists = new StringPostingBuilder(1, true);
  private readonly factor: number[] = [];
  private readonly kind: number[] = [];
  private readonly chars = new CharIds();
  private readonly charTerms: CharTerms[] = [];
  /** Per first character id, per second: the bigram's term id, then its syllable pairs ("~a~b"). */
  private readonly pairTerms: Int32Array[][] = [];
  /** Per entry, the ids of its distinct terms in the order first seen (flat; `entryEnds` cuts it). */
  private entryTerms = new Int32Array(1 << 16);
  private termCount = 0;
  readonly entryEnds: number[] = [];
  readonly entryText: number[] = [];
  readonly vocabulary = new Set<string>();

  constructor(private readonly readingsOf: ReadingsOf) {}

  private term(key: string, factor: number, kind: number): number {
    const id = this.lists.idOf(key);
    if (id === this.factor.length) {
      this.factor.push(factor);
      this.kind.push(kind);
    }
    return id;
  }

  private readingsOfChar(char: string): readonly string[] {
    return (this.readingsOf(char) ?? [char]).slice(0, MAX_READINGS);
  }

  private charTermsOf(char: string, id: number): CharTerms {
    let terms = this.charTerms[id];
    if (terms === undefined) {
      const readings = this.readingsOfChar(char);
      terms = {
        self: this.term(char, UNIGRAM, HAN_TERM),
        syllables: Int32Array.from(readings, (r) => this.term(SYLLABLE + r, UNIGRAM, SYLLABLE_TERM)),
        readings: readings.length,
      };
      this.charTerms[id] = terms;
    }
    return terms;
  }

  private pairTermsOf(first: string, firstId: number, second: string, secondId: number): Int32Array {
    let row = this.pairTerms[firstId];
    if (row === undefined) {
      row = [];
      this.pairTerms[firstId] = row;
    }
    let terms = row[secondId];
    if (terms === undefined) {
      const ids = [this.term(first + second, BIGRAM, HAN_TERM)];
      for (const a of this.readingsOfChar(first))
        for (const b of this.readingsOfChar(second))
          ids.push(this.term(SYLLABLE + a + SYLLABLE + b, BIGRAM, SYLLABLE_TERM));
      terms = Int32Array.from(ids);
      row[secondId] = terms;
    }
    return terms;
  }

  private addTerm(id: number, entry: number): void {
    if (!this.lists.addNew(id, entry)) return;
    if (this.termCount === this.entryTerms.length) {
      const grown = new Int32Array(this.entryTerms.length * 2);
      grown.set(this.entryTerms);
      this.entryTerms = grown;
    }
    this.entryTerms[this.termCount++] = id;
  }

  /** The terms of a run of Han characters, in the order termsOf (overlap.ts) gives them. */
  private addHan(run: string, entry: number): void {
    const chars = Array.from(reduceHan(run));
    const ids = chars.map((c) => this.chars.idOf(c.codePointAt(0) ?? 0));
    const terms = chars.map((c, i) => this.charTermsOf(c, ids[i] as number));
    const pairs: Int32Array[] = [];
    for (let i = 0; i + 1 < chars.length; i++)
      pairs.push(
        this.pairTermsOf(chars[i] as string, ids[i] as number, chars[i + 1] as string, ids[i + 1] as number),
      );
    for (let i = 0; i < chars.length; i++) {
      this.addTerm((terms[i] as CharTerms).self, entry);
      const pair = pairs[i];
      if (pair !== undefined) this.addTerm(pair[0] as number, entry);
    }
    for (let i = 0; i < chars.length; i++) {
      const here = terms[i] as CharTerms;
      const pair = pairs[i];
      const next = terms[i + 1]?.readings ?? 0;
      for (let a = 0; a < here.readings; a++) {
        this.addTerm(here.syllables[a] as number, entry);
        if (pair === undefined) continue;
        for (let b = 0; b < next; b++) this.addTerm(pair[1 + a * next + b] as number, entry);
      }
    }
  }

  addPart(part: string, text: number): void {
    const entry = this.entryText.length;
    const start = this.termCount;
    for (const word of wordsOf(normalizeText(part))) {
      const first = word[0] as string;
      if (isHan(first) || first === KIN) {
        this.addHan(word, entry);
        continue;
      }
      const reduced = reduceWord(word);
      if (reduced === '') continue;
      if (reduced !== KIN && !/^\d+$/.test(reduced)) this.vocabulary.add(reduced);
      this.addTerm(this.term(` ${reduced}`, WORD, WORD_TERM), entry);
    }
    if (this.termCount === start) return;
    this.entryText.push(text);
    this.entryEnds.push(this.termCount);
  }

  build(headCount: number, allReadings: Iterable<string>): OverlapIndex {
    const stopDf = Math.max(MIN_STOP_DF, STOP_SHARE * headCount);
    const df = new Int32Array(this.factor.length);
    for (let i = 0; i < this.termCount; i++) {
      const id = this.entryTerms[i] as number;
      df[id] = (df[id] as number) + 1;
    }
    const weights = new Float64Array(df.length);
    const weight = new Map<string, number>();
    const stop = new Set<string>();
    for (const key of this.lists.keys()) {
      const id = this.lists.idOf(key);
      const count = df[id] as number;
      if (count > stopDf) {
        stop.add(key);
        continue;
      }
      weights[id] = (this.factor[id] as number) * Math.log(1 + headCount / count);
      weight.set(key, weights[id] as number);
    }
    const entries = this.entryText.length;
    const totals = new Float64Array(entries);
    const spokenTotals = new Float64Array(entries);
    let at = 0;
    for (let entry = 0; entry < entries; entry++) {
      const end = this.entryEnds[entry] as number;
      for (; at < end; at++) {
        const id = this.entryTerms[at] as number;
        const w = weights[id] as number;
        const kind = this.kind[id] as number;
        if (kind !== SYLLABLE_TERM) totals[entry] = (totals[entry] as number) + w;
        if (kind !== HAN_TERM) spokenTotals[entry] = (spokenTotals[entry] as number) + w;
      }
    }
    const syllables = new Set<string>();
    for (const reading of allReadings) if (SYLLABLE_SHAPE.test(reading)) syllables.add(reading);
    const words = [...this.vocabulary].sort();
    return {
      postings: this.lists.build((id) => (df[id] as number) > stopDf),
      weight,
      totals,
      spokenTotals,
      words,
      deletions: deletionsOf(words),
      syllables,
      stop,
      unknownWeight: UNKNOWN_SHARE * Math.log(1 + headCount),
      entryText: Int32Array.from(this.entryText),
      scratchText: new Float64Array(entries),
      scratchQuery: new Float64Array(entries),
      scratchAnchored: new Uint8Array(entries),
    };
  }
}

/** Each word of at least MIN_TYPO_LENGTH letters under each of its one-letter deletions. */
function deletionsOf(words: readonly string[]): Map<string, string[]> {
  const deletions = new Map<string, string[]>();
  for (const word of words) {
    if (word.length < MIN_TYPO_LENGTH) continue;
    for (let i = 0; i < word.length; i++) {
      const deleted = word.slice(0, i) + word.slice(i + 1);
      const list = deletions.get(deleted);
      if (list === undefined) deletions.set(deleted, [word]);
      else if (list[list.length - 1] !== word) list.push(word);
    }
  }
  return deletions;
}

/**
 * `texts[i]` is the source of text id i, or null for a say/do line (only titles and triggers take
 * part: say/do lines are long and answer, they are not what is said). `readingsOf` gives each Han
 * character's readings; `allReadings` every reading seen in the pack (say/do lines included), so
 * typed pinyin with a particle or a word no trigger has can still be cut into syllables.
 */
export function buildOverlapIndex(
  texts: readonly (string | null)[],
  readingsOf: ReadingsOf,
  allReadings: Iterable<string>,
): OverlapIndex {
  const builder = new OverlapBuilder(readingsOf);
  let headCount = 0;
  texts.forEach((source, id) => {
    if (source === null) return;
    headCount++;
    for (const part of splitParts(source)) builder.addPart(part, id);
  });
  return builder.build(headCount, allReadings);
}
