/**
 * The bag-of-terms channel (issue 11 §1): a customer sentence that shares only a few words with
 * each trigger, or says the reason without any of them, still ranks the objection whose texts
 * together cover most of it. Scored per objection, BM25-style without term frequency: each term
 * of the query (Chinese character bigrams, single characters, English words and their stems, and
 * the concepts of concepts.ts the query says) counts by its rarity (idf, so 我 你 的 or "the"
 * count little), fully when a title or trigger holds it, at BODY when only a say/do line does; the
 * score is the share of the query's weight the objection covers (0–1).
 *
 * It reads the posting lists the index already has (objection-index.ts); its per-concept
 * objection lists and scratch (concept-index.ts) are `index.bag`, made by the index build.
 */
import { type BagTables, BODY } from './concept-index';
import { readConcepts } from './concept-readings';
import {
  EN_FUNCTION_WORDS,
  EN_TIME_WORDS,
  TIME_SHARE,
  ZH_FUNCTION_CHARS,
  ZH_TIME_WORDS,
} from './function-words';
import { bigramKey, charKey } from './gram-keys';
import { isHan, isHanCode, lowerBound } from './normalize';
import type { ObjectionIndex, Postings } from './objection-index';
import type { QueryText } from './query-text';
import { KIN, kinMask, reduceWord } from './spoken';

const UNIGRAM = 0.5;
/**
 * A pair of function characters (你们, 我们, 这个, 就是) says nothing of the reason either, yet in
 * a real pack it is rare next to generated or account text, so its idf let a sentence that
 * addresses the bank pull every card whose trigger does too (拉黑你们) over the one it means
 * (issue 11, round 5: tried 0, 0.3 and 1 over the tuning and fresh sets; 0 and 0.3 found the
 * same, 0.3 keeps it as a tie-breaker).
 */
const FILLER_PAIR = 0.3;
/** Single characters in common and nothing more are weak evidence (做牢 vs 做手术), as in overlap.ts. */
const UNANCHORED = 0.75;
/** A query character no text has still counts against the coverage, at this share of the rarest. */
const UNKNOWN_SHARE = 0.2;
/** Terms in more texts than this share (and this many) are too common to tell objections apart. */
const COMMON_SHARE = 0.05;
const COMMON_MIN = 200;
/** Words sharing a query word's stem that are looked up (fired, fires, firing…). */
const MAX_STEM_WORDS = 8;

/** The per-index part of the channel, made with the index (concept-index.ts, objection-index.ts). */
type Extra = BagTables;

// ---- The query side -------------------------------------------------------------------------

/** A query term: the posting lists of its alternatives (head and body) and its weight factor. */
interface Term {
  head: Int32Array[];
  body: Int32Array[];
  factor: number;
  /** A bigram or a word: single characters alone are weak evidence. */
  anchor: boolean;
  /** Part of a relative's name: counts in the query's weight, for no objection (kinMask). */
  who?: boolean;
}

/** A rough English stem, enough to meet fired/fire, charges/charging, bills/bill. */
export function stemOf(word: string): string {
  let stem = word;
  for (const [suffix, by] of [
    ['ies', 'y'],
    ['ied', 'y'],
    ['ing', ''],
    ['ed', ''],
    ['es', ''],
    ['s', ''],
    ['ly', ''],
  ] as const) {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 3 && !stem.endsWith('ss')) {
      stem = stem.slice(0, -suffix.length) + by;
      break;
    }
  }
  return stem.length > 3 && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

function listsOf(postings: Postings<number> | Postings<string>, key: number | string) {
  const head = (postings.head as { get(k: typeof key): Int32Array | undefined }).get(key);
  const body = (postings.body as { get(k: typeof key): Int32Array | undefined }).get(key);
  return { head, body };
}

/** 1 per character inside a time expression (function-words.ts). */
function timeMask(chars: readonly string[]): Uint8Array {
  const mask = new Uint8Array(chars.length);
  const run = chars.join('');
  if (chars.length !== run.length) return mask;
  for (const word of ZH_TIME_WORDS) {
    for (let at = run.indexOf(word); at >= 0; at = run.indexOf(word, at + 1))
      mask.fill(1, at, at + word.length);
  }
  return mask;
}

/**
 * The terms of a Han run as said, not reduced by spoken.ts: the bag reads the index's posting
 * lists of the texts as written, so a reduced query made pairs no text has (没这个人 → 没人, while
 * the trigger 没有这个人 holds 这个 and 个人) and lost the ones it has. Particles and filler cost
 * little here: their single characters are function characters and their pairs are rare or
 * absent. A relative's name is said but is no evidence (kinMask): its terms only weigh.
 */
