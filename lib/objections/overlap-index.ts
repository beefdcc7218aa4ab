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
import { unitCodePoint } from './normal-buffer';
import { isHanCode } from './normalize';
import type { IndexedText } from './objection-index';
import { OverlapTypos } from './overlap-typos';
import {
  documentFrequencies,
  entryTotals,
  HAN_TERM,
  SYLLABLE_TERM,
  termWeights,
  WORD_TERM,
} from './overlap-weights';
import { PairTable } from './pair-table';
import { type PostingLists, StringPostingBuilder } from './postings';
import { KIN, reduceHanInto, reduceWord } from './spoken';
import type { Steps } from './steps';
import { StringTable } from './string-table';
import { StopTerms, TermWeights } from './term-weights';
import { grown } from './typed-growth';

/** Titles and triggers added between two steps of the build. */
const HEAD_PER_STEP = 1_000;

const KIN_CODE = KIN.charCodeAt(0);

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
  /** Term → its weight (has, get, keys, entries: a Map's reading side, term-weights.ts). */
  readonly weight: TermWeights;
  /**
   * Per entry: the summed weight of its characters, bigrams and words (what a Chinese query is
   * measured against), and of its pinyin syllables and words (what a Latin query is).
   */
  readonly totals: Float64Array;
  readonly spokenTotals: Float64Array;
  /** English words of titles and triggers, sorted, and their one-deletion variants. */
  readonly words: readonly string[];
  readonly deletions: OverlapTypos;
  /** Terms too common to count (left out of `weight`, but not unknown). */
  readonly stop: StopTerms;
  /** What a query term no title or trigger holds weighs (per unit of its factor). */
  readonly unknownWeight: number;
  /** Every pinyin syllable of the titles and triggers, to cut typed pinyin into syllables. */
  readonly syllables: ReadonlySet<string>;
  /** Reused per keystroke (single-threaded): per entry, trigger-side and query-side matched weight. */
  readonly scratchText: Float64Array;
  readonly scratchQuery: Float64Array;
  readonly scratchAnchored: Uint8Array;
}

/** Term ids of one character: itself, then per reading its syllable (as "~a"). */
interface CharTerms {
  self: number;
  syllables: Int32Array;
  readings: number;
  /** The character and its syllables' keys ("~a"), which its pairs' keys are made of. */
  char: string;
  keys: string[];
}

class OverlapBuilder {
  private readonly lists: StringPostingBuilder;
  /** Per term id (`terms` of them): its weight factor and what it is (typed: 50,000 terms). */
  private factor = new Float64Array(1 << 12);
  private kind = new Uint8Array(1 << 12);
  private terms = 0;
  /** The two syllable keys of a pair of readings, looked up without joining them (most are known). */
  private readonly pairParts = ['', ''];
  private readonly chars = new CharIds();
  private readonly charTerms: CharTerms[] = [];
  /**
   * (first character id, second id) → where the pair's term ids start in `pairPool` (the bigram's,
   * then its syllable pairs "~a~b"): 30,000 distinct pairs at 5,000 objections, kept flat rather
   * than as an array each (issue 11, build time and its garbage).
   */
  private readonly pairs: PairTable;
  private pairPool = new Int32Array(1 << 12);
  private pairUsed = 0;
  /**
   * Where each entry's distinct terms end among the postings of `lists` (in the order first seen:
   * the key ids of its postings are the entries' terms, read there rather than copied, issue 11).
   */
  readonly entryEnds: number[] = [];
  readonly entryText: number[] = [];
  readonly vocabulary = new Set<string>();
  /** Each Han run is reduced into `reduced` (no string per character). */
  private reduced = new Uint16Array(256);
  /** Per character of the reduced run: its id. */
  private runIds = new Int32Array(256);
  /** Per character of the run: its pair's place in `pairPool` (looked up once, used twice). */
  private runPairs = new Int32Array(256);
  /** English words as written (a slice of the part) → their term id, -1 for filler. */
  private readonly wordIds = new StringTable();
  private readonly wordTerms: number[] = [];

  /** `units`: code units of the titles and triggers, about two term postings each (sized once, issue 11). */
  constructor(
    private readonly readingsOf: ReadingsOf,
    units: number,
  ) {
    this.lists = new StringPostingBuilder(1, true, 2 * units);
    // About one distinct pair per 14 units of titles and triggers at 5,000 objections.
    this.pairs = new PairTable(units >> 4);
  }

  private term(key: string, factor: number, kind: number): number {
    return this.known(this.lists.idOf(key), factor, kind);
  }

  /** `id`, with its factor and kind when it is a new term. */
  private known(id: number, factor: number, kind: number): number {
    if (id === this.terms) {
      if (id === this.factor.length) {
        this.factor = grown(this.factor);
        this.kind = grown(this.kind);
      }
      this.factor[id] = factor;
      this.kind[id] = kind;
      this.terms++;
    }
    return id;
  }

