/**
 * Where in a query a phrasing of the concept lexicon is said, and when that says its concept
 * (issue 11 §1): a longer phrasing holds a shorter one, a phrasing half inside a time, a sum of
 * hundreds offered, 都 or 也 inside a phrasing, an English verb after 被 (round 7). Read by
 * conceptsOf (concept-index.ts) on every keystroke.
 */
import { conceptIndex } from './concepts-zh';
import { ZH_TIME_WORDS } from './function-words';
import type { NormalizedText } from './normalize';

export interface Said {
  concept: number;
  at: number;
  end: number;
}

/**
 * True when a longer phrasing of another concept holds this one: 没上班 says job-loss, not the
 * 上班 of bad-time; 被起诉 a court case, not the 起诉 of "sue me"; 利滚利 fees, not the 滚 of an
 * insult (issue 11, round 4: the shorter concept pulled the wrong card).
 */
export function insideLonger(said: Said, all: readonly Said[]): boolean {
  return all.some(
    (other) =>
      other.concept !== said.concept &&
      other.at <= said.at &&
      other.end >= said.end &&
      other.end - other.at > said.end - said.at,
  );
}

/**
 * Where the query says a time (function-words.ts), as [start, end) pairs. A time word that shares
 * a character with a longer one, neither holding the other, is not said: in 上个月中风了 the 月 is
 * 上个月's, so 月中 (mid-month) is no time, and 中风 is not a phrasing half inside a time (made up
 * after session 11's code: the illness concept was lost and a trigger sharing 上个月 came first).
 */
export function timeSpans(compact: string): number[] {
  const found: number[] = [];
  for (const word of ZH_TIME_WORDS)
    for (let at = compact.indexOf(word); at >= 0; at = compact.indexOf(word, at + 1))
      found.push(at, at + word.length);
  const spans: number[] = [];
  for (let i = 0; i < found.length; i += 2) {
    const start = found[i] as number;
    const end = found[i + 1] as number;
    let crossed = false;
    for (let k = 0; k < found.length && !crossed; k += 2) {
      const otherStart = found[k] as number;
      const otherEnd = found[k + 1] as number;
      crossed =
        otherEnd - otherStart > end - start &&
        otherStart < end &&
        start < otherEnd &&
        (start < otherStart || end > otherEnd);
    }
    if (!crossed) spans.push(start, end);
  }
  return spans;
}

/**
 * True when a Chinese phrasing runs into a time the query says but only half covers it: 等下 in
 * 等下周再还 or 等下个月 is 等 + 下周, not "wait a moment" (bad time); read whole, the time wins
 * (issue 11, round 5: the busy card outranked the later one on such sentences).
 */
export function crossesTime(said: Said, spans: readonly number[]): boolean {
  for (let i = 0; i < spans.length; i += 2) {
    const start = spans[i] as number;
    const end = spans[i + 1] as number;
    if (
      (said.at < start && start < said.end && said.end < end) ||
      (start < said.at && said.at < end && end < said.end)
    )
      return true;
  }
  return false;
}

const PARTIAL = conceptIndex('partial');
const FEES = conceptIndex('fees');
/**
 * A sum of hundreds (三百, 八百块, 300块) offered in a Chinese sentence is a part payment, as the
 * lexicon's 几百 and 五百 are (issue 11, round 7: any count of hundreds, not the few listed); not
 * when a count of times or days follows (打一百遍, 一百天), nor after words that make it what is
 * left or earned (剩三百, 挣不到一百: how little there is, not an offer).
 */
const HUNDREDS = /(?<![到剩挣赚])(?:[一二两三四五六七八九几]百(?![遍次回天年个人号])|[1-9]\d\d(?=[块元]))/g;
/** An amount this close before a fee phrasing is the fee's size (几百块利息), not a part payment. */
const FEE_AFTER = 2;
const AMOUNT = /^[\d一二两三四五六七八九十几百千万块元]+$/;

export function addHundreds(compact: string, all: Said[]): void {
  if (PARTIAL < 0) return;
  for (const m of compact.matchAll(HUNDREDS))
    all.push({ concept: PARTIAL, at: m.index, end: m.index + m[0].length });
}

/** True when a part payment said by an amount alone measures a fee said right after it. */
export function measuresFee(said: Said, all: readonly Said[], compact: string): boolean {
  if (said.concept !== PARTIAL || !AMOUNT.test(compact.slice(said.at, said.end))) return false;
  return all.some(
    (other) => other.concept === FEES && other.at >= said.end && other.at <= said.end + FEE_AFTER,
  );
}

