/**
 * Overlap of what the customer said with each title and trigger (issue 11 §1): Chinese character
 * bigrams (and single characters, and bigrams that skip one extra character: 没有钱 → 没钱),
 * English words (one typo allowed from three letters: "cnt" → "cant", the word being typed as a
 * prefix), after particles, filler and relatives are reduced on both sides (spoken.ts). Each term
 * weighs by its rarity among titles and triggers (idf), so 我 or "i" count for little.
 *
 * The score is the mean of two coverages: how much of the trigger the query holds (1 when the
 * query contains the whole trigger: `contained`) and how much of the query the trigger explains.
 * Only titles and triggers take part: say/do lines are long and answer, they are not what is said.
 */
import { withinOneEdit } from './edit-distance';
import { isHan, lowerBound, type NormalizedText, normalizeText, splitParts, wordsOf } from './normalize';
import { KIN, reduceHan, reduceWord } from './spoken';

const UNIGRAM = 0.5;
const BIGRAM = 1;
const WORD = 1;
/** A bigram of the query that skips one character, a word one typo off, a word being typed. */
const SKIP = 0.8;
const TYPO = 0.8;
const TYPED = 0.7;
/** Terms in more texts than this are too common to tell objections apart (and cost the most). */
const MIN_STOP_DF = 64;
const STOP_SHARE = 0.05;
const MIN_TYPO_LENGTH = 3;
const MAX_PREFIX_WORDS = 8;
/**
 * A query term that no title or trigger holds still counts against the query's coverage (没空 must
 * not match every trigger with 没 in it), at a fifth of the weight of the rarest term: it may be a word
 * of the objection the pack lacks, or just talk.
 */
const UNKNOWN_SHARE = 0.2;

/** Readings of a Han character (pinyin, toneless), or undefined when unknown. */
export type ReadingsOf = (char: string) => readonly string[] | undefined;

/** Polyphones: this many readings of a character take part (还 huan/hai), the rest are rare. */
const MAX_READINGS = 2;
const SYLLABLE = '~';
const MAX_SYLLABLE = 6;
/** A pinyin syllable (a, e, o, n, m alone; otherwise two letters or more). */
const SYLLABLE_SHAPE = /^(?:[aeonm]|[a-z]{2,6})$/;

export interface OverlapIndex {
  /**
   * Term → entries holding it, ascending. An entry is one alternative of a title or trigger
   * (没钱/手头紧 is two), so a query holding one alternative holds a whole entry.
   */
  readonly postings: ReadonlyMap<string, Int32Array>;
  /** Entry → its text id in ObjectionIndex.texts. */
  readonly entryText: Int32Array;
  readonly weight: ReadonlyMap<string, number>;
  /**
   * Per entry: the summed weight of its characters, bigrams and words (what a Chinese query is
   * measured against), and of its pinyin syllables and words (what a Latin query is).
   */
  readonly totals: Float64Array;
  readonly spokenTotals: Float64Array;
  /** English words of titles and triggers, sorted, and their one-deletion variants. */
  readonly words: readonly string[];
  readonly deletions: ReadonlyMap<string, readonly string[]>;
  /** Terms too common to count (left out of `weight`, but not unknown). */
  readonly stop: ReadonlySet<string>;
  /** What a query term no title or trigger holds weighs (per unit of its factor). */
  readonly unknownWeight: number;
  /** Every pinyin syllable of the titles and triggers, to cut typed pinyin into syllables. */
  readonly syllables: ReadonlySet<string>;
  /** Reused per keystroke (single-threaded): per entry, trigger-side and query-side matched weight. */
  readonly scratchText: Float64Array;
  readonly scratchQuery: Float64Array;
  readonly scratchAnchored: Uint8Array;
}

