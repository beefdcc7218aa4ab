/**
 * Triggers whose overlap with the query is no evidence (issue 11 rounds 8–9): they share the
 * query's words with the opposite meaning. A verb said with the other polarity (negation.ts,
 * english-polarity.ts), a payment done against one promised (repayment-tense.ts), a refusal against
 * not paying said as a condition (refusal-condition.ts), money sunk against prison (sunk-money.ts).
 * The bag and the concepts still count (spoken-match.ts).
 */
import { englishPolarityClash } from './english-polarity';
import { promisedInFull } from './full-repayment';
import { polarityClash } from './negation';
import type { IndexedText, ObjectionIndex } from './objection-index';
import type { QueryText } from './query-text';
import { refusalAsCondition } from './refusal-condition';
import { saysDone, tenseClash } from './repayment-tense';
import { sunkMoneyClash } from './sunk-money';

/** A test of whether a text clashes with the query; null when none can (most keystrokes). */
export function overlapClash(
  index: ObjectionIndex,
  query: QueryText,
): ((text: IndexedText) => boolean) | null {
  // 没上班 against 我在上班: the same characters, the opposite meaning.
  const polarity = query.hasHan ? polarityClash(query.compact) : null;
  // 下周一定还上 against 刚刚还上; 年底一次性结清 (the result promised) against 结清了 too.
  const inFull = query.hasHan && promisedInFull(query);
  const promised = inFull ? saysDone : query.hasHan ? tenseClash(query.compact) : null;
  // "I'm not working" against "I'm working".
  const polarityEn = englishPolarityClash(query);
  // 欠钱不还会判刑吗 against 反正我不还.
  const condition = refusalAsCondition(query);
  // 钱全搭进去了 (money sunk) against 会不会进去 (prison).
  const sunk = query.hasHan ? sunkMoneyClash(query.compact) : null;
  if (polarity === null && promised === null && polarityEn === null && condition === null && sunk === null)
    return null;
  return (text) => {
    if (polarity?.(text.compact) === true || sunk?.(text.compact) === true) return true;
    if (promised !== null && text.han && promised(text.compact)) return true;
    const isStart = (at: number) => index.starts[text.base + at] === 1;
    return polarityEn?.(text.compact, isStart) === true || condition?.(text.compact, isStart) === true;
  };
}