function hanTerms(index: ObjectionIndex, run: string, terms: Term[], seen: Set<number>): number {
  let unknown = 0;
  const chars = Array.from(run);
  const ids = chars.map((c) => {
    const code = c.codePointAt(0) ?? 0;
    return isHanCode(code) ? index.chars.peek(code) : -2;
  });
  const time = timeMask(chars);
  const kin = chars.length === run.length ? kinMask(run) : new Uint8Array(chars.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as number;
    if (id === -1) unknown += UNIGRAM;
    if (id < 0) continue;
    const unigram = charKey(id);
    if (!seen.has(unigram) && !ZH_FUNCTION_CHARS.has(chars[i] as string)) {
      seen.add(unigram);
      const list = index.hanGrams.head.get(unigram);
      if (list !== undefined)
        terms.push({
          head: [list],
          body: [],
          factor: UNIGRAM * (time[i] === 1 ? TIME_SHARE : 1),
          anchor: false,
          who: kin[i] === 1,
        });
    }
    const next = ids[i + 1];
    if (next === undefined || next < 0) continue;
    const key = bigramKey(id, next);
    if (seen.has(key)) continue;
    seen.add(key);
    const { head, body } = listsOf(index.hanGrams, key);
    const filler = ZH_FUNCTION_CHARS.has(chars[i] as string) && ZH_FUNCTION_CHARS.has(chars[i + 1] as string);
    if (head !== undefined || body !== undefined)
      terms.push({
        head: head ? [head] : [],
        body: body ? [body] : [],
        factor: (time[i] === 1 || time[i + 1] === 1 ? TIME_SHARE : 1) * (filler ? FILLER_PAIR : 1),
        anchor: true,
        who: kin[i] === 1 || kin[i + 1] === 1,
      });
  }
  return unknown;
}

function wordTerm(index: ObjectionIndex, word: string): Term | null {
  const head: Int32Array[] = [];
  const body: Int32Array[] = [];
  const add = (w: string) => {
    const lists = listsOf(index.words, w);
    if (lists.head) head.push(lists.head);
    if (lists.body) body.push(lists.body);
  };
  add(word);
  const stem = stemOf(word);
  if (stem.length >= 3) {
    const { vocabulary } = index;
    let n = 0;
    for (let v = lowerBound(vocabulary, stem); v < vocabulary.length && n < MAX_STEM_WORDS; v++) {
      const candidate = vocabulary[v] as string;
      if (!candidate.startsWith(stem)) break;
      if (candidate !== word && stemOf(candidate) === stem) {
        add(candidate);
        n++;
      }
    }
  }
  return head.length + body.length > 0 ? { head, body, factor: 1, anchor: true } : null;
}

/**
 * A concept that many cards of a big pack mention (account cards with "payoff", "minimum" or 免息期
 * in a title or trigger): more than this share of the cards, and this many (a default pack of thirty
 * never reaches it). Issue 11 round 6, concepts pulling generated cards at 5,000.
 */
const COMMON_CONCEPT_SHARE = 0.05;
const COMMON_CONCEPT_MIN = 50;
/**
 * A common concept tells its cards apart only by how often each says it: presence (concept-index.ts:
 * 0.65 for one title or trigger, 0.825 for two, 1 from three) counts at this power, so a card that
 * names it once in passing counts 0.18 and one whose triggers keep saying it 1. Tried 2, 4 and 8
 * over the tuning and fresh sets at 5,000: 4 found the most (+5 first, +2 top 3 on fresh 6), 8 the
 * same top 3 with one first place fewer; shares of 1 %, 5 % and 10 % found the same.
 */
const COMMON_CONCEPT_POWER = 4;

function commonConcept(holders: number, packSize: number): boolean {
  return holders > COMMON_CONCEPT_MIN && holders > COMMON_CONCEPT_SHARE * packSize;
}

export interface BagScores {
  /** Objections with any share of the query, and per objection its score (0–1) and best text. */
  touched: number[];
  score: Float64Array;
  text: Int32Array;
  /** 1 when a bigram, word or concept matched; 0 for single characters only. */
  anchored: Uint8Array;
}

/** Adds `weight × presence` per objection once per term (`j`), a title or trigger before a line. */
function accumulate(extra: Extra, term: Term, j: number, weight: number, touched: number[]) {
  addLists(extra, term.head, term.anchor, j, weight, touched);
  addLists(extra, term.body, term.anchor, j, weight * BODY, touched);
}

