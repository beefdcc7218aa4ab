/**
 * Whether the query is a whole say/do line (then a line can match it exactly, search.ts). Asked of
 * the posting lists the index has anyway, not of a Set of every line: that Set hashed each of
 * 30,000 say/do lines at 5,000 objections, a fortieth of a cold build (issue 11, build ≤ 500 ms).
 * A line equal to the query holds its first word, or its rarest bigram when it is Chinese, so
 * only those lines are compared.
 */
import { rarestGram } from './han-match';
import type { IndexedText, ObjectionIndex } from './objection-index';
import type { QueryText } from './query-text';

export function isBodyLine(index: ObjectionIndex, query: QueryText): boolean {
  const q = query.compact;
  const candidates = query.hasHan
    ? rarestGram(index.hanGrams.body, index.chars, Array.from(q))
    : index.words.body.get(query.words[0] ?? '');
  if (candidates === null || candidates === undefined) return false;
  for (let i = 0; i < candidates.length; i++) {
    const text = index.texts[candidates[i] as number] as IndexedText;
    if (text.compact.length === q.length && text.compact === q) return true;
  }
  return false;
}
