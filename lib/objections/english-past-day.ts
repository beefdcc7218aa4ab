/**
 * A weekday said after a thing done (issue 11 round 9): "I made the payment on Friday", "the check
 * cleared Monday", "they let me go last Friday" say when it happened, not when the customer will
 * pay. The lexicon's later concept lists the weekdays for "I'll pay Friday"; after a verb in the
 * past (and no will, can or going to between) the weekday says no delay. English only, read
 * from the words before the weekday; written from how English marks the past, not from a query.
 */
import type { Said } from './concept-spans';
import { LEXICON } from './concepts-zh';
import type { NormalizedText } from './normalize';

const LATER = LEXICON.findIndex((concept) => concept.id === 'later');
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
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
export function pastDay(normal: NormalizedText, said: Said): boolean {
  if (normal.hasHan || said.concept !== LATER) return false;
  const { compact, starts } = normal;
  const word = starts.indexOf(said.at);
  if (word < 0 || !WEEKDAYS.has(compact.slice(said.at, said.end))) return false;
  for (let k = word - 1; k >= Math.max(0, word - WINDOW); k--) {
    const before = compact.slice(starts[k], starts[k + 1]);
    if (before === 'last' && k === word - 1) return true;
    if (FUTURE.has(before)) return false;
    if (isPast(before)) return true;
  }
  return false;
}
