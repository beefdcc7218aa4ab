/**
 * A query's words, cut once per keystroke (review debt, round 10): the query-side rules (the
 * overlap and the bag, the concept readings, a negation or a weekday after a verb, polarity, a
 * refusal as a condition, who is speaking, crisis words) each cut the normalised query into its
 * words again. The search makes this view once and passes it to every rule; a rule reads
 * `words` (and `wordAt` for the word a span starts) instead of slicing `compact` between `starts`.
 */
import { type NormalizedText, textOfWords, wordsOf } from './normalize';

export interface QueryText extends NormalizedText {
  /** The runs between `starts` (normalize.ts wordsOf): word k starts at `starts[k]`. */
  readonly words: readonly string[];
  /**
   * Readings more than one rule asks of this query, kept with it on the first ask (one query, one
   * reading): they live as long as the keystroke's query, so two panels or two tests never share
   * one (review debt, round 13: a module-level last-query memo).
   */
  readonly once: QueryReadings;
}

export interface QueryReadings {
  /** full-repayment.ts, asked by the concept readings and the overlap's clash test. */
  promisedInFull?: boolean;
}

/** The query as every rule reads it: its words cut once. */
export function queryText(normal: NormalizedText): QueryText {
  return { ...normal, words: wordsOf(normal), once: {} };
}

/** Words already normalised, read again as a query (english-rereading.ts): not cut a second time. */
export function queryTextOfWords(words: readonly string[]): QueryText {
  return { ...textOfWords(words), words: words.filter((word) => word !== ''), once: {} };
}

/** The index of the word that starts at code unit `at`, -1 when no word starts there. */
export function wordAt(query: QueryText, at: number): number {
  return query.starts.indexOf(at);
}
