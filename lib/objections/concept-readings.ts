/**
 * What a query says in the concept lexicon (issue 11): every reading of its concepts in one place,
 * for the bag, fallback and the third-party turn alike. The forms are compiled once in
 * concept-index.ts, which also builds the per-index tables these slots are looked up in.
 */
import { addAgentPassive } from './agent-passive';
import { offeredAmountConcepts } from './amount-offer';
import { grownAmountConcepts } from './amount-story';
import { readCardUser } from './card-user';
import { FORMS, type Form, slotOf } from './concept-index';
import { pinyinConceptsOf } from './concept-pinyin';
import { slipReader } from './concept-slips';
import {
  addEarnedLittle,
  addHundreds,
  addMoneyLeft,
  addPassive,
  crossesTime,
  earnedOrLeft,
  insideLonger,
  measuresFee,
  type Said,
  timeSpans,
  withoutAdverbs,
} from './concept-spans';
import { homophoneConceptsOf, mixedConceptsOf } from './concept-typed';
import { deniedDone, refusalAsked } from './english-negation';
import { pastDay, settledDone, settlingDone } from './english-past-day';
import { englishRereading } from './english-rereading';
import { readPromisedInFull } from './full-repayment';
import { addOldYear } from './old-debt-year';
import { type QueryText, queryTextOfWords } from './query-text';
import { dropReasonDate } from './reason-date';
import { dropHeldReasons } from './specific-reasons';
import { kinMask } from './spoken';

/** Every form by its first code unit, with its concept: a query is scanned once per keystroke. */
const BY_FIRST = new Map<string, { form: Form; concept: number }[]>();
FORMS.forEach((forms, concept) => {
  for (const form of forms) {
    const first = form.compact[0] as string;
    const list = BY_FIRST.get(first) ?? [];
    list.push({ form, concept });
    BY_FIRST.set(first, list);
  }
});

/** The forms written as a passive (被骗, 被裁), read with an agent between too (agent-passive.ts). */
const PASSIVE_FORMS = BY_FIRST.get('被') ?? [];

/** A word or a phrase's word typed with one slip still says its concept (concept-slips.ts). */
const addSlips = slipReader(FORMS);

/** 人都没了 read as 人没了 (concept-spans.ts withoutAdverbs): the phrasings the adverb split. */
function addWithoutAdverbs(compact: string, all: Said[]): void {
  const read = withoutAdverbs(compact);
  if (read === null) return;
  const { text, kept } = read;
  for (let at = 0; at < text.length; at++)
    for (const { form, concept } of BY_FIRST.get(text[at] as string) ?? []) {
      if (!form.han || !text.startsWith(form.compact, at)) continue;
      const start = kept[at] as number;
      const end = (kept[at + form.compact.length - 1] as number) + 1;
      // Only a phrasing the adverb split: the others were found in the query as said.
      if (end - start > form.compact.length) all.push({ concept, at: start, end });
    }
}

/**
 * An English phrase said with an s after its last word still says it: the possessive the folding
 * leaves without its apostrophe ("my late husband's card" → husbands) or a plural ("payment
 * plans"). Issue 11 round 7. Phrases only: a single word meets its plural through the bag's stems
 * (bag.ts), and "husband's" alone names whose card, not who speaks.
 */
function possessive(compact: string, end: number, wordEnds: (end: number) => boolean): boolean {
  return compact[end] === 's' && wordEnds(end + 1);
}

/** What a query's concepts are read against besides its own words. */
export interface ReadingContext {
  /** The call's calendar year, for a year in the query ("since 2011"); the search never reads the clock. */
  year?: number;
  /**
   * True when a text of the pack holds the two characters side by side: an IME slip (没前 for 没钱)
   * makes a pair the pack never writes (concept-typed.ts). Without a pack no slip is read.
   */
  pairInPack?: (a: string, b: string) => boolean;
  /**
   * A relative's name counts as said: who is speaking is the question (third-party-intro.ts asks
   * whether the spouse speaks), not why the customer cannot pay.
   */
  kinAsSaid?: boolean;
}

/**
 * Every reading of a query's concepts, in one place (issue 11): the slots of SLOT_FORMS it meets
 * (c * 2 in the Chinese texts, c * 2 + 1 in the English), the phrasings said as written first
 * (ascending), then what was typed off the characters. Toneless pinyin says a concept as its
 * characters would, so it meets the Chinese texts (round 6); so do pinyin typed among the
 * characters (我mei钱, mq) and an IME slip (没前 for 没钱), round 7.
 */
