/**
 * The concept lexicon (concepts.ts) applied to a pack (issue 11 §1): its forms compiled once, and
 * per concept and script, which objections' titles, triggers (or, weaker, say/do lines) say it,
 * with its weight by rarity (what a query says: concept-readings.ts). Built by the index build (objection-index.ts) from the posting
 * lists it has just made, with the rest of the bag channel's per-index tables (bag.ts).
 */
import { conceptIndex, LEXICON } from './concepts-zh';
import { rarestGram } from './han-match';
import { lowerBound, type NormalizedText, normalizeText, wordsOf } from './normalize';
import type { IndexedText, ObjectionIndex } from './objection-index';

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
export const FORMS: readonly (readonly Form[])[] = LEXICON.map((concept) =>
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

const SELF_HARM = conceptIndex('self-harm');

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
  /**
   * 1 for a crisis objection. Its triggers and lines are crisis words, and an everyday concept
   * inside one (带孩子 of 带孩子一起死 is "busy", 大不了一死 "defiant", a supervisor in its say
   * lines "complaint") must not raise the crisis card for 我在开会 or 晚点 (issue 11 §2): it counts
   * for the self-harm concept only; crisis signals (crisis-signals.ts) and its own words do the rest.
   */
  crisis: Uint8Array;
  /** Texts that say the current slot's concept (a say/do line counting DF_BODY), for its idf. */
  df: number;
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
  const crisisConcept = slot >> 1 === SELF_HARM;
  let touchedCount = 0;
  scratch.df = 0;
  for (const part of ['head', 'body'] as const)
    for (const form of SLOT_FORMS[slot] ?? [])
      touchedCount = countForm(index, slot, form, part, crisisConcept, scratch, touchedCount);
  const { presence, text, touched, heads } = scratch;
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
  return { objections, values, texts, df: scratch.df };
}

/**
 * One form's candidate texts into the slot's table; returns the touched count. A function of its
 * own, called per form: as a loop inside conceptTable, Chromium's V8 compiled it on stack and left
 * that code at every exit, 1,004 deoptimisations in a cold build at 5,000 objections (issue 11).
 */
function countForm(
  index: ConceptSource,
  slot: number,
  form: Form,
  part: 'head' | 'body',
  crisisConcept: boolean,
  scratch: TableScratch,
  touchedCount: number,
): number {
  const { presence, text, counted, objectionOf, heads, touched, crisis } = scratch;
  const value = part === 'head' ? 1 : BODY;
  // One word-start test for every candidate, reading the current text's base: no closure per
  // candidate text (issue 11, build garbage).
  let base = 0;
  const { starts } = index;
  const isStart = (at: number) => starts[base + at] === 1;
  const candidates = candidatesOf(index, form, part);
  const exact = listIsExact(form, part);
  let count = touchedCount;
  for (let i = 0; i < candidates.length; i++) {
    const t = candidates[i] as number;
    if (counted[t] === slot + 1) continue;
    if (!exact) {
      const indexed = index.texts[t] as IndexedText;
      base = indexed.base;
      if (!holds(indexed.compact, isStart, form)) continue;
    }
    counted[t] = slot + 1;
    scratch.df += part === 'head' ? 1 : DF_BODY;
    const o = objectionOf[t] as number;
    if (crisis[o] === 1 && !crisisConcept) continue;
    let here = value;
    if (part === 'head') {
      heads[o] = (heads[o] as number) + 1;
      here = Math.min(1, ONE_TEXT + (1 - ONE_TEXT) * 0.5 * ((heads[o] as number) - 1));
    }
    if ((presence[o] as number) >= here) continue;
    if (presence[o] === 0) touched[count++] = o;
    if (presence[o] === 0 || part === 'head') text[o] = t;
    presence[o] = here;
  }
  return count;
}

/** One concept slot's table: the objections whose texts say it, presence (0–1), a text id each. */
export interface ConceptTable {
  objections: Int32Array;
  presence: Float32Array;
  texts: Int32Array;
  /** idf of the concept among the pack's texts, times CONCEPT (0 when no text says it). */
  weight: number;
}

/**
 * Per concept slot (SLOT_FORMS), its table, made the first time a query says the concept (or when
 * `fill` is called at idle), not by the build: the 130 tables were a fifth of a cold build at 5,000
 * objections, and a query says one or two concepts (issue 11, build ≤ 500 ms). A slot's table
 * depends on the pack alone, so when it is made does not change any result.
 */
export class ConceptTables {
  private readonly made: (ConceptTable | undefined)[] = [];
  private scratch: TableScratch | null = null;

  constructor(
    private readonly index: ConceptSource,
    private readonly objectionOf: Int32Array,
  ) {}

  slot(slot: number): ConceptTable {
    let table = this.made[slot];
    if (table === undefined) {
      this.scratch ??= this.newScratch();
      const { df, ...lists } = conceptTable(this.index, slot, this.scratch);
      const weight = df > 0 ? CONCEPT * Math.log(1 + this.index.texts.length / df) : 0;
      table = { ...lists, presence: lists.values, weight };
      this.made[slot] = table;
    }
    return table;
  }

  /**
   * Makes the slots' tables still missing, one after another until `enough()` says to stop (the
   * panel calls it when idle, so no keystroke waits for one); true when every slot has its table.
   */
  fill(enough: () => boolean = () => false): boolean {
    for (let slot = 0; slot < SLOT_FORMS.length; slot++) {
      if (this.made[slot] !== undefined) continue;
      if (enough()) return false;
      this.slot(slot);
    }
    this.scratch = null;
    return true;
  }

  private newScratch(): TableScratch {
    const count = this.index.objections.length;
    return {
      presence: new Float32Array(count),
      text: new Int32Array(count),
      counted: new Int32Array(this.index.texts.length),
      objectionOf: this.objectionOf,
      heads: new Uint16Array(count),
      touched: new Int32Array(count),
      crisis: Uint8Array.from(this.index.objections, (o) => (o.severity === 'crisis' ? 1 : 0)),
      df: 0,
    };
  }
}

/**
 * How strongly the titles and triggers of objection `o` say the concept in `slot`: 0.65 for one, 1
 * from three; 0 when only a say/do line or nothing does. Read by the ranking of a third party's
 * turn (ranking.ts): the tables' owner answers it, as the lists are sorted by objection.
 */
export function headPresence(tables: ConceptTables, slot: number, o: number): number {
  const { objections, presence } = tables.slot(slot);
  let low = 0;
  let high = objections.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((objections[mid] as number) < o) low = mid + 1;
    else high = mid;
  }
  const value = objections[low] === o ? (presence[low] as number) : 0;
  return value > BODY ? value : 0;
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
    concepts: new ConceptTables(index, objectionOf),
    objectionOf,
    score: new Float64Array(count),
    mark: new Int32Array(count).fill(-1),
    bestWeight: new Float64Array(count),
    bestText: new Int32Array(count),
    anchored: new Uint8Array(count),
  };
}
