/**
 * The matches of one query, kept per objection (its best), and the score bands they are ranked in
 * (the order of the bands is described in search.ts).
 */
import { HEAD_FIELDS, type IndexedText, type ObjectionIndex } from './objection-index';

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

export const KIND_TIER = [1, 2, 4, 4, 5, 6, 1, 3] as const; // by MATCH_KINDS index
export const FUZZY = 0;
export const SUBSTRING = 1;
export const PINYIN = 2;
export const INITIALS = 3;
export const PREFIX = 4;
export const EXACT = 5;
export const OVERLAP = 6;
export const SAID = 7;
/** A crisis objection with a signal in the query (issue 11 §2) goes first, whatever follows. */
export const CRISIS_FIRST = 100 * 1_000_000;
/**
 * Where a weak crisis signal puts the best crisis card at the latest: in the three an agent reads
 * first. A weak signal (a note for the kids, "I can't go on like this") inside a sentence about
 * something else left it ninth behind the cards the rest of the sentence matched, where no agent
 * looks during a call; a missed crisis is the worst failure (DOMAIN.md), one slot of three the
 * cheapest price.
 */
export const WEAK_CRISIS_PLACE = 3;
/** Overlap precision (score × 8, see matchSpoken) below which the bag's help to a crisis card is capped. */
export const STRONG_OVERLAP = 5;
export const FIELD_TIER = [2, 2, 1, 1] as const;
export const KIND_BAND = 1_000_000;
export const CRISIS_BONUS = 500_000;
export const FIELD_BAND = 100_000;
export const PRECISION_BAND = 10_000;
export const LIFT_BAND = 100;
/** Precision points. The match starts the text, or a phrase in it (after a space or punctuation). */
export const AT_START = 5;
export const AT_PHRASE = 2;
/** The query spells whole words, or ends where a phrase or the text ends. */
export const WHOLE = 3;
/** Among equally good matches in the title or a trigger, the title wins. */
export const TITLE = 1;
export const MAX_COVERAGE = 9;
export const MAX_SUPPORT = 9;
export const SUPPORT_BAND = 10;
/** Below one point of coverage: the tie-break of ranked matches (offerRanked). */
export const MAX_TIE = 0.99;

export type Part = 'head' | 'body';

/** The best match of each objection for one query. */
export class Hits {
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
    const field = text.field;
    const coverage = Math.min(MAX_COVERAGE, Math.floor((MAX_COVERAGE * span) / text.compact.length));
    const score =
      (KIND_TIER[kind as 0] ?? 0) * KIND_BAND +
      (FIELD_TIER[field as 0] ?? 0) * FIELD_BAND +
      (precision + (field === 0 ? TITLE : 0)) * PRECISION_BAND +
      coverage;
    this.keep(textId, kind, score);
  }

  /**
   * A match ranked by a relevance already computed (spoken-match.ts): `level` 0–9 in the precision
   * band, `fine` 0–9 in the coverage band, `tie` (0–1) below it for matches equal in all the rest;
   * as a title or trigger match whatever text is shown.
   */
  offerRanked(textId: number, kind: number, level: number, fine: number, tie = 0): void {
    const clamp = (n: number) => Math.max(0, Math.min(9, Math.floor(n)));
    const score =
      (KIND_TIER[kind as 0] ?? 0) * KIND_BAND +
      (FIELD_TIER[0] ?? 0) * FIELD_BAND +
      clamp(level) * PRECISION_BAND +
      clamp(fine) +
      Math.max(0, Math.min(MAX_TIE, tie));
    this.keep(textId, kind, score);
  }

  private keep(textId: number, kind: number, score: number): void {
    const text = this.texts[textId] as IndexedText;
    const o = text.objection;
    if (this.best[o] === 0) this.touched.push(o);
    if (score > (this.best[o] ?? 0)) {
      this.best[o] = score;
      this.bestText[o] = textId;
      this.bestKind[o] = kind;
    }
    this.note(textId);
  }

  /** Counts a title or trigger that matched toward its objection's support (once per text). */
  note(textId: number): void {
    const text = this.texts[textId] as IndexedText;
    if (text.field < HEAD_FIELDS && this.seenText[textId] === 0) {
      this.seenText[textId] = 1;
      this.support[text.objection] = Math.min(MAX_SUPPORT, (this.support[text.objection] as number) + 1);
    }
  }
}

/**
 * True when `limit` objections already have a title or trigger match of at least `kind`: then no
 * say/do match (one field band lower, which no precision, lift or support can make up) can enter
 * the results, and the body text need not be searched.
 */
export function headSuffices(hits: Hits, kind: number, limit: number): boolean {
  const floor = (KIND_TIER[kind as 0] ?? 0) * KIND_BAND + (FIELD_TIER[0] ?? 0) * FIELD_BAND;
  let count = 0;
  for (const o of hits.touched) if ((hits.best[o] as number) >= floor && ++count >= limit) return true;
  return false;
}

/** Ends at the end of the text or where the next word or phrase starts. */
export function endsWhole(index: ObjectionIndex, text: IndexedText, end: number): boolean {
  return end >= text.compact.length || index.starts[text.base + end] === 1;
}
