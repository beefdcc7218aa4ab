/**
 * Overlap of what the customer said with each title and trigger (issue 11 §1), the query side (the
 * index is built in overlap-index.ts): Chinese character bigrams (and single characters, and
 * bigrams that skip one extra character: 没有钱 → 没钱), English words (one typo allowed from three
 * letters: "cnt" → "cant", the word being typed as a prefix), pinyin syllables, after particles,
 * filler and relatives are reduced as on the index side (spoken.ts).
 *
 * The score is the mean of two coverages: how much of the trigger the query holds (1 when the
 * query contains the whole trigger: `contained`) and how much of the query the trigger explains.
 */
import { withinOneEdit } from './edit-distance';
import { TIME_SHARE, ZH_TIME_WORDS } from './function-words';
import { isHan, lowerBound } from './normalize';
import { BIGRAM, MIN_TYPO_LENGTH, type OverlapIndex, SYLLABLE, UNIGRAM, WORD } from './overlap-index';
import type { QueryText } from './query-text';
import { KIN, reduceHan, reduceSyllables, reduceWord } from './spoken';

export type { OverlapIndex } from './overlap-index';

/** A bigram of the query that skips one character, a word one typo off, a word being typed. */
const SKIP = 0.8;
const TYPO = 0.8;
const TYPED = 0.7;
const MAX_PREFIX_WORDS = 8;
const MAX_SYLLABLE = 6;

interface Term {
  key: string;
  factor: number;
  /** Said inside a time expression (function-words.ts): counts TIME_SHARE. */
  time?: boolean;
}

/** Marks the terms from `from` on that lie wholly inside a time expression of `chars`. */
function markTime(chars: readonly string[], terms: Term[], from: number): void {
  const run = chars.join('');
  const inside = new Set<string>();
  for (const word of ZH_TIME_WORDS) {
    if (!run.includes(word)) continue;
    const wordChars = Array.from(word);
    wordChars.forEach((c, i) => {
      inside.add(c);
      if (i + 1 < wordChars.length) inside.add(c + wordChars[i + 1]);
    });
  }
  if (inside.size === 0) return;
  for (let i = from; i < terms.length; i++) {
    const term = terms[i] as Term;
    if (inside.has(term.key)) term.time = true;
  }
}

/** Unigrams, bigrams and (for a query) skip bigrams of a sequence of units; each unit may have alternatives. */
function gramsOf(
  units: readonly (readonly string[])[],
  prefix: string,
  terms: Term[],
  skips: Term[] | null,
): void {
  for (let i = 0; i < units.length; i++) {
    const here = units[i] as readonly string[];
    for (const a of here) {
      terms.push({ key: prefix + a, factor: UNIGRAM });
      for (const b of units[i + 1] ?? []) terms.push({ key: prefix + a + prefix + b, factor: BIGRAM });
      if (skips !== null)
        for (const c of units[i + 2] ?? []) skips.push({ key: prefix + a + prefix + c, factor: BIGRAM });
    }
  }
}

/** Cuts typed pinyin into known syllables, fewest first ("meiqian" → mei qian); null when it cannot. */
export function cutSyllables(word: string, syllables: ReadonlySet<string>): string[] | null {
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= word.length; end++) {
    let found: string[] | null = null;
    for (let start = Math.max(0, end - MAX_SYLLABLE); start < end; start++) {
      const before = best[start];
      if (before == null || !syllables.has(word.slice(start, end))) continue;
      if (found === null || before.length + 1 < found.length) found = [...before, word.slice(start, end)];
    }
    best.push(found);
  }
  return best[word.length] ?? null;
}

/** A run of typed pinyin words this long or longer is read as one phrase ("wo mei qian"). */
const MIN_RUN_WORDS = 2;
/** A single typed word is cut into syllables from this length on ("meiqian"; not "can", "he"). */
const MIN_CUT_LENGTH = 4;

/**
 * Typed pinyin as syllables, by the index of the word that starts each run (issue 11: an agent
 * types "wo xian zai mei qian" as often as "meiqian"): consecutive words that each cut into
 * syllables are one phrase, so its syllable pairs meet the triggers' across the spaces. A lone word
 * is cut only from MIN_CUT_LENGTH letters, as English words of two or three letters are often
 * syllables too.
 */
export function syllableRuns(
  words: readonly string[],
  syllables: ReadonlySet<string> | null,
): Map<number, string[]> {
  const runs = new Map<number, string[]>();
  if (syllables === null) return runs;
  let start = 0;
  let run: string[] = [];
  const close = (end: number) => {
    const count = end - start;
    const lone = count === 1 && (words[start] as string).length >= MIN_CUT_LENGTH;
    const reduced = reduceSyllables(run);
    if (run.length >= 2 && (count >= MIN_RUN_WORDS || lone) && reduced.length > 0) runs.set(start, reduced);
    run = [];
  };
  words.forEach((word, w) => {
    const cut = isHan(word[0] as string) ? null : cutSyllables(word, syllables);
    if (cut === null) {
      close(w);
      start = w + 1;
      return;
    }
    run.push(...cut);
  });
  close(words.length);
  return runs;
}

