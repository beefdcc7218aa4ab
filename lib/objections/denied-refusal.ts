/**
 * A refusal the customer denies says no refusal (issue 11 round 14, sentences made up after the code):
 * 我又不是不还, 我没说不还啊, 谁说我不还了, 不是不还，是晚几天, "I never said I won't pay", "it's not
 * that I don't want to pay", "I'm not refusing to pay, I just can't right now" mean to pay. Their
 * refusal's words met the triggers, concepts and bag of the card for a customer daring the bank to
 * sue, which came first for every one of them. The search reads the query without the denied
 * refusal (search.ts), so what else was said (是晚几天, "I just can't right now")
 * decides, and a denial alone leaves the stage's likely objections.
 *
 * Read from how a denial is said, never from a query set: in Chinese a denial right before the
 * refusal (a 说/讲, 过, 我 or 要 between); in English a verb of saying negated or asked by "who", "not
 * that", or "not refusing", a few words before the refused "pay".
 */
import { NEGATIONS } from './english-negation';
import { EN_FUNCTION_WORDS, ZH_FUNCTION_CHARS } from './function-words';
import type { NormalizedText } from './normalize';
import { type Cut, cutOut } from './query-cuts';
import { type QueryText, queryText } from './query-text';
import { refusedPayAt } from './refusal-condition';
import { zhRefusalSource } from './refusal-zh';

/**
 * 不是不还, 没说过不还, 谁说我不还, 哪里说不还, 不会不还, 没有不还, 不是不想还. 是不是不还 asks, it does
 * not deny; 还不起 (unable) is no refusal to deny.
 */
const ZH_DENIED = new RegExp(
  `(?:(?<!是)不是|并非|没有?|从来?没有?|谁|哪里|哪儿|什么时候|怎么会|不会|不可能|哪能)(?:说|讲)?过?(?:我|要)?(?:${zhRefusalSource('plain', 'unwilling', 'dodging')})`,
  'g',
);

const SAY = new Set(['say', 'said', 'saying', 'says', 'told']);
/** Words between the denial and the refusal it denies ("never said I wouldn't pay"). */
const MAX_GAP = 4;

/** The word where a denial of the refusal at word `at` starts, or -1. */
function denialBefore(words: readonly string[], at: number): number {
  // "not refusing to pay": the negation governs the refusal itself.
  if (!NEGATIONS.has(words[at] as string) && NEGATIONS.has(words[at - 1] ?? '')) return at - 1;
  for (let back = at - 1; back >= 0 && at - back <= MAX_GAP; back--) {
    const word = words[back] as string;
    const before = words[back - 1] ?? '';
    if (SAY.has(word)) {
      if (NEGATIONS.has(before) || before === 'who') return back - 1;
      // "didn't ever say", "never once said"
      if (NEGATIONS.has(words[back - 2] ?? '')) return back - 2;
    }
    if (word === 'that' && NEGATIONS.has(before)) return back - 1;
  }
  return -1;
}

function englishCuts(normal: QueryText): Cut[] {
  const { words } = normal;
  const cuts: Cut[] = [];
  for (let at = 0; at < words.length; at++) {
    // Through the refused "pay": after the negation ("don't want to pay"), or after "refuse to".
    const last = refusedPayAt(words, at);
    if (last < 0) continue;
    const from = denialBefore(words, at);
    if (from < 0 || (cuts.length > 0 && (normal.starts[from] as number) < (cuts.at(-1) as Cut).to)) continue;
    cuts.push({ from: normal.starts[from] as number, to: normal.starts[last + 1] ?? normal.compact.length });
  }
  return cuts;
}

/**
 * Whether what is left once the denial is out says anything: function words alone (我又, 我啊, "its")
 * do not, and the query is then read as empty, answered by the stage's likely objections.
 */
function saysSomething(rest: QueryText): boolean {
  if (rest.hasHan) return Array.from(rest.compact).some((char) => !ZH_FUNCTION_CHARS.has(char));
  return rest.words.some((word) => !EN_FUNCTION_WORDS.has(word));
}

/** True when a part (a clause: punctuation cut it) starts strictly inside the cut. */
function crossesClause(normal: NormalizedText, cut: Cut): boolean {
  let at = 0;
  for (const part of normal.parts) {
    if (at > cut.from && at < cut.to) return true;
    at += part.length;
  }
  return false;
}

/**
 * The query without the refusals it denies, or null when it denies none. Its words are cut again
 * only then (query-text.ts: once per keystroke otherwise).
 */
export function withoutDeniedRefusal(normal: QueryText): QueryText | null {
  const found = normal.hasHan
    ? [...normal.compact.matchAll(ZH_DENIED)].map((m) => ({ from: m.index, to: m.index + m[0].length }))
    : englishCuts(normal);
  // 我没说，不还 is two clauses: the refusal stands.
  const cuts = found.filter((cut) => !crossesClause(normal, cut));
  if (cuts.length === 0) return null;
  const rest = queryText(cutOut(normal, cuts));
  return saysSomething(rest) ? rest : queryText(cutOut(normal, [{ from: 0, to: normal.compact.length }]));
}