  private readingsOfChar(char: string): readonly string[] {
    return (this.readingsOf(char) ?? [char]).slice(0, MAX_READINGS);
  }

  private charTermsOf(code: number, id: number): CharTerms {
    let terms = this.charTerms[id];
    if (terms === undefined) {
      const char = String.fromCodePoint(code);
      const readings = this.readingsOfChar(char);
      const keys = readings.map((r) => SYLLABLE + r);
      terms = {
        self: this.term(char, UNIGRAM, HAN_TERM),
        syllables: Int32Array.from(keys, (key) => this.term(key, UNIGRAM, SYLLABLE_TERM)),
        readings: readings.length,
        char,
        keys,
      };
      this.charTerms[id] = terms;
    }
    return terms;
  }

  /**
   * Where the pair's term ids start in `pairPool`: the bigram's, then per reading pair its
   * syllable pair's ("~a~b"), from the characters' terms (both are known: charTermsOf runs
   * first), no string made for a syllable pair already known (issue 11, build garbage).
   */
  private pairTermsAt(firstId: number, secondId: number): number {
    const known = this.pairs.get(firstId, secondId);
    if (known >= 0) return known;
    const a = this.charTerms[firstId] as CharTerms;
    const b = this.charTerms[secondId] as CharTerms;
    const at = this.pairUsed;
    if (at + 1 + a.readings * b.readings > this.pairPool.length)
      this.pairPool = grown(this.pairPool, at + 1 + a.readings * b.readings);
    const pool = this.pairPool;
    pool[at] = this.term(a.char + b.char, BIGRAM, HAN_TERM);
    let k = at + 1;
    const parts = this.pairParts;
    for (const x of a.keys) {
      for (const y of b.keys) {
        parts[0] = x;
        parts[1] = y;
        pool[k++] = this.known(this.lists.idOfJoined(parts, 2, x.length + y.length), BIGRAM, SYLLABLE_TERM);
      }
    }
    this.pairUsed = k;
    this.pairs.set(firstId, secondId, at);
    return at;
  }

  private addTerm(id: number, entry: number): void {
    this.lists.addNew(id, entry);
  }

  /** Room for a run of `length` code units in the per-run buffers. */
  private reserveRun(length: number): void {
    if (this.reduced.length >= length) return;
    this.reduced = new Uint16Array(length * 2);
    this.runIds = new Int32Array(length * 2);
    this.runPairs = new Int32Array(length * 2);
  }

  /** The terms of the Han run text[from, to), in the order termsOf (overlap.ts) gives them. */
  private addHan(text: string, from: number, to: number, entry: number): void {
    this.reserveRun(to - from);
    const units = this.reduced;
    const length = reduceHanInto(text, from, to, units);
    const ids = this.runIds;
    // Code points of the reduced run, as Array.from gives them (a lone surrogate stands alone).
    let count = 0;
    for (let i = 0; i < length; count++) {
      const code = unitCodePoint(units, i, length);
      i += code > 0xffff ? 2 : 1;
      ids[count] = this.chars.idOf(code);
      // Every character's terms before any pair's: term ids in the order the build always gave.
      this.charTermsOf(code, ids[count] as number);
    }
    const pairs = this.runPairs;
    for (let i = 0; i < count; i++) {
      this.addTerm((this.charTerms[ids[i] as number] as CharTerms).self, entry);
      if (i + 1 < count) {
        const pair = this.pairTermsAt(ids[i] as number, ids[i + 1] as number);
        pairs[i] = pair;
        this.addTerm(this.pairPool[pair] as number, entry);
      }
    }
    for (let i = 0; i < count; i++) {
      const here = this.charTerms[ids[i] as number] as CharTerms;
      const last = i + 1 >= count;
      const pair = last ? -1 : (pairs[i] as number);
      const next = last ? 0 : (this.charTerms[ids[i + 1] as number] as CharTerms).readings;
      for (let a = 0; a < here.readings; a++) {
        this.addTerm(here.syllables[a] as number, entry);
        for (let b = 0; b < next; b++) this.addTerm(this.pairPool[pair + 1 + a * next + b] as number, entry);
      }
    }
  }

  /** The term id of an English word (compact[from, to)), -1 for filler; worked out once per word. */
  private wordTerm(compact: string, from: number, to: number): number {
    const w = this.wordIds.idOfSlice(compact, from, to);
    let term = this.wordTerms[w];
    if (term === undefined) {
      const reduced = reduceWord(this.wordIds.keyAt(w));
      term = -1;
      if (reduced !== '') {
        if (reduced !== KIN && !/^\d+$/.test(reduced)) this.vocabulary.add(reduced);
        term = this.term(` ${reduced}`, WORD, WORD_TERM);
      }
      this.wordTerms[w] = term;
    }
    return term;
  }