export function readConcepts(normal: QueryText, context: ReadingContext = {}): number[] {
  // 老公 in 我老公中风了 names who, not why: the spouse concept would pull every card whose
  // trigger names a spouse (我是他老婆, 我老公去世了) over the illness (issue 11, round 4). Only in
  // Chinese: an English pack may answer the spouse on the line ("I'm his wife") as a reason.
  const who = normal.hasHan && context.kinAsSaid !== true ? kinMask(normal.compact) : undefined;
  const slots = formConcepts(normal, who, context.year).map((c) => slotOf(c, normal));
  const inChinese = (c: number) => {
    if (!slots.includes(c * 2)) slots.push(c * 2);
  };
  pinyinConceptsOf(normal).forEach(inChinese);
  mixedConceptsOf(normal).forEach(inChinese);
  if (context.pairInPack !== undefined) homophoneConceptsOf(normal, context.pairInPack).forEach(inChinese);
  return slots;
}

/** The concepts (indices into CONCEPTS) a query says by any reading (readConcepts), ascending. */
export function conceptsOf(normal: QueryText, context: ReadingContext = {}): number[] {
  return [...new Set(readConcepts(normal, context).map((slot) => slot >> 1))].sort((a, b) => a - b);
}

/**
 * The concepts a query says in the lexicon's forms, ascending: as written, reread in English, with
 * a slip, as an amount story, in the 被 passive, as an old year. `who`: 1 per code unit inside a
 * relative's name (spoken.ts kinMask); a concept said only there is who, not why.
 */
function formConcepts(normal: QueryText, who?: Uint8Array, year?: number): number[] {
  const found = new Set<number>();
  formsSaid(normal, found, who);
  const { words } = normal;
  const reread = normal.hasHan ? null : englishRereading(words);
  if (reread !== null) formsSaid(queryTextOfWords(reread), found);
  for (const c of grownAmountConcepts(words)) found.add(c);
  if (!normal.hasHan) for (const c of [...offeredAmountConcepts(words), ...settledDone(words)]) found.add(c);
  addSlips(words, found);
  if (normal.hasHan) addPassive(normal, FORMS, found);
  if (year !== undefined) addOldYear(normal, words, year, found);
  dropHeldReasons(found);
  if (normal.hasHan) readPromisedInFull(normal, found);
  if (who !== undefined) readCardUser(normal.compact, who, found);
  if (!normal.hasHan) dropReasonDate(words, found);
  return [...found].sort((a, b) => a - b);
}

/** Adds the concepts whose forms the query says (Chinese anywhere, other forms as whole words). */
function formsSaid(normal: QueryText, found: Set<number>, who?: Uint8Array): void {
  for (const said of spansSaid(normal, who)) found.add(said.concept);
}

/**
 * Where a text says the lexicon's forms, every span that says its concept (reason-clash.ts reads
 * where a query and a trigger state their reasons), as formsSaid reads them; the other readings
 * (pinyin, slips, amounts) have no span.
 */
export function conceptSpansOf(normal: QueryText): readonly Said[] {
  const who = normal.hasHan ? kinMask(normal.compact) : undefined;
  return spansSaid(normal, who);
}

function spansSaid(normal: QueryText, who?: Uint8Array): Said[] {
  const { compact } = normal;
  const starts = new Set(normal.starts);
  const wordEnds = (end: number) => end === compact.length || starts.has(end);
  const all: Said[] = [];
  for (let at = 0; at < compact.length; at++) {
    for (const { form, concept } of BY_FIRST.get(compact[at] as string) ?? []) {
      if (!compact.startsWith(form.compact, at)) continue;
      const end = at + form.compact.length;
      const said =
        form.prefix || wordEnds(end) || (form.words.length > 1 && possessive(compact, end, wordEnds));
      if (form.han || (starts.has(at) && said)) all.push({ concept, at, end });
    }
  }
  if (normal.hasHan) {
    addHundreds(compact, all);
    addMoneyLeft(compact, all);
    addEarnedLittle(compact, all);
    addWithoutAdverbs(compact, all);
    addAgentPassive(compact, PASSIVE_FORMS, all);
  }
  const named = (said: Said) => who?.subarray(said.at, said.end).every((m) => m === 1) === true;
  const times = normal.hasHan ? timeSpans(compact) : [];
  const kept: Said[] = [];
  for (const said of all)
    if (
      !insideLonger(said, all) &&
      !named(said) &&
      !crossesTime(said, times) &&
      !measuresFee(said, all, compact) &&
      !deniedDone(normal, said) &&
      !pastDay(normal, said) &&
      !refusalAsked(normal, said) &&
      !settlingDone(normal, said) &&
      !earnedOrLeft(said, compact)
    )
      kept.push(said);
  return kept;
}
