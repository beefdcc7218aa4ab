/**
 * Objection search (issue 4 §1): the agent types two or three characters while the customer talks
 * and gets the answer card. Matches Chinese substrings, full pinyin and pinyin initials (mq,
 * meiqian → 没钱), English words with one typo, and triggers as synonyms of the title.
 *
 * Ranking, most important first (the score encodes it in bands, higher is better):
 *   kind: exact > prefix > initials = pinyin > said (the query holds a
 *   whole trigger among other words, issue 11) > substring > fuzzy =
 *   overlap (shares bigrams, words or syllables: precision = its score)  × 1,000,000
 *   a crisis objection whose title or trigger the query says whole       + 100,000,000
 *   a crisis objection otherwise matched on its title or a trigger       + 500,000
 *   field: title and triggers (synonyms of the title) > say = do         × 100,000
 *   precision inside the kind, 0–9: the match starts the text (or a
 *   phrase in it), spells whole words or phrases, is in the title        × 10,000
 *   lift, 0–99: the current phase is in the objection's stages (+50),
 *   this agent's past use (up to +49)                                    × 100
 *   support, 0–9: how many of its titles and triggers matched (more
 *   synonyms agreeing = more likely the one meant)                       × 10
 *   coverage, 0–9: how much of the best-matching text the query covers
 *   then pack order (stable).
 * The lift reorders equally good matches and can never beat a better one.
 * A one-character query (or two Latin letters) only searches titles and triggers: it says too
 * little to pick a line out of the say/do text, and the long text would cost the most.
 */
import type { Objection, Phase } from '../pack/schema';
import { prefixWithinOneEdit, withinOneEdit } from './edit-distance';
import { bigramKey, type CharIds, charKey } from './gram-keys';
import { cutQuery, isHan, lowerBound, type NormalizedText, normalizeText, wordsOf } from './normalize';
import {
  BODY_PINYIN_KEY,
  FIELDS,
  HEAD_FIELDS,
  HEAD_PINYIN_LONG,
  HEAD_PINYIN_SHORT,
  type IndexedText,
  type MatchField,
  MIN_FUZZY,
  type ObjectionIndex,
} from './objection-index';
import { matchOverlap } from './overlap';
import type { PostingLists } from './postings';
import { wordHash } from './word-hash';

export { buildObjectionIndex, type MatchField, type ObjectionIndex } from './objection-index';

/** `said`: the query holds a whole title or trigger among other words; `overlap`: it shares part. */
export const MATCH_KINDS = [
  'fuzzy',
  'substring',
  'pinyin',
  'initials',
  'prefix',
  'exact',
  'overlap',
  'said',
] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface ObjectionMatch {
  field: MatchField;
  kind: MatchKind;
  /** The title, trigger or line that matched, as written in the pack. */
  text: string;
}

export interface ObjectionResult {
  objection: Objection;
  score: number;
  /** What matched; null for the suggestions shown on an empty query. */
  match: ObjectionMatch | null;
}

export interface SearchOptions {
  /** Phase of the current stage: objections listing it in `stages` are lifted. */
  phase?: Phase;
  /** How often this agent has used each objection (id → count). */
  usage?: Readonly<Record<string, number>>;
  limit?: number;
}

export const DEFAULT_LIMIT = 9;

const KIND_TIER = [1, 2, 4, 4, 5, 6, 1, 3] as const; // by MATCH_KINDS index
const FUZZY = 0;
const SUBSTRING = 1;
const PINYIN = 2;
const INITIALS = 3;
const PREFIX = 4;
const EXACT = 5;
const OVERLAP = 6;
const SAID = 7;
/** A crisis objection with a signal in the query (issue 11 §2) goes first, whatever follows. */
const CRISIS_FIRST = 100 * 1_000_000;
/** Overlap precision (score × 8, see matchSaid) from which a crisis overlap is lifted. */
const STRONG_OVERLAP = 5;
const FIELD_TIER = [2, 2, 1, 1] as const;
const KIND_BAND = 1_000_000;
const CRISIS_BONUS = 500_000;
const FIELD_BAND = 100_000;
const PRECISION_BAND = 10_000;
const LIFT_BAND = 100;
/** Precision points. The match starts the text, or a phrase in it (after a space or punctuation). */
const AT_START = 5;
const AT_PHRASE = 2;
/** The query spells whole words, or ends where a phrase or the text ends. */
const WHOLE = 3;
/** Among equally good matches in the title or a trigger, the title wins. */
const TITLE = 1;
const PHASE_LIFT = 50;
const MAX_USAGE_LIFT = 49;
const MAX_COVERAGE = 9;
const MAX_SUPPORT = 9;
const SUPPORT_BAND = 10;

