/**
 * A weekday said after a thing done (issue 11 round 9): "I made the payment on Friday", "the check
 * cleared Monday", "they let me go last Friday" say when it happened, not when the customer will
 * pay. The lexicon's later concept lists the weekdays for "I'll pay Friday"; after a verb in the
 * past (and no will, can or going to between) the weekday says no delay. English only, read
 * from the words before the weekday; written from how English marks the past, not from a query.
 * Also a settlement done ("I settled this already"), below: the past of settle is a payment.
 */
import { isEnWeekday } from '../text/weekday-en';
import type { Said } from './concept-spans';
import { conceptIndex } from './concepts-zh';
import { type QueryText, wordAt } from './query-text';

const LATER = conceptIndex('later');
/** Past forms that do not end in -ed. */
const IRREGULAR_PAST = new Set([
  'paid',
  'made',
  'sent',
  'got',
  'went',
  'took',
  'gave',
  'did',
  'was',
  'were',
  'had',
  'came',
  'left',
  'lost',
  'told',
  'said',
  'spoke',
  'brought',
  'bought',
  'fell',
]);
/** Words ending in -ed that are no past. */
const NOT_PAST = new Set([
  'need',
  'indeed',
  'speed',
  'proceed',
  'exceed',
  'succeed',
  'breed',
  'feed',
  'seed',
]);
/** The future or a possibility between the verb and the day: "I paid rent so I can pay Friday". */
const FUTURE = new Set([
  'will',
  'ill',
  'gonna',
  'going',
  'can',
  'could',
  'would',
  'shall',
  'should',
  'might',
  'next',
  'this',
]);
/** How many words before the weekday are read. */
const WINDOW = 8;

function isPast(word: string): boolean {
  if (IRREGULAR_PAST.has(word)) return true;
  return word.length >= 5 && word.endsWith('ed') && !NOT_PAST.has(word);
}

/** True when `said`, a weekday of the later concept, dates a thing done (English only). */
export function pastDay(normal: QueryText, said: Said): boolean {
  if (normal.hasHan || said.concept !== LATER) return false;
  const word = wordAt(normal, said.at);
  if (word < 0 || !isEnWeekday(normal.compact.slice(said.at, said.end))) return false;
  for (let k = word - 1; k >= Math.max(0, word - WINDOW); k--) {
    const before = normal.words[k] as string;
    if (before === 'last' && k === word - 1) return true;
    if (FUTURE.has(before)) return false;
    if (isPast(before)) return true;
  }
  return false;
}

/**
 * A settlement done (round 9): "I settled this already", "it was settled years ago", "we settled
 * it in 2019" say the debt was paid off, which the lexicon's settle* reads as asking for a
 * settlement ("can we settle", "I want to settle this"). Done when a subject, was/been/already or
 * got stands right before "settled", or already/ago/last/years within three words after it; not
 * after be, get, to or a modal ("it could be settled", "I want it settled").
 */
const PAID = conceptIndex('paid');
const SETTLING = new Set(['reduction', 'close-it-out'].map((id) => conceptIndex(id)));
const DONE_BEFORE = new Set([
  'i',
  'we',
  'he',
  'she',
  'they',
  'was',
  'were',
  'been',
  'already',
  'got',
  'had',
  'is',
  'its',
]);
const ASKED_BEFORE = new Set([
  'be',
  'get',
  'to',
  'want',
  'wanna',
  'can',
  'could',
  'will',
  'would',
  'need',
  'have',
]);
const DONE_AFTER = new Set(['already', 'ago', 'last', 'years', 'back']);

function settledDoneAt(words: readonly string[], i: number): boolean {
  if (words[i] !== 'settled') return false;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) if (ASKED_BEFORE.has(words[k] as string)) return false;
  if (DONE_BEFORE.has(words[i - 1] ?? '')) return true;
  return words.slice(i + 1, i + 4).some((word) => DONE_AFTER.has(word));
}

/** The paid concept when the words say a settlement done. */
export function settledDone(words: readonly string[]): number[] {
  return words.some((_, i) => settledDoneAt(words, i)) ? [PAID] : [];
}

/** True when `said`, a settling phrasing, is a settlement done (its concept is then paid). */
export function settlingDone(normal: QueryText, said: Said): boolean {
  if (normal.hasHan || !SETTLING.has(said.concept)) return false;
  const at = wordAt(normal, said.at);
  return at >= 0 && settledDoneAt(normal.words, at);
}
