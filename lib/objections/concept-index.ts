/**
 * The concept lexicon (concepts.ts) applied to a pack (issue 11 §1): the concepts a query says,
 * and per concept and script, which objections' titles, triggers (or, weaker, say/do lines) say
 * it, with its weight by rarity. Built by the index build (objection-index.ts) from the posting
 * lists it has just made, with the rest of the bag channel's per-index tables (bag.ts).
 */
import { offeredAmountConcepts } from './amount-offer';
import { grownAmountConcepts } from './amount-story';
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
import { LEXICON } from './concepts-zh';
import { deniedDone } from './english-negation';
import { englishRereading } from './english-rereading';
import { rarestGram } from './han-match';
import { lowerBound, type NormalizedText, normalizeText, textOfWords, wordsOf } from './normalize';
import type { IndexedText, ObjectionIndex } from './objection-index';
import { addOldYear } from './old-debt-year';
import { kinMask } from './spoken';

/** What the concept tables read of the index (they are built before the index is whole). */
export type ConceptSource = Pick<
  ObjectionIndex,
  'objections' | 'texts' | 'starts' | 'hanGrams' | 'chars' | 'words' | 'vocabulary'
>;

/** A say/do line is the answer, not what is said: it counts this much of a title or trigger. */
export const BODY = 0.35;
/**
 * A concept is the reason itself, said in any of its ways: it weighs five rare bigrams, so the
 * reason said in other words outweighs everyday bigrams a long sentence shares with a trigger by
 * chance (东西, 你们这). Tried 1.5–3.5 on tuning and dev, then 3–6 with fresh 3 as a tuning set:
 * 5 raised dev, fresh 2 and fresh 3; 6 lost a tuning query.
 */
const CONCEPT = 5;
/**
 * An objection about a reason says it in several triggers; one that mentions it once in passing
 * (有事找我律师) is less likely meant: one title or trigger gives this presence, each more adds
 * half of the rest (tried 1, 0.8, 0.65 on tuning and dev: 0.65 found the most at 5,000).
 */
const ONE_TEXT = 0.65;
/**
 * A say/do line counts this much toward a concept's document frequency: answers use the generic
 * words of many concepts, and those must not make a concept look common.
 */
const DF_BODY = 0.05;

// ---- The lexicon, compiled once -------------------------------------------------------------

export interface Form {
  /** Normalised (normalize.ts): Chinese forms match anywhere, others as whole words. */
  compact: string;
  han: boolean;
  /** The words of a non-Chinese form, the last one possibly a prefix. */
  words: readonly string[];
  prefix: boolean;
}

function compileForm(raw: string): Form | null {
  const prefix = raw.endsWith('*');
  const normal = normalizeText(prefix ? raw.slice(0, -1) : raw);
  if (normal.compact === '') return null;
  return { compact: normal.compact, han: normal.hasHan, words: wordsOf(normal), prefix };
}

const compileAll = (forms: readonly string[]) => forms.map(compileForm).filter((f): f is Form => f !== null);
/** Per concept: all its forms (a query may mix scripts: 我在ICU). */
const FORMS: readonly (readonly Form[])[] = LEXICON.map((concept) =>
  compileAll([...concept.zh, ...concept.en]),
);
/**
 * Per concept and script, at c * 2 (Chinese) and c * 2 + 1 (English): the forms an objection's
 * texts are searched for. A Chinese query meets a concept in the Chinese texts of a mixed pack,
 * an English one in the English texts ("fired" must not rank a Chinese 失业 card).
 */
const SLOT_FORMS: readonly (readonly Form[])[] = LEXICON.flatMap((concept) => [
  compileAll(concept.zh),
  compileAll(concept.en),
]);

/** The slot of SLOT_FORMS a query uses for concept `c`. */
export function slotOf(c: number, query: NormalizedText): number {
  return c * 2 + (query.hasHan ? 0 : 1);
}

/** True when `compact` holds a non-Chinese form as whole words (the last one begun, for a prefix). */
function holdsWords(compact: string, isStart: (at: number) => boolean, form: Form): boolean {
  for (let at = compact.indexOf(form.compact); at >= 0; at = compact.indexOf(form.compact, at + 1)) {
    const end = at + form.compact.length;
    if (isStart(at) && (form.prefix || end === compact.length || isStart(end))) return true;
  }
  return false;
}

