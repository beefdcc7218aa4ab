/**
 * A date said with a reason (issue 11 round 9): "surgery next week", "I ship out next month",
 * "the funeral is Friday" say when the reason happens, not that the customer will pay then. The
 * later concept reads its dates (next week, Friday) as a promise; when the query says another
 * reason, no other phrasing of later and no act of paying or calling, the date is the reason's.
 * English only; written from how a date attaches to the nearest event, not from a query.
 */
import { isEnWeekday } from '../text/weekday-en';
import { FORMS, type Form } from './concept-index';
import { conceptIndex } from './concepts-zh';

const id = (name: string) => conceptIndex(name);
const LATER = id('later');
/** Concepts that are themselves about when, not a reason. */
const TIMING = new Set([LATER, id('not-yet'), id('future-money'), id('bad-time'), id('busy-now')]);
/** The later concept's phrasings that are only a date: a weekday (lib/text/weekday-en.ts) or one of these spans. */
const DATE_SPANS = new Set([
  'next week',
  'next month',
  'end of the month',
  'end of month',
  'few days',
  'couple of days',
  'in a few weeks',
  'first of the month',
]);
const onlyDate = (form: Form) =>
  (form.words.length === 1 && isEnWeekday(form.words[0] as string)) || DATE_SPANS.has(form.words.join(' '));
/** The rest of later's English phrasings ("I'll pay later", "after payday"): a promise by themselves. */
const PROMISES = (FORMS[LATER] ?? []).filter((form) => !form.han && !onlyDate(form));
/** Acts that make the date the payment's or the call's ("I can pay next week", "call me Monday"). */
const ACTS = new Set([
  'pay',
  'paying',
  'payment',
  'send',
  'sending',
  'give',
  'call',
  'ring',
  'wait',
  'try',
  'sort',
  'transfer',
  'do',
]);

function promised(words: readonly string[]): boolean {
  const text = ` ${words.join(' ')} `;
  return PROMISES.some((form) => text.includes(` ${form.words.join(' ')}${form.prefix ? '' : ' '}`));
}

/** Drops later from `found` when its only phrasing is a date that belongs to another reason. */
export function dropReasonDate(words: readonly string[], found: Set<number>): void {
  if (!found.has(LATER) || ![...found].some((c) => !TIMING.has(c))) return;
  if (words.some((word) => ACTS.has(word)) || promised(words)) return;
  found.delete(LATER);
}
