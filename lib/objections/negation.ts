/**
 * A Chinese sentence and a trigger that say the same verb with opposite polarity (issue 11 round 8):
 * 我没上班了 (out of work) against 我在上班 (busy at work), 他不在工作 against 他在工作. Their
 * characters overlap almost wholly, yet they mean the opposite, and the overlap put the busy card
 * above the job-loss card (the negation flips of rounds 6 and 7). The overlap of such a trigger is
 * no evidence (spoken-match.ts); the bag and the concepts (没上班 is job loss) still count.
 *
 * Only the progressive (在, 正在) against a negation (没, 不, 没有, 未, 没在, 不在) is read: it is
 * the one shape where the same two characters follow both, and a bare verb (上班 in 上班时间)
 * says no polarity. Round 9 reads aspect the same way: a repayment promised (我就还, 一定还上)
 * against a trigger that says it done (我早就还了). Written from how the polarity is said in
 * Mandarin, not from a query set.
 */
import { zhNegationWords } from '../text/negation-zh';

/** Negations from the one vocabulary, longest first: 没在上班 negates 上班 as 没上班 does. */
const NEGATIONS = zhNegationWords('progressive', 'have', 'bare');
/** The progressive: this verb is being done now. */
const PROGRESSIVE = ['正在', '在'];
/**
 * The verb a polarity word governs: the two characters after it, or the one that ends the text
 * (他不在家 against 在家待着: one character is compared with the first of two).
 */
const VERB = 2;

const HAN = /^\p{Script=Han}+$/u;

interface Polar {
  verb: string;
  negated: boolean;
}

/** The verbs after a negation or the progressive in `text` (normalised), with their polarity. */
function polarVerbs(text: string): Polar[] {
  const out: Polar[] = [];
  let i = 0;
  while (i < text.length) {
    const negation = NEGATIONS.find((n) => text.startsWith(n, i));
    const marker = negation ?? PROGRESSIVE.find((p) => text.startsWith(p, i));
    if (marker === undefined) {
      i++;
      continue;
    }
    const verb = text.slice(i + marker.length, i + marker.length + VERB);
    // 在 of 不在/没在 is part of the negation; 现在, 正在 inside a longer word are read as found.
    if (verb.length > 0 && HAN.test(verb)) out.push({ verb, negated: negation !== undefined });
    i += marker.length;
  }
  return out;
}

/** Two verbs are one when equal, or when one is a single character that begins the other. */
function sameVerb(a: string, b: string): boolean {
  if (a.length === b.length) return a === b;
  return a.length === 1 ? b.startsWith(a) : a.startsWith(b);
}

/**
 * Repaying promised (round 9): 还 after a word of will or sequence (等发了工资我就还, 年后肯定还上,
 * 我会还的), not followed by 了 or 过 (就还了 is done). Its aspect is the opposite of a trigger
 * that says it done (我早就还了, 刚刚还上): the same characters, a payment not yet made.
 */
const PROMISED = /(?:就|再|才|会|一定|肯定|保证|马上|一把|全部)还(?!(?:上|清|完|掉)?[了过])/;
/** Repaying done: 还了, 还过, 还完, 还清了, 还上了, 已还, 刚还 (not 不还了, a refusal). */
const DONE = /(?<!不)还(?:了|过|完|清了|上了|掉了)|已(?:经)?还|刚(?:刚)?还/;

/**
 * For a query (normalised) that says a verb with a polarity, or a repayment promised: a test of
 * whether a text (normalised) says one of them with the opposite polarity or aspect. Null for the
 * other queries, so most keystrokes pay nothing per text.
 */
export function polarityClash(query: string): ((text: string) => boolean) | null {
  const said = polarVerbs(query);
  const promised = PROMISED.test(query) && !DONE.test(query);
  if (said.length === 0 && !promised) return null;
  return (text) => {
    if (promised && DONE.test(text)) return true;
    for (const t of polarVerbs(text))
      if (said.some((q) => q.negated !== t.negated && sameVerb(q.verb, t.verb))) return true;
    return false;
  };
}