/** English word match strength, per query word. */
const WORD_EXACT = 4;
const WORD_PREFIX = 3;
const WORD_SUBSTRING = 2;
const WORD_FUZZY = 1;
/** Shorter words give too many accidental hits to be matched inside other words. */
const MIN_SUBSTRING = 3;
/** Latin queries shorter than this, and single Han characters, search titles and triggers only. */
const MIN_LATIN_FOR_BODY = 3;
const MIN_HAN_FOR_BODY = 2;
/** Shorter queries are still being typed: only the strict matches above answer them. */
const MIN_SAID = 2;

type Part = 'head' | 'body';

/** The best match of each objection for one query. */
class Hits {
  readonly best: Float64Array;
  readonly bestText: Int32Array;
  readonly bestKind: Uint8Array;
  /** How many titles and triggers matched (crisis objections with any are always shown). */
  readonly support: Uint8Array;
  private readonly seenText: Uint8Array;
  readonly touched: number[] = [];

  constructor(
    private readonly texts: readonly IndexedText[],
    objectionCount: number,
  ) {
    this.best = new Float64Array(objectionCount);
    this.bestText = new Int32Array(objectionCount);
    this.bestKind = new Uint8Array(objectionCount);
    this.support = new Uint8Array(objectionCount);
    this.seenText = new Uint8Array(texts.length);
  }

  /** `span`: code units of the text the match covers, for the coverage tie-break. */
  offer(textId: number, kind: number, precision: number, span: number): void {
    const text = this.texts[textId] as IndexedText;
    const o = text.objection;
    const field = text.field;
    const coverage = Math.min(MAX_COVERAGE, Math.floor((MAX_COVERAGE * span) / text.compact.length));
    const score =
      (KIND_TIER[kind as 0] ?? 0) * KIND_BAND +
      (FIELD_TIER[field as 0] ?? 0) * FIELD_BAND +
      (precision + (field === 0 ? TITLE : 0)) * PRECISION_BAND +
      coverage;
    if (this.best[o] === 0) this.touched.push(o);
    if (score > (this.best[o] ?? 0)) {
      this.best[o] = score;
      this.bestText[o] = textId;
      this.bestKind[o] = kind;
    }
    if (field < HEAD_FIELDS && this.seenText[textId] === 0) {
      this.seenText[textId] = 1;
      this.support[o] = Math.min(MAX_SUPPORT, (this.support[o] as number) + 1);
    }
  }
}

/**
 * True when `limit` objections already have a title or trigger match of at least `kind`: then no
 * say/do match (one field band lower, which no precision, lift or support can make up) can enter
 * the results, and the body text need not be searched.
 */
function headSuffices(hits: Hits, kind: number, limit: number): boolean {
  const floor = (KIND_TIER[kind as 0] ?? 0) * KIND_BAND + (FIELD_TIER[0] ?? 0) * FIELD_BAND;
  let count = 0;
  for (const o of hits.touched) if ((hits.best[o] as number) >= floor && ++count >= limit) return true;
  return false;
}

/** Ends at the end of the text or where the next word or phrase starts. */
function endsWhole(index: ObjectionIndex, text: IndexedText, end: number): boolean {
  return end >= text.compact.length || index.starts[text.base + end] === 1;
}

// ---- Han (Chinese characters) -----------------------------------------------------------------