function holds(compact: string, isStart: (at: number) => boolean, form: Form): boolean {
  return form.han ? compact.includes(form.compact) : holdsWords(compact, isStart, form);
}

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
export function readConcepts(normal: NormalizedText, context: ReadingContext = {}): number[] {
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
export function conceptsOf(normal: NormalizedText, context: ReadingContext = {}): number[] {
  return [...new Set(readConcepts(normal, context).map((slot) => slot >> 1))].sort((a, b) => a - b);
}

/**
 * The concepts a query says in the lexicon's forms, ascending: as written, reread in English, with
 * a slip, as an amount story, in the 被 passive, as an old year. `who`: 1 per code unit inside a
 * relative's name (spoken.ts kinMask); a concept said only there is who, not why.
 */
function formConcepts(normal: NormalizedText, who?: Uint8Array, year?: number): number[] {
  const found = new Set<number>();
  formsSaid(normal, found, who);
  // The query's words once, for the word-level readings (this runs on every keystroke).
  const words = wordsOf(normal);
  const reread = normal.hasHan ? null : englishRereading(words);
  if (reread !== null) formsSaid(textOfWords(reread), found);
  for (const c of grownAmountConcepts(words)) found.add(c);
  if (!normal.hasHan) for (const c of offeredAmountConcepts(words)) found.add(c);
  addSlips(words, found);
  if (normal.hasHan) addPassive(normal, FORMS, found);
  if (year !== undefined) addOldYear(normal, words, year, found);
  return [...found].sort((a, b) => a - b);
}

/** Adds the concepts whose forms the query says (Chinese anywhere, other forms as whole words). */
function formsSaid(normal: NormalizedText, found: Set<number>, who?: Uint8Array): void {
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
  }
  const named = (said: Said) => who?.subarray(said.at, said.end).every((m) => m === 1) === true;
  const times = normal.hasHan ? timeSpans(compact) : [];
  for (const said of all)
    if (
      !found.has(said.concept) &&
      !insideLonger(said, all) &&
      !named(said) &&
      !crossesTime(said, times) &&
      !measuresFee(said, all, compact) &&
      !deniedDone(normal, said) &&
      !earnedOrLeft(said, compact)
    )
      found.add(said.concept);
}

/** Text ids of one part that may hold the form (to be verified). */
function candidatesOf(index: ConceptSource, form: Form, part: 'head' | 'body'): ArrayLike<number> {
  if (form.han) return rarestGram(index.hanGrams[part], index.chars, Array.from(form.compact)) ?? [];
  const lists = index.words[part];
  let rarest: Int32Array | undefined;
  form.words.forEach((word, i) => {
    if (form.prefix && i === form.words.length - 1) return;
    const list = lists.get(word) ?? new Int32Array(0);
    if (rarest === undefined || list.length < rarest.length) rarest = list;
  });
  if (rarest !== undefined) return rarest;
  const start = form.words[form.words.length - 1] ?? '';
  const out: number[] = [];
  const { vocabulary } = index;
  for (let v = lowerBound(vocabulary, start); v < vocabulary.length; v++) {
    const word = vocabulary[v] as string;
    if (!word.startsWith(start)) break;
    for (const t of lists.get(word) ?? []) out.push(t);
  }
  return out;
}

/** Scratch for conceptTable: per text, the slot that last counted it (+1). */
interface TableScratch {
  presence: Float32Array;
  text: Int32Array;
  counted: Int32Array;
  objectionOf: Int32Array;
  /** Per objection: how many of its titles and triggers say the concept. */
  heads: Uint16Array;
  /**
   * The objections a concept touched, in `touched[0, count)`: a typed scratch sorted by the engine
   * instead of an array pushed and sorted with a comparator per concept (issue 11, build time).
   */
  touched: Int32Array;
}

/**
 * True when the candidate list of a form is exactly the texts that hold it: a Chinese form of two
 * characters is one bigram (a title's or trigger's single character has its own list too); a
 * one-word form's list is its word's (or, as a prefix, those of the words it begins): texts where
 * such a word is a whole run from a start, which holdsWords would only confirm (23,000 of the
 * 43,000 text checks per build at 5,000 objections, issue 11, build time).
 */
function listIsExact(form: Form, part: 'head' | 'body'): boolean {
  if (!form.han) return form.words.length === 1;
  const length = Array.from(form.compact).length;
  return form.compact.length === length && (length === 2 || (length === 1 && part === 'head'));
}