/**
 * The terms of a query (the index's are made in overlap-index.ts, the same way), with skip bigrams
 * (which never count for the query's coverage); typed pinyin is cut into syllables.
 */
function termsOf(
  normal: QueryText,
  syllables: ReadonlySet<string> | null,
): { terms: Term[]; skips: Term[]; words: string[] } {
  const terms: Term[] = [];
  const skips: Term[] = [];
  const words: string[] = [];
  const all = normal.words;
  const runs = syllableRuns(all, syllables);
  for (const [w, word] of all.entries()) {
    const first = word[0] as string;
    if (isHan(first) || first === KIN) {
      const chars = Array.from(reduceHan(word));
      const from = terms.length;
      gramsOf(
        chars.map((c) => [c]),
        '',
        terms,
        skips,
      );
      markTime(chars, terms, from);
      continue;
    }
    const run = runs.get(w);
    if (run !== undefined)
      gramsOf(
        run.map((c) => [c]),
        SYLLABLE,
        terms,
        skips,
      );
    const reduced = reduceWord(word);
    if (reduced === '') continue;
    if (reduced !== KIN && !/^\d+$/.test(reduced)) words.push(reduced);
    terms.push({ key: ` ${reduced}`, factor: WORD });
  }
  return { terms, skips, words };
}

/**
 * Words one typo away from `word` (candidates from the deletion variants, as in SymSpell), with the
 * same first letter: a slip there is rare, and a word that differs in it is most often another
 * word ("my bill" is not "kill myself" misspelt; it lifted the crisis card first).
 */
function typoWords(index: OverlapIndex, word: string): string[] {
  const out = new Set<string>();
  const consider = (candidate: string) => {
    if (candidate !== word && candidate[0] === word[0] && withinOneEdit(word, candidate)) out.add(candidate);
  };
  for (const candidate of index.deletions.get(word) ?? []) consider(candidate);
  for (let i = 0; i < word.length; i++) {
    const deleted = word.slice(0, i) + word.slice(i + 1);
    if (index.weight.has(` ${deleted}`)) consider(deleted);
    for (const candidate of index.deletions.get(deleted) ?? []) consider(candidate);
  }
  return [...out];
}

function prefixWords(index: OverlapIndex, prefix: string): string[] {
  const { words } = index;
  const out: string[] = [];
  for (let i = lowerBound(words, prefix); i < words.length && out.length < MAX_PREFIX_WORDS; i++) {
    const word = words[i] as string;
    if (!word.startsWith(prefix)) break;
    if (word !== prefix) out.push(word);
  }
  return out;
}

export interface OverlapHit {
  text: number;
  /** 0–1: mean of the trigger's and the query's coverage. */
  score: number;
  /** The query holds every term of the trigger (or of one of its alternatives). */
  contained: boolean;
  /** 0–1: how much of the query the trigger explains. */
  query: number;
}

/** Single characters or syllables in common, and no pair of them: the score counts this much. */
const UNANCHORED = 0.75;
/** Minimum score worth showing. */
const MIN_SCORE = 0.3;

/**
 * Alternatives for one query term: the exact key, or for an English word its typo and prefix
 * variants. Only the best alternative a text holds should count, so each group adds at most its
 * best (alternatives rarely share a text; the cap below keeps the coverage at most 1 anyway).
 */
interface Alternative {
  key: string;
  /** A bigram or a word: single characters or syllables alone are weak evidence (做牢 vs 做手术). */
  anchor: boolean;
  /** 1 for the term itself, less for a skip bigram, a typo or a word being typed. */
  scale: number;
}

interface Group {
  alternatives: Alternative[];
  /** Counts toward the query's coverage (skip bigrams do not). */
  forQuery: boolean;
}

/** A pair of characters that sounds like a trigger's pair counts this much (an IME slip, 轻声 for 轻生). */
const HOMOPHONE = 0.5;

/** Readings of a Han character, undefined when the index never saw it (readings.ts). */
export type ReadingsOf = (char: string) => readonly string[] | undefined;

/**
 * The syllable pairs of a pair of characters no trigger has (issue 11: the IME picked the wrong
 * character with the right sound, 轻声 for 轻生, 到刷 for 盗刷, inside a sentence): the triggers'
 * syllable pairs are indexed already, so the pair meets a trigger that says it with other characters.
 */