/** The shortest posting list among the query's Han bigrams (or characters); null if one is absent. */
function rarestGram(grams: PostingLists<number>, ids: CharIds, chars: readonly string[]): Int32Array | null {
  let rarest: Int32Array | null = null;
  let sawBigram = false;
  for (let i = 0; i + 1 < chars.length; i++) {
    const a = chars[i] ?? '';
    const b = chars[i + 1] ?? '';
    if (!isHan(a) && !isHan(b)) continue;
    sawBigram = true;
    const first = ids.peek(a.codePointAt(0) ?? 0);
    const second = ids.peek(b.codePointAt(0) ?? 0);
    // A character or bigram no text has: no text contains the query.
    if (first < 0 || second < 0) return null;
    const list = grams.get(bigramKey(first, second));
    if (list === undefined) return null;
    if (rarest === null || list.length < rarest.length) rarest = list;
  }
  if (sawBigram) return rarest;
  for (const char of chars) {
    if (!isHan(char)) continue;
    const id = ids.peek(char.codePointAt(0) ?? 0);
    const list = id < 0 ? undefined : grams.get(charKey(id));
    if (list === undefined) return null;
    if (rarest === null || list.length < rarest.length) rarest = list;
  }
  return rarest;
}

/** Texts that contain the query; candidates come from the rarest bigram and are then verified. */
function matchHan(index: ObjectionIndex, query: NormalizedText, hits: Hits, part: Part): void {
  const q = query.compact;
  const candidates = rarestGram(index.hanGrams[part], index.chars, Array.from(q));
  if (candidates === null) return;
  for (let i = 0; i < candidates.length; i++) {
    const t = candidates[i] as number;
    const text = index.texts[t] as IndexedText;
    const c = text.compact;
    if (c === q) {
      hits.offer(t, EXACT, AT_START + WHOLE, q.length);
      continue;
    }
    if (text.parts?.includes(q)) {
      hits.offer(t, EXACT, WHOLE, q.length);
      continue;
    }
    let at = c.indexOf(q);
    if (at < 0) continue;
    const first = at;
    while (at >= 0 && index.starts[text.base + at] !== 1) at = c.indexOf(q, at + 1);
    const where = at >= 0 ? at : first;
    const precision = (where === 0 ? AT_START : 0) + (endsWhole(index, text, where + q.length) ? WHOLE : 0);
    hits.offer(t, at >= 0 ? PREFIX : SUBSTRING, precision, q.length);
  }
}

/**
 * A Chinese typo is usually a homophone picked from the IME (没前 for 没钱): a title or trigger
 * whose characters share a reading with each typed character is a fuzzy match.
 */
function matchHomophones(index: ObjectionIndex, query: NormalizedText, hits: Hits): void {
  const chars = Array.from(query.compact);
  if (chars.length < 2 || chars.length !== query.compact.length || !chars.every(isHan)) return;
  const typed: (readonly string[])[] = [];
  for (const char of chars) {
    const readings = index.readings.knownReadings(char);
    if (readings === undefined || readings.length === 0) return;
    typed.push(readings);
  }
  const firstLetters = (readings: readonly string[]) => [...new Set(readings.map((r) => r[0] ?? ''))];
  const { sets } = index.readings;
  for (const a of firstLetters(typed[0] ?? [])) {
    for (const b of firstLetters(typed[1] ?? [])) {
      const pairs = index.headInitials.get(a + b);
      if (pairs === undefined) continue;
      candidates: for (let p = 0; p + 1 < pairs.length; p += 2) {
        const t = pairs[p] as number;
        const offset = pairs[p + 1] as number;
        const text = index.texts[t] as IndexedText;
        if (offset + chars.length > text.compact.length) continue;
        for (let i = 0; i < chars.length; i++) {
          const set = sets[index.readingIds[text.base + offset + i] ?? -1] ?? [];
          const wanted = typed[i] ?? [];
          if (!set.some((r) => wanted.includes(r))) continue candidates;
        }
        const end = offset + chars.length;
        const precision = (offset === 0 ? AT_START : 0) + (endsWhole(index, text, end) ? WHOLE : 0);
        hits.offer(t, FUZZY, precision, chars.length);
      }
    }
  }
}

// ---- Pinyin (full and initials) -------------------------------------------------------------

/** True when `reading` starts with q[qi..] (the agent is still typing this syllable). */
function readingContinues(reading: string, q: string, qi: number): boolean {
  const rest = q.length - qi;
  if (rest >= reading.length) return false;
  for (let k = 0; k < rest; k++) if (reading.charCodeAt(k) !== q.charCodeAt(qi + k)) return false;
  return true;
}

/**
 * Spells `q` from the readings of the text from `at` on (one reading per character, the last one
 * possibly unfinished) and returns the offset after the last character used, or -1.
 */