function conceptTable(index: ConceptSource, slot: number, scratch: TableScratch) {
  const { presence, text, counted, objectionOf, heads, touched } = scratch;
  let touchedCount = 0;
  /** Texts that say the concept (a say/do line counting BODY), for its idf. */
  let df = 0;
  // One word-start test for every candidate, reading the current text's base: no closure per
  // candidate text (issue 11, build garbage).
  let base = 0;
  const { starts } = index;
  const isStart = (at: number) => starts[base + at] === 1;
  for (const part of ['head', 'body'] as const) {
    const value = part === 'head' ? 1 : BODY;
    for (const form of SLOT_FORMS[slot] ?? []) {
      const candidates = candidatesOf(index, form, part);
      const exact = listIsExact(form, part);
      for (let i = 0; i < candidates.length; i++) {
        const t = candidates[i] as number;
        if (counted[t] === slot + 1) continue;
        if (!exact) {
          const indexed = index.texts[t] as IndexedText;
          base = indexed.base;
          if (!holds(indexed.compact, isStart, form)) continue;
        }
        counted[t] = slot + 1;
        df += part === 'head' ? 1 : DF_BODY;
        const o = objectionOf[t] as number;
        let here = value;
        if (part === 'head') {
          heads[o] = (heads[o] as number) + 1;
          here = Math.min(1, ONE_TEXT + (1 - ONE_TEXT) * 0.5 * ((heads[o] as number) - 1));
        }
        if ((presence[o] as number) >= here) continue;
        if (presence[o] === 0) touched[touchedCount++] = o;
        if (presence[o] === 0 || part === 'head') text[o] = t;
        presence[o] = here;
      }
    }
  }
  // A typed array sorts numerically (no comparator): the objections ascending.
  const objections = touched.slice(0, touchedCount).sort();
  const values = new Float32Array(touchedCount);
  const texts = new Int32Array(touchedCount);
  for (let k = 0; k < touchedCount; k++) {
    const o = objections[k] as number;
    values[k] = presence[o] as number;
    texts[k] = text[o] as number;
    presence[o] = 0;
    heads[o] = 0;
  }
  return { objections, values, texts, df };
}

export interface ConceptTables {
  /** Per concept slot (SLOT_FORMS): the objections whose texts say it, presence (0–1), a text id. */
  objections: Int32Array[];
  presence: Float32Array[];
  texts: Int32Array[];
  /** Per slot: idf of the concept among the pack's texts, times CONCEPT (0 when no text says it). */
  weight: Float64Array;
}

/** `objectionOf`: text id → objection. */
export function buildConceptTables(index: ConceptSource, objectionOf: Int32Array): ConceptTables {
  const count = index.objections.length;
  const scratch: TableScratch = {
    presence: new Float32Array(count),
    text: new Int32Array(count),
    counted: new Int32Array(index.texts.length),
    objectionOf,
    heads: new Uint16Array(count),
    touched: new Int32Array(count),
  };
  const tables: ConceptTables = {
    objections: [],
    presence: [],
    texts: [],
    weight: new Float64Array(SLOT_FORMS.length),
  };
  for (let slot = 0; slot < SLOT_FORMS.length; slot++) {
    const table = conceptTable(index, slot, scratch);
    tables.objections.push(table.objections);
    tables.presence.push(table.values);
    tables.texts.push(table.texts);
    tables.weight[slot] = table.df > 0 ? CONCEPT * Math.log(1 + index.texts.length / table.df) : 0;
  }
  return tables;
}

/**
 * The bag channel's per-index tables (bag.ts): part of the index, made by its build (they were
 * kept beside it in a WeakMap, filled by a wrapper around the build).
 */
export interface BagTables {
  concepts: ConceptTables;
  /** Text id → objection, flat (the posting loops read it per posting). */
  objectionOf: Int32Array;
  /** Scratch per objection, reused per keystroke (single-threaded). */
  score: Float64Array;
  mark: Int32Array;
  bestWeight: Float64Array;
  bestText: Int32Array;
  /** 1 when a bigram, word or concept of the query matched, not single characters only. */
  anchored: Uint8Array;
}

export function buildBagTables(index: ConceptSource): BagTables {
  const count = index.objections.length;
  const objectionOf = new Int32Array(index.texts.length);
  for (let t = 0; t < index.texts.length; t++) objectionOf[t] = (index.texts[t] as IndexedText).objection;
  return {
    concepts: buildConceptTables(index, objectionOf),
    objectionOf,
    score: new Float64Array(count),
    mark: new Int32Array(count).fill(-1),
    bestWeight: new Float64Array(count),
    bestText: new Int32Array(count),
    anchored: new Uint8Array(count),
  };
}
