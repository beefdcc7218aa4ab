/**
 * One-typo tolerance for English words: a Damerau–Levenshtein distance of at most 1 (one letter
 * substituted, inserted, deleted, or two neighbours swapped). Checked in linear time with an early
 * exit at the first difference, because the search runs it over the whole vocabulary per keystroke.
 */

function sameFrom(a: string, ai: number, b: string, bi: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    if (a.charCodeAt(ai + k) !== b.charCodeAt(bi + k)) return false;
  }
  return true;
}

/** True when `a` and `b` differ by at most one edit (Damerau: a swap of neighbours is one edit). */
export function withinOneEdit(a: string, b: string): boolean {
  const diff = a.length - b.length;
  if (diff > 1 || diff < -1) return false;
  let i = 0;
  const shorter = Math.min(a.length, b.length);
  while (i < shorter && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === shorter) return true;
  if (diff === 0) {
    const rest = a.length - i - 1;
    if (sameFrom(a, i + 1, b, i + 1, rest)) return true;
    return (
      i + 1 < a.length &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      sameFrom(a, i + 2, b, i + 2, a.length - i - 2)
    );
  }
  // One is longer by one: skip one letter in the longer one.
  return diff > 0 ? sameFrom(a, i + 1, b, i, b.length - i) : sameFrom(a, i, b, i + 1, a.length - i);
}

/**
 * True when the typed `query` is within one edit of some beginning of `word`: the agent is still
 * typing a word and has made one typo so far ("moen" → "money", "mny" is too short to ask).
 */
export function prefixWithinOneEdit(query: string, word: string): boolean {
  const n = query.length;
  if (word.length + 1 < n) return false;
  let i = 0;
  while (i < n && i < word.length && query.charCodeAt(i) === word.charCodeAt(i)) i++;
  if (i === n) return true;
  // Substitution at i.
  if (i < word.length && n - i - 1 <= word.length - i - 1 && sameFrom(query, i + 1, word, i + 1, n - i - 1)) {
    return true;
  }
  // Swap of i and i + 1.
  if (
    i + 1 < n &&
    i + 1 < word.length &&
    query.charCodeAt(i) === word.charCodeAt(i + 1) &&
    query.charCodeAt(i + 1) === word.charCodeAt(i) &&
    n - i - 2 <= word.length - i - 2 &&
    sameFrom(query, i + 2, word, i + 2, n - i - 2)
  ) {
    return true;
  }
  // An extra letter typed in the query at i.
  if (n - i - 1 <= word.length - i && sameFrom(query, i + 1, word, i, n - i - 1)) return true;
  // A letter of the word left out of the query at i.
  return i + 1 <= word.length && n - i <= word.length - i - 1 && sameFrom(query, i, word, i + 1, n - i);
}