function spell(
  sets: readonly string[][],
  ids: Int32Array,
  base: number,
  end: number,
  q: string,
  qi: number,
  at: number,
): number {
  if (qi === q.length) return at - base;
  if (at >= end) return -1;
  const set = sets[ids[at] as number] as string[];
  for (let r = 0; r < set.length; r++) {
    const reading = set[r] as string;
    if (reading.length === 0) continue;
    if (q.startsWith(reading, qi)) {
      const after = spell(sets, ids, base, end, q, qi + reading.length, at + 1);
      if (after >= 0) return after;
    } else if (readingContinues(reading, q, qi)) {
      return at + 1 - base;
    }
  }
  return -1;
}

function pinyinPrecision(index: ObjectionIndex, text: IndexedText, offset: number, end: number): number {
  const start = offset === 0 ? AT_START : index.starts[text.base + offset] === 1 ? AT_PHRASE : 0;
  return start + (endsWhole(index, text, end) ? WHOLE : 0);
}

function spellPairs(index: ObjectionIndex, pairs: Int32Array | undefined, q: string, hits: Hits): void {
  if (pairs === undefined) return;
  const { sets } = index.readings;
  const { readingIds, texts } = index;
  for (let p = 0; p + 1 < pairs.length; p += 2) {
    const t = pairs[p] as number;
    const offset = pairs[p + 1] as number;
    const text = texts[t] as IndexedText;
    const end = spell(sets, readingIds, text.base, text.base + text.compact.length, q, 0, text.base + offset);
    if (end >= 0) hits.offer(t, PINYIN, pinyinPrecision(index, text, offset, end), end - offset);
  }
}

function matchPinyin(index: ObjectionIndex, q: string, hits: Hits, part: Part): void {
  if (part === 'body') {
    if (q.length >= BODY_PINYIN_KEY)
      spellPairs(index, index.bodyPinyin.get(q.slice(0, BODY_PINYIN_KEY)), q, hits);
    return;
  }
  const head = q.length >= HEAD_PINYIN_LONG ? index.headPinyinLong : index.headPinyinShort;
  const keyLength = q.length >= HEAD_PINYIN_LONG ? HEAD_PINYIN_LONG : HEAD_PINYIN_SHORT;
  spellPairs(index, head.get(q.slice(0, keyLength)), q, hits);

  const pairs = index.headInitials.get(q.slice(0, 2));
  if (pairs === undefined) return;
  const { initials } = index.readings;
  candidates: for (let p = 0; p + 1 < pairs.length; p += 2) {
    const t = pairs[p] as number;
    const offset = pairs[p + 1] as number;
    const text = index.texts[t] as IndexedText;
    if (offset + q.length > text.compact.length) continue;
    for (let i = 2; i < q.length; i++) {
      const letters = initials[index.readingIds[text.base + offset + i] ?? -1] ?? '';
      if (letters.indexOf(q[i] as string) < 0) continue candidates;
    }
    hits.offer(t, INITIALS, pinyinPrecision(index, text, offset, offset + q.length), q.length);
  }
}

/** One letter says little: only titles and triggers that start with it (word or pinyin initial). */
function matchFirstLetter(index: ObjectionIndex, letter: string, hits: Hits): void {
  const list = index.headFirstLetter.get(letter);
  if (list === undefined) return;
  for (let i = 0; i < list.length; i++) {
    const t = list[i] as number;
    const text = index.texts[t] as IndexedText;
    if (text.compact === letter) hits.offer(t, EXACT, AT_START + WHOLE, 1);
    else {
      const whole = endsWhole(index, text, 1) ? WHOLE : 0;
      hits.offer(t, text.han ? INITIALS : PREFIX, AT_START + whole, 1);
    }
  }
}

// ---- English words ----------------------------------------------------------------------------

/**
 * Vocabulary words matching one query word, with the strength of each. A word may appear twice
 * (say as a prefix and as a typo); the stronger one wins when texts are scored.
 */
interface WordMatches {
  words: string[];
  strengths: number[];
}

/**
 * The vocabulary words a query word matches: itself, words it begins (if it is the word being
 * typed), words it sits inside, and words one typo away (candidates from the deletion index,
 * checked with Damerau–Levenshtein; a word being typed also against the words' beginnings).
 */
