/**
 * A balance that grew, told in numbers only (issue 11, rounds 6–7): "I owed 2000 and now it's
 * 5000", "borrowed two grand, now they want five", 欠5000现在变10000, 本来欠2万现在滚到5万了. The
 * customer says the fees without a fee word: an amount in the past (owed, borrowed, 欠, 本来…), a
 * word of change (now, became, 现在, 变, 滚…) after it, then a larger amount. "I can send 50 now and
 * 80 on friday" has no past amount and says nothing of fees; a year after since/from is when, not
 * how much (old-debt-year.ts). Reads the query's normalised words (normalize.ts: "2,000" is 2 and
 * 000, "$5k" is 5k; Chinese runs are words of their own, 万 starts the run after its number).
 * The amounts, digits and English number words, are read by the one money parser (lib/text/amount.ts).
 */
import { readSpokenAmount } from '../text/amount';
import { conceptIndex } from './concepts-zh';
import { isHan } from './normalize';
import { YEAR_AFTER } from './old-debt-year';

/** Words that put the amount after them in the past: what the debt was. */
const PAST_EN = new Set([
  'owed',
  'borrowed',
  'spent',
  'charged',
  'was',
  'used',
  'took',
  'bought',
  'started',
  'only',
]);
const PAST_ZH = ['欠', '借', '刷', '本来', '原来', '当初', '本金', '才'];
/** How many words before the amount a past word may stand ("I owed like 2000"). */
const PAST_WINDOW = 3;
/** Words of change between the two amounts. */
const CHANGE_EN = new Set([
  'now',
  'became',
  'become',
  'turned',
  'grew',
  'grown',
  'went',
  'gone',
  'jumped',
  'ballooned',
]);
const CHANGE_ZH = ['现在', '变', '成了', '滚', '涨'];
/** How many words the two amounts may lie apart. */
const STORY_WINDOW = 8;
/** The later amount is this much larger at least (a few percent is interest said, not a story). */
const GROWTH = 1.2;

/** The concepts such a story says: charges added on (English groups) and fees (both languages). */
const GROWN = ['fees', 'added-charges'].map((id) => conceptIndex(id)).filter((c) => c >= 0);

export interface Amount {
  at: number;
  value: number;
  /** A multiplier was said (grand, k, 万): a bare amount later in the story means the same unit. */
  unit: number;
}

const says = (word: string | undefined, en: ReadonlySet<string>, zh: readonly string[]) =>
  word !== undefined && (isHan(word[0] as string) ? zh.some((cue) => word.includes(cue)) : en.has(word));

/** The amount said at word `at` (digits, number words, a multiplier after), or null. */
export function amountAt(words: readonly string[], at: number): { amount: Amount; next: number } | null {
  if (YEAR_AFTER.has(words[at - 1] ?? '')) return null;
  const said = readSpokenAmount(words, at);
  return said === null ? null : { amount: { at, value: said.value, unit: said.unit }, next: said.next };
}

/** The concepts (indices into the lexicon) a story of a grown balance says, or none. */
export function grownAmountConcepts(words: readonly string[]): number[] {
  const amounts: Amount[] = [];
  for (let at = 0; at < words.length; ) {
    const found = amountAt(words, at);
    if (found === null) {
      at++;
      continue;
    }
    amounts.push(found.amount);
    at = found.next;
  }
  for (let i = 0; i < amounts.length; i++) {
    const before = amounts[i] as Amount;
    const past = words
      .slice(Math.max(0, before.at - PAST_WINDOW), before.at)
      .some((w) => says(w, PAST_EN, PAST_ZH));
    if (!past) continue;
    for (let j = i + 1; j < amounts.length; j++) {
      const after = amounts[j] as Amount;
      if (after.at - before.at > STORY_WINDOW) break;
      const value =
        after.unit === 1 && before.unit > 1 && after.value < before.unit
          ? after.value * before.unit
          : after.value;
      const changed = words.slice(before.at + 1, after.at).some((w) => says(w, CHANGE_EN, CHANGE_ZH));
      if (changed && value >= before.value * GROWTH) return GROWN;
    }
  }
  return [];
}
