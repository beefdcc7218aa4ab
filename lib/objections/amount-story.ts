/**
 * A debt told in numbers only (issue 11 round 6: "I owed 2000 and now it's 5000", 欠5000现在变10000):
 * an amount said, then a larger one after a word of now or becoming, is the balance that grew, the
 * fees concept, though no fee word is said. Amounts are read by the one amount grammar
 * (lib/text/amount.ts). Two amounts alone ("paid 200, then 300") say nothing of growth.
 */
import { readAmount } from '../text/amount';
import { LEXICON } from './concepts-zh';
import { isHan, type NormalizedText, wordsOf } from './normalize';

/** The later amount is this much larger at least (a few percent is interest said, not a story). */
const GROWTH = 1.2;
/** Words right before the later amount that say it is what the debt became. */
const NOW_EN = new Set(['now', 'became', 'become', 'turned', 'grown', 'grew', 'up']);
/** How many words before the later amount the word of now may be ("now they say 900"). */
const NOW_WINDOW = 3;
const NOW_ZH = ['现在', '变', '成', '到', '滚'];
const FEES = LEXICON.findIndex((concept) => concept.id === 'fees');

/** Words before a year ("since 2013"): the number is when, not how much (concept-index.ts). */
const YEAR_AFTER = new Set(['since', 'from', 'in', 'around']);

function amountOf(word: string, next: string | undefined, before: string | undefined): number | null {
  if (!/^\d+$/.test(word) || (before !== undefined && YEAR_AFTER.has(before))) return null;
  const amount = readAmount(next?.startsWith('万') ? `${word}万` : word);
  if (amount === null) return null;
  return Number(amount.whole) * (amount.wan ? 10_000 : 1);
}

function saysNow(word: string | undefined): boolean {
  if (word === undefined) return false;
  return isHan(word[0] as string) ? NOW_ZH.some((cue) => word.includes(cue)) : NOW_EN.has(word);
}

/** A word of now or becoming among the few words before `at`, after the first amount (`from`). */
function saidNow(words: readonly string[], from: number, at: number): boolean {
  for (let i = Math.max(from + 1, at - NOW_WINDOW); i < at; i++) if (saysNow(words[i])) return true;
  return false;
}

/** The concepts (indices into the lexicon) a story told in amounts says: the fees one, or none. */
export function amountStoryConcepts(normal: NormalizedText): number[] {
  if (FEES < 0) return [];
  const words = wordsOf(normal);
  let first: number | null = null;
  let firstAt = -1;
  for (let i = 0; i < words.length; i++) {
    const value = amountOf(words[i] as string, words[i + 1], words[i - 1]);
    if (value === null || value === 0) continue;
    if (first !== null && value >= first * GROWTH && saidNow(words, firstAt, i)) return [FEES];
    if (first === null) {
      first = value;
      firstAt = i;
    }
  }
  return [];
}
