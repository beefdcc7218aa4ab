/**
 * The whole debt promised for a later day (issue 11 round 11, live call): 等年底奖金发下来我一次性结清
 * and 到时候一次性还清 promise to pay it all then — the card for later — while 一次性 is also how a
 * customer asks for a settlement (一次性给你们两万，剩下的免了), and 结清 / 还清 is also how one says
 * it is paid. Read from how Mandarin says it, not from a query set: a payment in full (the verb with
 * its result 清 or 完, 全部还, 一次性还) with a time ahead or a condition (repayment-tense.ts PROMISE,
 * 如果, 要是, 只要…), no past adverb (已经, 早就, 刚) and no ask for less (the reduction concept said
 * by another phrasing than 一次性: 免, 少还, 打折, 剩下的…). Such a sentence says neither a
 * settlement request nor a payment done.
 */

import { zhNegatedBefore } from '../text/negation-zh';
import { conceptIndex, LEXICON } from './concepts-zh';
import type { QueryText } from './query-text';
import { PROMISE } from './repayment-tense';

const id = (name: string) => conceptIndex(name);
const REDUCTION = id('reduction');
const PAID = id('paid');
const LATER = id('later');

/** The payment in full: a payment verb with its result, or the whole said with the verb. */
const IN_FULL = /[还结付][清完]|全[部额]?还|还全|一次性[还付给]/g;
/** A condition the payment waits on, or a time ahead PROMISE does not list. */
const CONDITION = /如果|要是|只要|等到|之后|下来|到账|到手|明年|开春|年初|年前|过年|过完年|下半年/;
/** The payment told as done, not promised. */
const PAST = /已经|早就|早已|刚刚|刚才|刚|上个月|上周|昨天|前天/;
/**
 * The lump sum is the only reduction phrasing such a promise says; an English one among the
 * characters (给个discount) asks for less too. (…的话 is no condition here: 一次性还清的话 asks what
 * a settlement would bring.)
 */
const LUMP_SUM = '一次性';
const reduction = LEXICON[REDUCTION];
const ASKS_LESS = [...(reduction?.zh ?? []), ...(reduction?.en ?? []).map((form) => form.replace('*', ''))]
  .filter((form) => form !== LUMP_SUM)
  .map((form) => form.replaceAll(' ', ''));

/**
 * True when a Chinese query promises the whole debt for a later day or a condition. The concept
 * readings and the overlap's clash test both ask it of the same query on every keystroke (the
 * readings twice when a third party speaks): read once, kept with the query (query-text.ts `once`).
 */
export function promisedInFull(query: QueryText): boolean {
  query.once.promisedInFull ??= readsPromisedInFull(query.compact);
  return query.once.promisedInFull;
}

function readsPromisedInFull(compact: string): boolean {
  // A payment in full the speaker denies (我不会还清的, 没法一次性还) promises nothing.
  const promised = [...compact.matchAll(IN_FULL)].some((m) => !zhNegatedBefore(compact, m.index));
  if (!promised || PAST.test(compact)) return false;
  if (!PROMISE.test(compact) && !CONDITION.test(compact)) return false;
  return !ASKS_LESS.some((form) => compact.includes(form));
}

/**
 * Reads a promise in full as what it says, a payment later, and drops what it does not say: a
 * settlement asked (its 一次性) and a payment done (its 结清, 还清).
 */
export function readPromisedInFull(query: QueryText, found: Set<number>): void {
  if (!promisedInFull(query)) return;
  found.delete(REDUCTION);
  found.delete(PAID);
  found.add(LATER);
}