function homophonePairs(index: OverlapIndex, term: Term, readingsOf: ReadingsOf): Alternative[] {
  if (term.factor !== BIGRAM || term.key.startsWith(SYLLABLE) || term.time === true) return [];
  const [a, b] = Array.from(term.key);
  // The usual reading only: a character's rarer readings (说 shui, 期 ji) made pairs nobody typed.
  const x = readingsOf(a as string)?.[0];
  const y = b === undefined ? undefined : readingsOf(b)?.[0];
  if (x === undefined || y === undefined) return [];
  const key = SYLLABLE + x + SYLLABLE + y;
  return index.weight.has(key) ? [{ key, scale: HOMOPHONE, anchor: true }] : [];
}

function groupsOf(
  index: OverlapIndex,
  normal: QueryText,
  readingsOf: ReadingsOf | undefined,
): { groups: Group[]; unknown: number } {
  const { terms, skips, words } = termsOf(normal, normal.hasHan ? null : index.syllables);
  const groups: Group[] = [];
  const seen = new Set<string>();
  let unknown = 0;
  const pinyinKnown = terms.some((t) => t.key.startsWith(SYLLABLE) && index.weight.has(t.key));
  for (const term of terms) {
    if (seen.has(term.key)) continue;
    seen.add(term.key);
    if (index.weight.has(term.key)) {
      groups.push({
        alternatives: [
          {
            key: term.key,
            scale: term.time === true ? TIME_SHARE : 1,
            anchor: term.factor !== UNIGRAM || term.key.startsWith(SYLLABLE),
          },
        ],
        forQuery: true,
      });
      continue;
    }
    if (index.stop.has(term.key)) continue;
    const word = term.key.slice(1);
    if (!term.key.startsWith(' ')) {
      // A character no trigger has; a new pair of known characters is just another way to say it.
      if (term.factor === UNIGRAM && !term.key.startsWith(SYLLABLE))
        unknown += term.factor * index.unknownWeight;
      const homophones = readingsOf === undefined ? [] : homophonePairs(index, term, readingsOf);
      if (homophones.length > 0) groups.push({ alternatives: homophones, forQuery: true });
      continue;
    }
    if (!words.includes(word)) continue;
    const last = normal.compact.endsWith(word);
    const alternatives: Alternative[] = [];
    if (last && word.length >= 2) {
      for (const w of prefixWords(index, word))
        alternatives.push({ key: ` ${w}`, scale: TYPED, anchor: true });
    }
    if (word.length >= MIN_TYPO_LENGTH) {
      for (const w of typoWords(index, word)) alternatives.push({ key: ` ${w}`, scale: TYPO, anchor: true });
    }
    if (alternatives.length > 0) groups.push({ alternatives, forQuery: true });
    else if (!pinyinKnown) unknown += term.factor * index.unknownWeight;
  }
  for (const skip of skips) {
    if (seen.has(skip.key) || !index.weight.has(skip.key)) continue;
    seen.add(skip.key);
    groups.push({ alternatives: [{ key: skip.key, scale: SKIP, anchor: true }], forQuery: false });
  }
  return { groups, unknown };
}

export function matchOverlap(
  index: OverlapIndex,
  normal: QueryText,
  minScore: number = MIN_SCORE,
  /** Given for a Chinese query: pairs no trigger has are also looked up by their sound. */
  readingsOf?: ReadingsOf,
): OverlapHit[] {
  const { groups, unknown } = groupsOf(index, normal, readingsOf);
  if (groups.length === 0) return [];
  const {
    scratchText: side,
    scratchQuery: said,
    scratchAnchored: anchored,
    postings,
    weight,
    entryText,
  } = index;
  const totals = normal.hasHan ? index.totals : index.spokenTotals;
  const touched: number[] = [];
  let queryTotal = unknown;
  for (const group of groups) {
    let best = 0;
    for (const term of group.alternatives) {
      const w = (weight.get(term.key) ?? 0) * term.scale;
      best = Math.max(best, w);
      const list = postings.get(term.key);
      if (list === undefined) continue;
      for (let i = 0; i < list.length; i++) {
        const t = list[i] as number;
        if (side[t] === 0 && said[t] === 0) touched.push(t);
        side[t] = (side[t] as number) + w;
        if (term.anchor) anchored[t] = 1;
        if (group.forQuery) said[t] = (said[t] as number) + w;
      }
    }
    if (group.forQuery) queryTotal += best;
  }
  const hits: OverlapHit[] = [];
  for (const t of touched) {
    const total = totals[t] as number;
    const textCoverage = total > 0 ? Math.min(1, (side[t] as number) / total) : 0;
    const queryCoverage = queryTotal > 0 ? Math.min(1, (said[t] as number) / queryTotal) : 0;
    const anchor = anchored[t] === 1 ? 1 : UNANCHORED;
    const score = ((textCoverage + queryCoverage) / 2) * anchor;
    side[t] = 0;
    said[t] = 0;
    anchored[t] = 0;
    if (score >= minScore)
      hits.push({
        text: entryText[t] as number,
        score,
        contained: textCoverage >= 0.999,
        query: queryCoverage * anchor,
      });
  }
  return hits;
}