const NO_MONEY = conceptIndex('no-money');
/**
 * What earns or is left, then only modifiers, right before an amount (工资只发一半, 一天挣不了一百,
 * 每天赚不到几十块): the amount is how little comes in, not a part payment offered (issue 11,
 * round 8: part payments outranked job loss and no money in fresh 2, 4, 5 and 7). 还, 给, 先 or
 * 打 between them make it an offer again (发了工资先还五百).
 */
const EARNED_BEFORE = /(?:剩|挣|赚|发|薪|工资|收入)[了下得不到够就才只有也]*$/;
const LOOK_BACK = 5;

/** True when a part payment is said right after what earns or is left. */
export function earnedOrLeft(said: Said, compact: string): boolean {
  if (said.concept !== PARTIAL) return false;
  return EARNED_BEFORE.test(compact.slice(Math.max(0, said.at - LOOK_BACK), said.at));
}

/** Only a sum left (就剩二十块, 只剩下十几块): no money. 还剩三百 is what is still owed. */
const LEFT = /[就只才]剩下?[了不到就才只有]*[\d一二两三四五六七八九十几百千]+(?:块|元|毛)/g;

export function addMoneyLeft(compact: string, all: Said[]): void {
  if (NO_MONEY < 0) return;
  for (const m of compact.matchAll(LEFT))
    all.push({ concept: NO_MONEY, at: m.index, end: m.index + m[0].length });
}

const JOB_LOSS = conceptIndex('job-loss');
/**
 * Earning only a sum (一天挣不了一百, 工资就两千出头, 一个月才挣两千): income that fell, the job-loss
 * card's 收入下降, as the lexicon's 收入 says it.
 */
const EARNED_LITTLE =
  /(?:[就才只](?:挣|赚)了?|(?:挣|赚|薪|工资|收入)[了下得也]*(?:不了|不到|不够|就|才|只有|只))[\d一二两三四五六七八九十几百千万]+/g;

export function addEarnedLittle(compact: string, all: Said[]): void {
  if (JOB_LOSS < 0) return;
  for (const m of compact.matchAll(EARNED_LITTLE))
    all.push({ concept: JOB_LOSS, at: m.index, end: m.index + m[0].length });
}

/** Adverbs a speaker puts inside a phrasing: 人都没了, 工作也丢了 (all, also, even). */
const INSERTED = /(?<=\p{Script=Han})[都也](?=\p{Script=Han})/gu;

/**
 * The query without 都 or 也 between characters, and per code unit of it the offset it had (issue
 * 11, round 7): a phrasing said with one inside (人都没了 for 人没了, 工作都丢了 for 工作丢) is
 * found there and said where its characters stand in the query. Null when there is none.
 */
export function withoutAdverbs(compact: string): { text: string; kept: number[] } | null {
  const kept: number[] = [];
  let text = '';
  let last = 0;
  for (const m of compact.matchAll(INSERTED)) {
    for (let i = last; i < m.index; i++) kept.push(i);
    text += compact.slice(last, m.index);
    last = m.index + 1;
  }
  if (last === 0) return null;
  for (let i = last; i < compact.length; i++) kept.push(i);
  return { text: text + compact.slice(last), kept };
}

/** What addPassive reads of a compiled lexicon form (concept-index.ts). */
interface WordForm {
  compact: string;
  han: boolean;
  words: readonly string[];
  prefix: boolean;
}

/**
 * An English verb after 被 in a Chinese sentence is passive: 被 fire 了 is "fired", 被 hack 了
 * "hacked" (issue 11, round 7: mixed Chinese and English). Its -ed form is looked up among the
 * one-word English phrasings.
 */
export function addPassive(
  normal: NormalizedText,
  forms: readonly (readonly WordForm[])[],
  found: Set<number>,
): void {
  const { compact, starts } = normal;
  starts.forEach((at, k) => {
    if (at === 0 || compact[at - 1] !== '被') return;
    const word = compact.slice(at, starts[k + 1] ?? compact.length);
    if (!/^[a-z]{3,}$/.test(word)) return;
    const passive = [`${word}ed`, `${word}d`];
    forms.forEach((list, concept) => {
      for (const form of list)
        if (
          !form.han &&
          form.words.length === 1 &&
          passive.some((p) => (form.prefix ? p.startsWith(form.compact) : p === form.compact))
        )
          found.add(concept);
    });
  });
}
