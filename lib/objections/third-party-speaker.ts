/**
 * Who is speaking (issue 11, round 8): a query in which the speaker names themself as the debtor's
 * relative, partner, friend or colleague (我是他老婆, 我是她同事, "this is his mother", "I'm her
 * husband") is said by a third party. The agent is then in third-party mode (DOMAIN.md §2–3: never
 * reveal the debt to them), whatever reason they give after it: a card for the third-party stage
 * leads. Only the first person counts: 他是我朋友 is the debtor speaking about someone else.
 *
 * Light on purpose (no lexicon, no pinyin): the quick search that answers before the index arrives
 * (components/objections/quick-search.ts) applies the same rule as the full search (ranking.ts),
 * so the list does not reorder when the index takes over.
 */
import type { Objection } from '../pack/schema';
import type { QueryText } from './query-text';
import { KIN, kinMask, reduceWord } from './spoken';

/** What a Chinese speaker says right before naming themself as the debtor's relative. */
const ZH_INTRO = ['我是他的', '我是她的', '我是他', '我是她'];

/** How an English speaker opens: "I'm", "I am", "this is", "it's". */
const EN_OPENINGS: readonly (readonly string[])[] = [['im'], ['i', 'am'], ['this', 'is'], ['its']];
/** Whose relative they are: "his", "her", "their", "the" (I'm the wife, I'm the landlord). */
const EN_WHOSE = new Set(['his', 'her', 'their', 'the']);
/**
 * Who may answer besides the relatives spoken.ts reads as KIN: the spouse (kept as said there, the
 * English pack has a card for a spouse on the line) and the people a call reaches at a home or a
 * workplace.
 */
const EN_SPEAKERS = new Set(['wife', 'husband', 'spouse', 'landlord', 'boss', 'caregiver']);

function chineseIntro(compact: string): boolean {
  const mask = kinMask(compact);
  for (const intro of ZH_INTRO)
    for (let at = compact.indexOf(intro); at >= 0; at = compact.indexOf(intro, at + 1))
      if (mask[at + intro.length] === 1 && mask[at + intro.length - 1] !== 1) return true;
  return false;
}

function englishIntro(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++)
    for (const opening of EN_OPENINGS) {
      if (!opening.every((word, k) => words[i + k] === word)) continue;
      const whose = words[i + opening.length];
      const who = words[i + opening.length + 1];
      if (whose === undefined || who === undefined || !EN_WHOSE.has(whose)) continue;
      if (reduceWord(who) === KIN || EN_SPEAKERS.has(who)) return true;
    }
  return false;
}

/** True when the speaker introduces themself as someone other than the debtor. */
export function introducesThirdParty(normal: QueryText): boolean {
  return normal.hasHan ? chineseIntro(normal.compact) : englishIntro(normal.words);
}

/** A card the pack lists for the third-party stage. */
export function forThirdParty(objection: Objection | undefined): boolean {
  return objection?.stages?.includes('thirdParty') === true;
}

/**
 * Puts `card` (an item of the ranked list `top`) first, behind the crisis cards ranked ahead of it:
 * a crisis card ahead stays ahead (issue 11 §2).
 */
export function leadWith<T>(top: T[], card: T, isCrisis: (item: T) => boolean): void {
  const lead = top.indexOf(card);
  let at = 0;
  while (at < lead && isCrisis(top[at] as T)) at++;
  if (lead <= at) return;
  top.splice(lead, 1);
  top.splice(at, 0, card);
}
