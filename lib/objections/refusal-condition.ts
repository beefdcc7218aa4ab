/**
 * Not paying as the condition of a question (issue 11 round 9, conditions): 欠钱不还会判刑吗,
 * 信用卡还不上要判几年, "can I be arrested for not paying" ask what happens to someone who does
 * not pay; they do not refuse. A refusal trigger (反正我不还, "I'm not paying") shares the
 * condition's words, and its overlap put the card for a customer daring the bank to sue above the
 * one for the fear of jail, in seven of the ten tuning sets (round 9: +6 first places over the
 * tuning sets and both packs, none lost). The overlap of such a trigger is no
 * evidence (spoken-match.ts); the bag and the concepts still count.
 *
 * Read from how the condition is said, not from a query set: in Chinese the refusal followed by a
 * modal of consequence (不还会, 还不上要, 不还的话就); in English "for" or "if" before a negated
 * pay ("for not paying", "if I don't pay").
 *
 * Nor is a promise to pay said in English ("I will pay, just not today"): its "pay" and "not" met
 * "I'm not paying" (a sentence made up after the code). Chinese promises are left to the tense rule
 * (repayment-tense.ts): 会还 is also the end of 不会还, a refusal. A refusal denied (我又不是不还) is
 * read without it before any of this (denied-refusal.ts).
 */
import { stemOf } from './bag';
import { NEGATIONS } from './english-negation';
import { wordsAt } from './english-polarity';
import type { QueryText } from './query-text';
import { zhRefusalSource } from './refusal-zh';

/** Chinese: not paying, then what follows from it. */
const ZH_CONDITION = new RegExp(
  `(?:${zhRefusalSource('plain', 'unable', 'unpaid')})[钱款]?(?:的话)?(?:会|要|就|能)`,
);
/** Chinese refusal in a trigger: not paying by will or by means (反正我不还, 还不起, 没打算还). */
const ZH_TRIGGER_REFUSAL = new RegExp(zhRefusalSource('plain', 'unable', 'noPlan'));
/** English: the words that make what follows a condition. */
const EN_CONDITION = new Set(['for', 'if']);
/** Words allowed between "if" and the negation ("if I don't pay", "if you guys don't pay"). */
const MAX_BEFORE_NEGATION = 3;
const PAY = stemOf('pay');

/** Will said between a negation and "pay" ("don't want to pay", "not gonna pay", "wasn't going to pay"). */
const WILL: readonly (readonly string[])[] = [
  ['want', 'to'],
  ['wanna'],
  ['gonna'],
  ['going', 'to'],
  ['plan', 'to'],
  ['intend', 'to'],
];

/** The word of "pay" the negation at `at` governs ("not paying", "won't pay", "don't want to pay"), or -1. */
function negatedPayAt(words: readonly string[], at: number): number {
  if (!NEGATIONS.has(words[at] as string)) return -1;
  if (stemOf(words[at + 1] ?? '') === PAY) return at + 1;
  for (const will of WILL) {
    const pay = at + 1 + will.length;
    if (will.every((w, k) => words[at + 1 + k] === w) && stemOf(words[pay] ?? '') === PAY) return pay;
  }
  return -1;
}

/** True when the negation at `at` governs a form of "pay". */
function negatedPay(words: readonly string[], at: number): boolean {
  return negatedPayAt(words, at) >= 0;
}

function englishCondition(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    if (!EN_CONDITION.has(words[i] as string)) continue;
    for (let k = 1; k <= MAX_BEFORE_NEGATION; k++) if (negatedPay(words, i + k)) return true;
  }
  return false;
}

const REFUSE = new Set(['refuse', 'refusing']);

/**
 * The word of "pay" a refusal starting at `at` refuses ("not paying", "won't pay", "don't want to
 * pay", "refuse to pay", "refusing to pay"), or -1.
 */
export function refusedPayAt(words: readonly string[], at: number): number {
  if (REFUSE.has(words[at] as string)) return words[at + 2] === 'pay' ? at + 2 : -1;
  return negatedPayAt(words, at);
}

function englishRefusal(words: readonly string[]): boolean {
  return words.some((_, at) => refusedPayAt(words, at) >= 0);
}

/** Paying promised: "I will pay", "I'll pay" (ill), "gonna pay", "going to pay", with no refusal said. */
const PROMISE = new Set(['will', 'ill', 'gonna', 'promise']);
function englishPromise(words: readonly string[]): boolean {
  if (englishRefusal(words)) return false;
  return words.some(
    (word, at) =>
      stemOf(words[at + 1] ?? '') === PAY &&
      (PROMISE.has(word) || (word === 'to' && (words[at - 1] === 'going' || words[at - 1] === 'promise'))),
  );
}

/**
 * For a query that asks what follows from not paying or (in English) promises to pay: a test of
 * whether a text (its compact form and word starts) refuses to pay. Null for the other queries.
 */
export function refusalAsCondition(
  query: QueryText,
): ((compact: string, isStart: (at: number) => boolean) => boolean) | null {
  if (query.hasHan)
    return ZH_CONDITION.test(query.compact) ? (compact) => ZH_TRIGGER_REFUSAL.test(compact) : null;
  if (!englishCondition(query.words) && !englishPromise(query.words)) return null;
  return (compact, isStart) => englishRefusal(wordsAt(compact, isStart));
}