function vocabularyMatches(index: ObjectionIndex, word: string, last: boolean): WordMatches {
  const matches: WordMatches = { words: [], strengths: [] };
  const add = (candidate: string, strength: number) => {
    matches.words.push(candidate);
    matches.strengths.push(strength);
  };
  const { vocabulary, words } = index;
  if (words.head.has(word) || words.body.has(word)) add(word, WORD_EXACT);
  if (last) {
    for (let i = lowerBound(vocabulary, word); i < vocabulary.length; i++) {
      const candidate = vocabulary[i] as string;
      if (!candidate.startsWith(word)) break;
      add(candidate, WORD_PREFIX);
    }
    if (word.length >= MIN_SUBSTRING) {
      let rarest: Int32Array | undefined;
      for (let i = 0; i + 3 <= word.length; i++) {
        const list = index.vocabularyTrigrams.get(wordHash(word, i, i + 3));
        if (list === undefined) {
          rarest = undefined;
          break;
        }
        if (rarest === undefined || list.length < rarest.length) rarest = list;
      }
      for (const v of rarest ?? []) {
        const candidate = vocabulary[v] as string;
        if (candidate.includes(word)) add(candidate, WORD_SUBSTRING);
      }
    }
  }
  if (word.length < MIN_FUZZY) return matches;
  const fuzzy = (candidate: string) => {
    if (withinOneEdit(word, candidate)) add(candidate, WORD_FUZZY);
  };
  for (const v of index.vocabularyDeletions.get(wordHash(word)) ?? []) fuzzy(vocabulary[v] as string);
  for (let i = 0; i < word.length; i++) {
    const deleted = word.slice(0, i) + word.slice(i + 1);
    if (words.head.has(deleted) || words.body.has(deleted)) fuzzy(deleted);
    for (const v of index.vocabularyDeletions.get(wordHash(word, 0, word.length, i)) ?? [])
      fuzzy(vocabulary[v] as string);
  }
  if (last) {
    // Typing a long word with a typo in it: compare with the beginnings of words that start like
    // it (same first letter, or the first two letters swapped).
    const swapped = `${word[1]}${word[0]}`;
    for (const start of [word[0] as string, swapped]) {
      const stop = start.slice(0, -1) + String.fromCharCode(start.charCodeAt(start.length - 1) + 1);
      for (let i = lowerBound(vocabulary, start); i < vocabulary.length; i++) {
        const candidate = vocabulary[i] as string;
        if (candidate >= stop) break;
        if (candidate.length > word.length && prefixWithinOneEdit(word, candidate))
          add(candidate, WORD_FUZZY);
      }
    }
  }
  return matches;
}

/** A one-letter last word ("no m"): a word starting with it, among texts that matched the others. */
function letterInText(index: ObjectionIndex, text: IndexedText, letter: string): number {
  for (let at = text.compact.indexOf(letter); at >= 0; at = text.compact.indexOf(letter, at + 1)) {
    if (index.starts[text.base + at] === 1) return endsWhole(index, text, at + 1) ? WORD_EXACT : WORD_PREFIX;
  }
  return 0;
}

/** Every query word must match a word of the text, in any order; the weakest word sets the kind. */
/** The query's words with their vocabulary matches, computed once for both passes. */
interface QueryWords {
  words: string[];
  /** Per word; null for a one-letter last word, matched against the surviving texts instead. */
  matches: (WordMatches | null)[];
}

function queryWordsOf(index: ObjectionIndex, query: NormalizedText): QueryWords {
  const words = wordsOf(query).filter((w) => !isHan(w));
  const matches = words.map((word, j) => {
    const last = j === words.length - 1;
    return last && j > 0 && word.length === 1 ? null : vocabularyMatches(index, word, last);
  });
  return { words, matches };
}