  /**
   * One alternative of a title or trigger: compact[from, to), whose words start where `starts`
   * (at base + offset) has a 1, as the index build normalised the whole text (issue 11: each
   * trigger was normalised a second time here, part by part).
   */
  addPiece(compact: string, starts: Uint8Array, base: number, from: number, to: number, text: number): void {
    const entry = this.entryText.length;
    const begin = this.lists.added;
    for (let at = from; at < to; ) {
      let end = at + 1;
      while (end < to && starts[base + end] !== 1) end++;
      // As isHan(word[0]) did: by the first code unit (an astral character's is a surrogate).
      const first = compact.charCodeAt(at);
      if (isHanCode(first) || first === KIN_CODE) this.addHan(compact, at, end, entry);
      else {
        const term = this.wordTerm(compact, at, end);
        if (term >= 0) this.addTerm(term, entry);
      }
      at = end;
    }
    if (this.lists.added === begin) return;
    this.entryText.push(text);
    this.entryEnds.push(this.lists.added);
  }

  build(headCount: number, allReadings: Iterable<string>, words: WordDeletions): OverlapIndex {
    const stopDf = Math.max(MIN_STOP_DF, STOP_SHARE * headCount);
    // Each loop in a function of its own (overlap-weights.ts): V8 recompiled this whole method
    // around each loop in turn (issue 11, a cold build).
    const entryTerms = this.lists.addedKeyIds();
    const df = documentFrequencies(entryTerms, this.terms);
    const weights = new Float64Array(df.length);
    const stopped = new Uint8Array(df.length);
    const stopCount = termWeights(df, this.factor, headCount, stopDf, weights, stopped);
    const entries = this.entryText.length;
    const totals = new Float64Array(entries);
    const spokenTotals = new Float64Array(entries);
    entryTotals(entryTerms, this.entryEnds, weights, this.kind, totals, spokenTotals);
    const syllables = new Set<string>();
    for (const reading of allReadings) if (SYLLABLE_SHAPE.test(reading)) syllables.add(reading);
    const weight = new TermWeights(this.lists.keyIds, stopped, df.length - stopCount, weights);
    const stop = new StopTerms(this.lists.keyIds, stopped, stopCount);
    const isTerm = (term: string) => weight.has(term) || stop.has(term);
    return {
      postings: this.lists.build((id) => (df[id] as number) > stopDf),
      weight,
      totals,
      spokenTotals,
      words: [...this.vocabulary].sort(), // default order: by code unit (see objection-index.ts)
      deletions: new OverlapTypos(words.vocabulary, words.deletions, isTerm),
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

/** The normalised titles and triggers of the index build (objection-index.ts), as it made them. */
export interface OverlapTexts {
  /** Per text id: a title or trigger, or null for a say/do line. */
  readonly texts: readonly (IndexedText | null)[];
  /** 1 where a word starts, per code unit of every text (at text.base + offset). */
  readonly starts: Uint8Array;
  /** (text id, offset), ascending: where a piece of it as splitParts cuts it starts, after the first. */
  readonly splits: readonly number[];
  /** Code units of the titles and triggers (for the buffers' size). */
  readonly units: number;
}

/** The index's words and their one-deletion lists (objection-index.ts), read for typos (overlap-typos.ts). */
export interface WordDeletions {
  readonly vocabulary: readonly string[];
  readonly deletions: PostingLists<number>;
}

/**
 * Only titles and triggers take part (say/do lines are long and answer, they are not what is said),
 * each alternative as its own entry. `allReadings`: every reading in the pack (say/do lines
 * included), so typed pinyin with a particle or a word no trigger has can be cut into syllables.
 * A step per HEAD_PER_STEP titles and triggers (objection-index.ts runs the steps).
 */
export function* overlapIndexSteps(
  head: OverlapTexts,
  readingsOf: ReadingsOf,
  allReadings: Iterable<string>,
  words: WordDeletions,
): Steps<OverlapIndex> {
  const builder = new OverlapBuilder(readingsOf, head.units);
  const { texts, starts, splits } = head;
  let headCount = 0;
  let next = 0;
  for (let id = 0; id < texts.length; id++) {
    const text = texts[id];
    if (text === null || text === undefined) continue;
    headCount++;
    let from = 0;
    for (; next < splits.length && splits[next] === id; next += 2) {
      const to = splits[next + 1] as number;
      builder.addPiece(text.compact, starts, text.base, from, to, id);
      from = to;
    }
    builder.addPiece(text.compact, starts, text.base, from, text.compact.length, id);
    if (headCount % HEAD_PER_STEP === 0) yield;
  }
  yield;
  return builder.build(headCount, allReadings, words);
}
