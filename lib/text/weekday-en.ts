/**
 * The one list of English weekday names (review debt, round 10: the objection search's past-day
 * rule and its date-with-a-reason rule each wrote the days out). Lower case, as every English
 * reader sees a word after the one folding (lib/text/fold.ts); in ISO order, Monday = 1. Data and
 * a lookup only: what a weekday means in a sentence is the caller's rule. (The guard's clock reads
 * Intl's own abbreviations, lib/compliance/local-time.ts, a format, not what a customer says.)
 */
export const EN_WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

const WEEKDAY_SET: ReadonlySet<string> = new Set(EN_WEEKDAYS);

/** True when `word` (folded, lower case) names a weekday. */
export function isEnWeekday(word: string): boolean {
  return WEEKDAY_SET.has(word);
}