function addLists(
  extra: Extra,
  lists: readonly Int32Array[],
  anchor: boolean,
  j: number,
  w: number,
  touched: number[],
) {
  const { score, mark, bestWeight, bestText, anchored, objectionOf } = extra;
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const t = list[i] as number;
      const o = objectionOf[t] as number;
      if (mark[o] === j) continue;
      if (mark[o] === -1) touched.push(o);
      mark[o] = j;
      if (anchor) anchored[o] = 1;
      score[o] = (score[o] as number) + w;
      if (w > (bestWeight[o] as number)) {
        bestWeight[o] = w;
        bestText[o] = t;
      }
    }
  }
}

/** True when some text of the pack holds the two characters side by side. */
function packPair(index: ObjectionIndex, a: string, b: string): boolean {
  const x = index.chars.peek(a.codePointAt(0) ?? 0);
  const y = index.chars.peek(b.codePointAt(0) ?? 0);
  if (x < 0 || y < 0) return false;
  const key = bigramKey(x, y);
  return index.hanGrams.head.get(key) !== undefined || index.hanGrams.body.get(key) !== undefined;
}

/**
 * The query's concept slots as the bag reads them (concept-readings.ts), IME slips checked against
 * the pack's own pairs. `year`: the calendar year of the call (concept-index.ts ReadingContext).
 */
export function readQueryConcepts(index: ObjectionIndex, normal: QueryText, year?: number): number[] {
  return readConcepts(normal, { year, pairInPack: (a, b) => packPair(index, a, b) });
}

/** `slots`: the query's concepts (readQueryConcepts), read once per search by its caller. */
export function bagScores(
  index: ObjectionIndex,
  normal: QueryText,
  slots: readonly number[] = readQueryConcepts(index, normal),
): BagScores {
  const extra = index.bag;
  const terms: Term[] = [];
  const seen = new Set<number>();
  const seenWords = new Set<string>();
  let unknown = 0;
  for (const word of normal.words) {
    if (isHan(word[0] as string)) {
      unknown += hanTerms(index, word, terms, seen);
      continue;
    }
    const reduced = reduceWord(word);
    if (reduced === '' || reduced === KIN || seenWords.has(reduced) || EN_FUNCTION_WORDS.has(reduced))
      continue;
    seenWords.add(reduced);
    const term = wordTerm(index, reduced);
    if (term !== null) {
      if (EN_TIME_WORDS.has(reduced)) term.factor = TIME_SHARE;
      terms.push(term);
    }
  }
  const n = index.texts.length;
  const touched: number[] = [];
  let total = unknown * UNKNOWN_SHARE * Math.log(1 + n);
  terms.forEach((term, j) => {
    let df = 0;
    for (const list of term.head) df += list.length;
    for (const list of term.body) df += list.length;
    const weight = term.factor * Math.log(1 + n / Math.max(1, df));
    total += weight;
    if (term.who === true || (df > COMMON_MIN && df > COMMON_SHARE * n)) return;
    accumulate(extra, term, j, weight, touched);
  });
  slots.forEach((slot, k) => {
    const { weight, objections, presence, texts } = extra.concepts.slot(slot);
    if (weight === 0) return;
    total += weight;
    const j = terms.length + k;
    const power = commonConcept(objections.length, index.objections.length) ? COMMON_CONCEPT_POWER : 1;
    for (let i = 0; i < objections.length; i++) {
      const o = objections[i] as number;
      if (extra.mark[o] === -1) touched.push(o);
      extra.mark[o] = j;
      extra.anchored[o] = 1;
      const w = weight * (presence[i] as number) ** power;
      extra.score[o] = (extra.score[o] as number) + w;
      if (w > (extra.bestWeight[o] as number)) {
        extra.bestWeight[o] = w;
        extra.bestText[o] = texts[i] as number;
      }
    }
  });
  const score = new Float64Array(touched.length);
  const text = new Int32Array(touched.length);
  const anchored = new Uint8Array(touched.length);
  touched.forEach((o, i) => {
    anchored[i] = extra.anchored[o] as number;
    const share = total > 0 ? (extra.score[o] as number) / total : 0;
    score[i] = extra.anchored[o] === 1 ? share : share * UNANCHORED;
    text[i] = extra.bestText[o] as number;
    extra.score[o] = 0;
    extra.mark[o] = -1;
    extra.bestWeight[o] = 0;
    extra.anchored[o] = 0;
  });
  return { touched, score, text, anchored };
}
