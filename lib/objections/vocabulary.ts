/**
 * The index's English vocabulary (objection-index.ts): every distinct word of the pack's texts,
 * sorted, with the trigram and one-deletion posting lists that find a word from inside it or with
 * one typo (as in SymSpell).
 */
import type { StringPostingBuilder } from './postings';
import { SortedPostingBuilder } from './sorted-postings';
import { wordHash } from './word-hash';

/** Words shorter than this are never matched with a typo, so they need no deletion variants. */
export const MIN_FUZZY = 4;

/** Each word once (no Set of 40,000, issue 11), sorted by sort()'s own code-unit order. */
export function vocabularyOf(head: StringPostingBuilder, body: StringPostingBuilder): string[] {
  const vocabulary = [...head.keys()];
  for (let id = 0; id < body.keyIds.size; id++) {
    const word = body.keyAt(id);
    if (head.peek(word) < 0) vocabulary.push(word);
  }
  // Compared in the engine: a third faster than a comparator.
  return vocabulary.sort();
}

/** The vocabulary's letters: a trigram and a deletion per letter at most, sized once (issue 11). */
function lettersOf(vocabulary: readonly string[]): number {
  let letters = 0;
  for (let v = 0; v < vocabulary.length; v++) letters += (vocabulary[v] as string).length;
  return letters;
}

/** Trigram and one-deletion postings of the vocabulary's positions. */
export function wordGrams(vocabulary: readonly string[]): [SortedPostingBuilder, SortedPostingBuilder] {
  const letters = lettersOf(vocabulary);
  const trigrams = new SortedPostingBuilder(true, letters);
  const deletions = new SortedPostingBuilder(true, letters);
  for (let v = 0; v < vocabulary.length; v++) {
    const word = vocabulary[v] as string;
    for (let i = 0; i + 3 <= word.length; i++) trigrams.add(wordHash(word, i, i + 3), v);
    if (word.length < MIN_FUZZY - 1) continue;
    for (let i = 0; i < word.length; i++) deletions.add(wordHash(word, 0, word.length, i), v);
  }
  return [trigrams, deletions];
}