function matchWords(
  index: ObjectionIndex,
  query: NormalizedText,
  { words: queryWords, matches }: QueryWords,
  hits: Hits,
  part: Part,
): void {
  if (queryWords.length === 0) return;
  const postings = index.words[part];
  const count = index.texts.length;
  const matched = new Uint8Array(count);
  const weakest = new Uint8Array(count);
  const current = new Uint8Array(count);
  let survivors: number[] = [];
  for (let j = 0; j < queryWords.length; j++) {
    const word = queryWords[j] as string;
    const found = matches[j] ?? null;
    const reached: number[] = [];
    if (found === null) {
      for (const t of survivors) {
        const strength = letterInText(index, index.texts[t] as IndexedText, word);
        if (strength > 0) {
          current[t] = strength;
          reached.push(t);
        }
      }
    } else {
      for (let w = 0; w < found.words.length; w++) {
        const strength = found.strengths[w] as number;
        const vocabularyWord = found.words[w] as string;
        const list = postings.get(vocabularyWord);
        if (list === undefined) continue;
        for (let i = 0; i < list.length; i++) {
          const t = list[i] as number;
          if (matched[t] !== j) continue;
          const before = current[t] as number;
          if (before === 0) reached.push(t);
          if (strength > before) current[t] = strength;
        }
      }
    }
    for (const t of reached) {
      const strength = current[t] as number;
      weakest[t] = j === 0 ? strength : Math.min(weakest[t] as number, strength);
      matched[t] = j + 1;
      current[t] = 0;
    }
    survivors = reached;
    if (survivors.length === 0) return;
  }
  const q = query.compact;
  for (const t of survivors) {
    const text = index.texts[t] as IndexedText;
    const strength = weakest[t] as number;
    if (text.compact === q) hits.offer(t, EXACT, AT_START + WHOLE, q.length);
    else if (text.parts?.includes(q)) hits.offer(t, EXACT, WHOLE, q.length);
    else {
      const kind = strength >= WORD_PREFIX ? PREFIX : strength === WORD_SUBSTRING ? SUBSTRING : FUZZY;
      const precision = (text.compact.startsWith(q) ? AT_START : 0) + (strength === WORD_EXACT ? WHOLE : 0);
      hits.offer(t, kind, precision, Math.min(q.length, text.compact.length));
    }
  }
}

// ---- What was said (issue 11) ------------------------------------------------------------------

/** Titles and triggers the query holds among other words, or shares bigrams and words with. */
function matchSaid(index: ObjectionIndex, query: NormalizedText, hits: Hits, minScore?: number): void {
  for (const hit of matchOverlap(index.overlap, query, minScore)) {
    const text = index.texts[hit.text] as IndexedText;
    const span = Math.round(hit.score * text.compact.length);
    hits.offer(hit.text, hit.contained ? SAID : OVERLAP, Math.round(hit.score * 8), span);
  }
}

// ---- Ranking ----------------------------------------------------------------------------------

function liftOf(objection: Objection, options: SearchOptions): number {
  let lift = 0;
  if (options.phase !== undefined && objection.stages?.includes(options.phase)) lift += PHASE_LIFT;
  const usage = options.usage;
  const used = usage !== undefined && Object.hasOwn(usage, objection.id) ? usage[objection.id] : 0;
  if (typeof used === 'number' && Number.isFinite(used) && used > 0) {
    lift += Math.min(MAX_USAGE_LIFT, Math.round(10 * Math.log2(1 + used)));
  }
  return lift;
}

interface Ranked {
  o: number;
  score: number;
}

const better = (a: Ranked, b: Ranked) => b.score - a.score || a.o - b.o;

/** The `limit` best, without sorting everything (thousands can match one letter). */
function topOf(ranked: readonly Ranked[], limit: number): Ranked[] {
  const top: Ranked[] = [];
  for (const item of ranked) {
    if (top.length === limit) {
      const worst = top[limit - 1] as Ranked;
      if (better(item, worst) >= 0) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && better(item, top[at - 1] as Ranked) < 0) at--;
    top.splice(at, 0, item);
  }
  return top;
}

function isCrisis(objection: Objection | undefined): boolean {
  return objection?.severity === 'crisis';
}