interface Term {
  key: string;
  factor: number;
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

/** The terms of a normalised text; `query` adds skip bigrams (which never count for the query). */
function termsOf(
  normal: NormalizedText,
  query: boolean,
  readingsOf: ReadingsOf | null,
  syllables: ReadonlySet<string> | null,
): { terms: Term[]; skips: Term[]; words: string[] } {
  const terms: Term[] = [];
  const skips: Term[] = [];
  const words: string[] = [];
  for (const word of wordsOf(normal)) {
    const first = word[0] as string;
    if (isHan(first) || first === KIN) {
      const chars = Array.from(reduceHan(word));
      gramsOf(
        chars.map((c) => [c]),
        '',
        terms,
        query ? skips : null,
      );
      if (readingsOf !== null) {
        const readings = chars.map((c) => (readingsOf(c) ?? [c]).slice(0, MAX_READINGS));
        gramsOf(readings, SYLLABLE, terms, null);
      }
      continue;
    }
    if (syllables !== null && word.length >= 4) {
      const cut = cutSyllables(word, syllables);
      if (cut !== null && cut.length >= 2)
        gramsOf(
          cut.map((c) => [c]),
          SYLLABLE,
          terms,
          skips,
        );
    }
    const reduced = reduceWord(word);
    if (reduced === '') continue;
    if (reduced !== KIN && !/^\d+$/.test(reduced)) words.push(reduced);
    terms.push({ key: ` ${reduced}`, factor: WORD });
  }
  return { terms, skips, words };
}

/** `texts[i]` is the source of text id i, or null for a say/do line. */
/**
 * `readingsOf` gives each Han character's readings; `allReadings` every reading seen in the pack
 * (say/do lines included), so typed pinyin with a particle or a word no trigger has can still be
 * cut into syllables.
 */
export function buildOverlapIndex(
  texts: readonly (string | null)[],
  readingsOf: ReadingsOf,
  allReadings: Iterable<string>,
): OverlapIndex {
  const lists = new Map<string, number[]>();
  const factors = new Map<string, number>();
  const termKeys: string[][] = [];
  const entryText: number[] = [];
  let headCount = 0;
  const vocabulary = new Set<string>();
  texts.forEach((source, id) => {
    if (source === null) return;
    headCount++;
    for (const part of splitParts(source)) {
      const entry = entryText.length;
      const { terms, words } = termsOf(normalizeText(part), false, readingsOf, null);
      if (terms.length === 0) continue;
      entryText.push(id);
      for (const word of words) vocabulary.add(word);
      const keys: string[] = [];
      for (const term of terms) {
        const list = lists.get(term.key);
        // A key's factor follows from its shape (one unit or two, a word), so it is set once.
        if (list === undefined) {
          lists.set(term.key, [entry]);
          factors.set(term.key, term.factor);
        } else if (list[list.length - 1] !== entry) list.push(entry);
        else continue;
        keys.push(term.key);
      }
      termKeys.push(keys);
    }
  });
  const stopDf = Math.max(MIN_STOP_DF, STOP_SHARE * headCount);
  const postings = new Map<string, Int32Array>();
  const weight = new Map<string, number>();
  const stop = new Set<string>();
  for (const [key, list] of lists) {
    if (list.length > stopDf) {
      stop.add(key);
      continue;
    }
    postings.set(key, new Int32Array(list));
    weight.set(key, (factors.get(key) ?? 1) * Math.log(1 + headCount / list.length));
  }
  const syllables = new Set<string>();
  for (const reading of allReadings) if (SYLLABLE_SHAPE.test(reading)) syllables.add(reading);
  const totals = new Float64Array(entryText.length);
  const spokenTotals = new Float64Array(entryText.length);
  termKeys.forEach((keys, entry) => {
    for (const key of keys) {
      const w = weight.get(key) ?? 0;
      if (!key.startsWith(SYLLABLE)) totals[entry] = (totals[entry] as number) + w;
      if (key.startsWith(SYLLABLE) || key.startsWith(' '))
        spokenTotals[entry] = (spokenTotals[entry] as number) + w;
    }
  });
  const words = [...vocabulary].sort();
  const deletions = new Map<string, string[]>();
  for (const word of words) {
    if (word.length < MIN_TYPO_LENGTH) continue;
    for (let i = 0; i < word.length; i++) {
      const deleted = word.slice(0, i) + word.slice(i + 1);
      const list = deletions.get(deleted);
      if (list === undefined) deletions.set(deleted, [word]);
      else if (list[list.length - 1] !== word) list.push(word);
    }
  }
  return {
    postings,
    weight,
    totals,
    spokenTotals,
    words,
    deletions,
    syllables,
    stop,
    unknownWeight: UNKNOWN_SHARE * Math.log(1 + headCount),
    entryText: new Int32Array(entryText),
    scratchText: new Float64Array(entryText.length),
    scratchQuery: new Float64Array(entryText.length),
    scratchAnchored: new Uint8Array(entryText.length),
  };
}

/** Words one typo away from `word` (candidates from the deletion variants, as in SymSpell). */
function typoWords(index: OverlapIndex, word: string): string[] {
  const out = new Set<string>();
  const consider = (candidate: string) => {
    if (candidate !== word && withinOneEdit(word, candidate)) out.add(candidate);
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

function groupsOf(index: OverlapIndex, normal: NormalizedText): { groups: Group[]; unknown: number } {
  const { terms, skips, words } = termsOf(normal, true, null, normal.hasHan ? null : index.syllables);
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
          { key: term.key, scale: 1, anchor: term.factor !== UNIGRAM || term.key.startsWith(SYLLABLE) },
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
  normal: NormalizedText,
  minScore: number = MIN_SCORE,
): OverlapHit[] {
  const { groups, unknown } = groupsOf(index, normal);
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
    const score = ((textCoverage + queryCoverage) / 2) * (anchored[t] === 1 ? 1 : UNANCHORED);
    side[t] = 0;
    said[t] = 0;
    anchored[t] = 0;
    if (score >= minScore)
      hits.push({ text: entryText[t] as number, score, contained: textCoverage >= 0.999 });
  }
  return hits;
}
