/** English words in the query: each must match a word of the text, whole, begun, inside or one typo off. */
import { prefixWithinOneEdit, withinOneEdit } from './edit-distance';
import { AT_START, EXACT, endsWhole, FUZZY, type Hits, type Part, PREFIX, SUBSTRING, WHOLE } from './hits';
import { isHan, lowerBound, type NormalizedText } from './normalize';
import type { IndexedText, ObjectionIndex } from './objection-index';
import type { QueryText } from './query-text';
import { MIN_FUZZY } from './vocabulary';
import { wordHash } from './word-hash';
/** English word match strength, per query word. */
export const WORD_EXACT = 4;
export const WORD_PREFIX = 3;
export const WORD_SUBSTRING = 2;
export const WORD_FUZZY = 1;
/** Shorter words give too many accidental hits to be matched inside other words. */
export const MIN_SUBSTRING = 3;

/**
 * Vocabulary words matching one query word, with the strength of each. A word may appear twice
 * (say as a prefix and as a typo); the stronger one wins when texts are scored.
 */
export interface WordMatches {
  words: string[];
  strengths: number[];
}

/**
 * The vocabulary words a query word matches: itself, words it begins (if it is the word being
 * typed), words it sits inside, and words one typo away (candidates from the deletion index,
 * checked with Damerau–Levenshtein; a word being typed also against the words' beginnings).
 */
export function vocabularyMatches(index: ObjectionIndex, word: string, last: boolean): WordMatches {
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
export function letterInText(index: ObjectionIndex, text: IndexedText, letter: string): number {
  for (let at = text.compact.indexOf(letter); at >= 0; at = text.compact.indexOf(letter, at + 1)) {
    if (index.starts[text.base + at] === 1) return endsWhole(index, text, at + 1) ? WORD_EXACT : WORD_PREFIX;
  }
  return 0;
}

/** Every query word must match a word of the text, in any order; the weakest word sets the kind. */
/** The query's words with their vocabulary matches, computed once for both passes. */
export interface QueryWords {
  words: string[];
  /** Per word; null for a one-letter last word, matched against the surviving texts instead. */
  matches: (WordMatches | null)[];
}

export function queryWordsOf(index: ObjectionIndex, query: QueryText): QueryWords {
  const words = query.words.filter((w) => !isHan(w));
  const matches = words.map((word, j) => {
    const last = j === words.length - 1;
    return last && j > 0 && word.length === 1 ? null : vocabularyMatches(index, word, last);
  });
  return { words, matches };
}

export function matchWords(
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