function rankHits(
  index: ObjectionIndex,
  hits: Hits,
  options: SearchOptions,
  limit: number,
): ObjectionResult[] {
  const ranked = hits.touched.map((o): Ranked => {
    const objection = index.objections[o] as Objection;
    const text = index.texts[hits.bestText[o] as number] as IndexedText;
    const crisis = isCrisis(objection) && text.field < HEAD_FIELDS;
    const kind = hits.bestKind[o] as number;
    // The query says a whole crisis title or trigger, whatever else it says (issue 11 §2).
    const signal = crisis && (kind === EXACT || kind === SAID);
    // A weak overlap (a shared 没) is no reason to lift the crisis card above the rest.
    const strong =
      kind !== OVERLAP || (hits.best[o] as number) % FIELD_BAND >= STRONG_OVERLAP * PRECISION_BAND;
    const score =
      (hits.best[o] as number) +
      (signal ? CRISIS_FIRST : crisis && strong ? CRISIS_BONUS : 0) +
      liftOf(objection, options) * LIFT_BAND +
      (hits.support[o] as number) * SUPPORT_BAND;
    return { o, score };
  });
  const top = topOf(ranked, limit);
  // A crisis objection whose title or trigger matched is never cut off by the limit.
  for (const r of ranked) {
    if (!isCrisis(index.objections[r.o]) || hits.support[r.o] === 0 || top.some((t) => t.o === r.o)) continue;
    const drop = top.findLastIndex((t) => !isCrisis(index.objections[t.o]));
    if (top.length >= limit && drop < 0) break;
    if (top.length >= limit) top.splice(drop, 1);
    top.push(r);
  }
  top.sort(better);
  return top.map(({ o, score }) => {
    const text = index.texts[hits.bestText[o] as number] as IndexedText;
    return {
      objection: index.objections[o] as Objection,
      score,
      match: {
        field: FIELDS[text.field] ?? 'say',
        kind: MATCH_KINDS[hits.bestKind[o] as number] ?? 'fuzzy',
        text: text.source,
      },
    };
  });
}

/** Empty query: the objections most likely now (current phase, then this agent's use, then pack order). */
function suggest(index: ObjectionIndex, options: SearchOptions, limit: number): ObjectionResult[] {
  const ranked = index.objections.map((objection, o) => ({
    o,
    score: liftOf(objection, options) * LIFT_BAND,
  }));
  return topOf(ranked, limit).map(({ o, score }) => ({
    objection: index.objections[o] as Objection,
    score,
    match: null,
  }));
}

export function searchObjections(
  index: ObjectionIndex,
  query: string,
  options: SearchOptions = {},
): ObjectionResult[] {
  const limit = Math.floor(options.limit ?? DEFAULT_LIMIT);
  if (!(limit > 0)) return [];
  const normal = normalizeText(cutQuery(query));
  // Nothing searchable (empty, spaces, symbols, emoji): show what is likely instead.
  if (normal.compact === '') return suggest(index, options, limit);
  const hits = new Hits(index.texts, index.objections.length);
  const q = normal.compact;
  // The best kind a say/do line could reach: exact only if a whole line is the query.
  const bodyBest = index.bodyTexts.has(q) ? EXACT : PREFIX;
  if (normal.hasHan) {
    matchHan(index, normal, hits, 'head');
    matchHomophones(index, normal, hits);
    const long = Array.from(q).length >= MIN_HAN_FOR_BODY;
    if (long && !headSuffices(hits, bodyBest, limit)) matchHan(index, normal, hits, 'body');
  } else if (q.length === 1) {
    matchFirstLetter(index, q, hits);
  } else {
    const words = queryWordsOf(index, normal);
    matchWords(index, normal, words, hits, 'head');
    matchPinyin(index, q, hits, 'head');
    // Without English words to match, a say/do line can at best match as pinyin.
    const wordsCanMatch = words.matches.every((m) => m === null || m.words.length > 0);
    const latinBodyBest = wordsCanMatch ? bodyBest : PINYIN;
    if (q.length >= MIN_LATIN_FOR_BODY && !headSuffices(hits, latinBodyBest, limit)) {
      matchWords(index, normal, words, hits, 'body');
      matchPinyin(index, q, hits, 'body');
    }
  }
  if (q.length >= MIN_SAID) matchSaid(index, normal, hits);
  return rankHits(index, hits, options, limit);
}

/** Any overlap counts for the closest objections, shown when nothing matched (issue 11 §1). */
const CLOSEST_SCORE = 0.05;

/** The objections whose titles or triggers share the most with the query, however little. */
export function closestObjections(
  index: ObjectionIndex,
  query: string,
  options: SearchOptions = {},
): ObjectionResult[] {
  const limit = Math.floor(options.limit ?? DEFAULT_LIMIT);
  const normal = normalizeText(cutQuery(query));
  if (!(limit > 0) || normal.compact === '') return [];
  const hits = new Hits(index.texts, index.objections.length);
  matchSaid(index, normal, hits, CLOSEST_SCORE);
  return rankHits(index, hits, options, limit);
}
