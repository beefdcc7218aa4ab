/**
 * An amount offered, told with a number (issue 11 round 8): "what if I send 40 now", "maybe $80 a
 * month", "I've got 250 for you today", "I can put fifty towards it". The pack says "I can only
 * pay part" or "I can do fifty dollars"; a customer names their own figure, in digits the lexicon
 * cannot list. An amount reads as an offer when a verb of giving (in the present) comes shortly
 * before it or a time or rate of paying right after it, and not when a past word (paid, sent,
 * owed…) stands before it: that is a payment made or a balance (already-paid, amount-story.ts). A
 * year after since/from and a count of hours or times or a percentage are not amounts
 * (amountAt, old-debt-year.ts). English only: the Chinese lexicon says 先还五百 (partial) itself.
 */
import { type Amount, amountAt } from './amount-story';
import { conceptIndex } from './concepts-zh';

/** Present verbs of giving: said up to OFFER_WINDOW words before the amount. */
const GIVE = new Set([
  'send',
  'give',
  'put',
  'pay',
  'do',
  'spare',
  'swing',
  'manage',
  'scrape',
  'offer',
  'afford',
  'find',
]);
const OFFER_WINDOW = 4;
/** Right after the amount (a currency word skipped): when or how often it is paid, or its limit. */
const AFTER_ONE = new Set([
  'now',
  'today',
  'tonight',
  'tomorrow',
  'toward',
  'towards',
  'tops',
  'max',
  'upfront',
]);
const AFTER_TWO = new Set([
  'a month',
  'a week',
  'per month',
  'per week',
  'each month',
  'every month',
  'a paycheck',
  'for you',
  'is all',
  'right now',
  'this month',
  'this week',
]);
/** A currency word said after the amount ("50 bucks now"). */
const CURRENCY = new Set(['bucks', 'dollars', 'dollar', 'quid', 'pounds', 'ringgit', 'rm', 'sgd', 'usd']);
/** Before the amount: it is a payment made, a balance or a loss, not an offer. */
const PAST = new Set([
  'paid',
  'sent',
  'mailed',
  'owed',
  'owe',
  'borrowed',
  'spent',
  'charged',
  'lost',
  'took',
  'was',
  'were',
  'had',
  'last',
]);
/** After the amount: a count that is not money. */
const NOT_MONEY = new Set([
  'hours',
  'hour',
  'times',
  'percent',
  'years',
  'year',
  'days',
  'weeks',
  'months',
  'calls',
]);

/** After the amount (or after in/for): a cost of living named ("I pay 1200 in rent"), not an offer. */
const COSTS = new Set([
  'rent',
  'mortgage',
  'daycare',
  'childcare',
  'tuition',
  'insurance',
  'groceries',
  'bills',
  'utilities',
  'child',
]);

/** The concepts an offered amount says: paying part, and what one can do. */
const OFFERED = ['partial', 'can-offer'].map((id) => conceptIndex(id)).filter((c) => c >= 0);

function offered(words: readonly string[], amount: Amount, next: number): boolean {
  let after = next;
  if (CURRENCY.has(words[after] ?? '')) after++;
  if (NOT_MONEY.has(words[after] ?? '')) return false;
  const cost = words[after] === 'in' || words[after] === 'for' ? words[after + 1] : words[after];
  if (COSTS.has(cost ?? '')) return false;
  const before = words.slice(Math.max(0, amount.at - OFFER_WINDOW), amount.at);
  if (before.some((word) => PAST.has(word))) return false;
  const one = words[after] ?? '';
  const two = `${one} ${words[after + 1] ?? ''}`;
  return before.some((word) => GIVE.has(word)) || AFTER_ONE.has(one) || AFTER_TWO.has(two);
}

/** The concepts (indices into the lexicon) an amount offered says, or none. English words only. */
export function offeredAmountConcepts(words: readonly string[]): number[] {
  for (let at = 0; at < words.length; ) {
    const found = amountAt(words, at);
    if (found === null) {
      at++;
      continue;
    }
    if (offered(words, found.amount, found.next)) return OFFERED;
    at = found.next;
  }
  return [];
}
