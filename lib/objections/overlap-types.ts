/**
 * What the overlap index holds (built by overlap-index.ts, read per keystroke by overlap.ts): its
 * own module so that the builder stays under 400 lines.
 */
import type { PostingLists } from './postings';
import type { StopTerms, TermWeights } from './term-weights';
import type { TypoDeletions } from './typo-deletions';

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
  readonly deletions: TypoDeletions;
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
