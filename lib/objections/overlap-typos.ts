/**
 * The overlap's one-typo candidates (overlap.ts typoWords, "cnt" → "cant"), read from the word
 * channel's deletion lists (objection-index.ts `vocabularyDeletions`, as in SymSpell) instead of
 * lists of their own. Issue 11, round build9: the overlap index built a second deletion table over
 * the English words of titles and triggers (52,856 deletions at 5,000 objections), all of which
 * the vocabulary's lists already hold, as every such word is in the vocabulary and both list words
 * of 3 letters or more (MIN_FUZZY - 1 = MIN_TYPO_LENGTH, a unit test holds it). A candidate here
 * is one of those words: an overlap term (stop terms included), not digits, as the overlap's own
 * word list was (overlap-index.ts).
 */
import type { PostingLists } from './postings';
import { wordHash } from './word-hash';

/** `word` with one code unit left out spells `key`. */
export function deletesTo(word: string, key: string): boolean {
  if (word.length !== key.length + 1) return false;
  let i = 0;
  while (i < key.length && word.charCodeAt(i) === key.charCodeAt(i)) i++;
  for (; i < key.length; i++) if (word.charCodeAt(i + 1) !== key.charCodeAt(i)) return false;
  return true;
}

const DIGITS = /^\d+$/;

export class OverlapTypos {
  constructor(
    /** Every word of the pack, sorted (objection-index.ts `vocabulary`). */
    private readonly vocabulary: readonly string[],
    /** Hash of a word with one letter left out → vocabulary positions, ascending. */
    private readonly deletions: PostingLists<number>,
    /** Whether a word's term (" word") is one of the overlap's. */
    private readonly isTerm: (term: string) => boolean,
  ) {}

  /** The words (sorted) of titles and triggers that `key` is a one-letter deletion of. */
  get(key: string): readonly string[] | undefined {
    const list = this.deletions.get(wordHash(key));
    if (list === undefined) return undefined;
    const out: string[] = [];
    for (let i = 0; i < list.length; i++) {
      const word = this.vocabulary[list[i] as number] as string;
      // The hash names a bucket: a word whose deletion only collides with `key` is left out.
      if (deletesTo(word, key) && !DIGITS.test(word) && this.isTerm(` ${word}`)) out.push(word);
    }
    return out.length > 0 ? out : undefined;
  }
}
