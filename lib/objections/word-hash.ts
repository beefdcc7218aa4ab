/**
 * Small-integer hashes of parts of a word, for the vocabulary's trigram and one-deletion lists
 * (issue 11, index build ≤ 500 ms): 18,000 words at 5,000 objections made 170,000 deletion
 * strings, each built, hashed and stored. A hash names a bucket of candidates; every candidate is
 * still checked against the query word (includes, withinOneEdit), so a collision costs a check,
 * never a wrong match.
 */

/** Below 2^30: V8 keeps it a small integer in a Map. */
const MASK = 0x3fffffff;

/** Hash of word[from, to) with the code unit at `skip` left out (skip outside the range: none). */
export function wordHash(word: string, from = 0, to = word.length, skip = -1): number {
  let hash = 0x9e3779b9 | 0;
  for (let i = from; i < to; i++) {
    if (i === skip) continue;
    hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  }
  return (hash ^ (hash >>> 15)) & MASK;
}
