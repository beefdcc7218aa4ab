/**
 * A year the customer says as when the debt began, read against the year of the call (passed in:
 * the search never reads the clock, SearchOptions.today): a concept reading of concept-index.ts.
 */
import { conceptIndex } from './concepts-zh';
import type { NormalizedText } from './normalize';

/**
 * A year said as when the debt began ("from 2011", "since 2009") is an old debt when it lies this
 * many years back or more: most US statutes of limitations on card debt run three to six years, and
 * a collection leaves the credit report after seven. Only after these words: a bare 2000 is an
 * amount ("I owed 2000").
 */
const OLD_DEBT_YEARS = 6;
export const YEAR_AFTER: ReadonlySet<string> = new Set(['since', 'from', 'in', 'around', 'circa']);
const OLD_DEBT = conceptIndex('old-debt');

export function addOldYear(
  normal: NormalizedText,
  words: readonly string[],
  year: number,
  found: Set<number>,
): void {
  if (normal.hasHan || OLD_DEBT < 0 || found.has(OLD_DEBT)) return;
  const latest = year - OLD_DEBT_YEARS;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    if (!/^(19|20)\d\d$/.test(word) || !YEAR_AFTER.has(words[i - 1] as string)) continue;
    const said = Number(word);
    if (said >= 1950 && said <= latest) found.add(OLD_DEBT);
  }
}
