/**
 * The pinyin keys of each offset of a Chinese title or trigger, for the index's pinyin posting
 * lists (typed pinyin is looked up by its first 2 or 3 letters, objection-index.ts). There were 1.5 million
 * offsets at 5,000 objections when say/do lines had keys too but few distinct pairs of reading sets, and building the key strings
 * per offset was a large part of the index build (issue 11, build ≤ 500 ms): the keys are worked
 * out once per pair of reading sets (when those two decide them) and kept as posting-key ids.
 */
import type { StringPostingBuilder } from './postings';
import type { ReadingTable } from './readings';
import { grown } from './typed-growth';

/** Which list a key goes to (one memo slot each): full pinyin's first 2 or 3 letters, or initials. */
export const SHORT = 0;
export const LONG = 1;
const INITIALS = 2;
const LISTS = 3;
/** Reading-set ids below this are memoised as the third of a triple (pair slot × this + id + 1). */
const TRIPLE_SPAN = 1 << 20;
/** Triples with this many keys or more are not memoised (the count shares a number with the start). */
const MAX_FOUND = 1 << 10;

/**
 * The keys of a pair of reading sets (a character and the next, or "nothing follows"), per list,
 * are kept flat: 100,000 pairs at 5,000 objections, and an object and a typed array per pair were
 * most of the build's garbage-collector time (issue 11).
 */
export class PinyinKeys {
  /**
   * First set id → (second set id + 1, 0 for "nothing follows") → pair index + 1: plain typed
   * rows, because this is asked for each of 1.5 million offsets (issue 11); a row is only as long
   * as the largest second set seen after that first one.
   */
  private readonly rows: (Int32Array | undefined)[] = [];
  private pairs = 0;
  /**
   * Per pair and list (slot = pair * LISTS + list), at 2 * slot: where its key ids start in
   * `pool` (-1 not known), then how many: side by side, one cache miss per offset, not two.
   */
  private memo = new Int32Array(1 << 13).fill(-1);
  /** Key ids, each pair's run after the other; a result that is not kept is written past `used`. */
  pool = new Int32Array(1 << 14);
  private used = 0;
  /** How many key ids the last call found (at the offset it returned). */
  found = 0;
  /** The readings being joined into a key, and the distinct key ids found (reused per call). */
  private readonly parts: string[] = [];
  private keyIds = new Int32Array(64);
  /**
   * How many of `keyIds` the last call found: a count, not `length = 0` on an array, which frees
   * its storage for the next push to allocate again at each of 100,000 pairs (issue 11, garbage).
   */
  private keyCount = 0;
  /**
   * (pair slot, next set id + 1 or 0) → where the keys start in `pool` × MAX_FOUND + how many,
   * for offsets whose first two characters' readings are too short to decide the key (a, ba):
   * working them out again at every such offset was a tenth of the build's garbage (issue 11).
   */
  private readonly triples = new Map<number, number>();

  constructor(private readonly readings: ReadingTable) {}

  /**
   * The memo slot (pair * LISTS) of the pair at `at` (of `ids`, the text ending at `end`). With
   * `alone`, the character's readings decide by themselves (each reaches the key length): then
   * what follows does not matter, as when nothing follows, and that pair's slot serves (a few
   * hundred reading sets instead of 100,000 pairs to work out, issue 11).
   */
  private pairAt(ids: Int32Array, at: number, end: number, alone: boolean): number {
    const first = ids[at] as number;
    const slot = alone || at + 1 >= end ? 0 : (ids[at + 1] as number) + 1;
    let row = this.rows[first];
    if (row === undefined || slot >= row.length) {
      row = grown(row ?? new Int32Array(8), slot + 1);
      this.rows[first] = row;
    }
    let pair = (row[slot] as number) - 1;
    if (pair < 0) {
      pair = this.pairs++;
      row[slot] = pair + 1;
      if (this.pairs * LISTS * 2 > this.memo.length) this.memo = grown(this.memo, this.pairs * LISTS * 2, -1);
    }
    return pair * LISTS;
  }

  /** Room for `count` more key ids in the pool. */
  private reserve(count: number): void {
    if (this.used + count > this.pool.length) this.pool = grown(this.pool, this.used + count);
  }

  /**
   * Where in `pool` the ids in `lists` start (`found` of them) of every distinct `length`-letter
   * beginning of the readings of the text from `at` on (`ids`: reading-set ids, the text ends at
   * `end`); `which` names the list. Kept when the first two characters decide it: the last
   * character (nothing follows), or two whose shortest readings reach the length.
   */
  keysAt(
    lists: StringPostingBuilder,
    which: number,
    ids: Int32Array,
    at: number,
    end: number,
    length: number,
  ): number {
    const { shortest } = this.readings;
    const alone = (shortest[ids[at] as number] as number) >= length;
    const slot = this.pairAt(ids, at, end, alone) + which;
    const known = this.memo[2 * slot] as number;
    if (known >= 0) {
      this.found = this.memo[2 * slot + 1] as number;
      return known;
    }
    const last = alone || at + 1 >= end;
    const pairDecides =
      last || (shortest[ids[at] as number] as number) + (shortest[ids[at + 1] as number] as number) >= length;
    let triple = -1;
    if (!pairDecides) {
      const third = at + 2 < end ? (ids[at + 2] as number) : -1;
      // Nothing after the pair, or three characters reach the length: those three decide.
      if (
        third < 0 ||
        (shortest[ids[at] as number] as number) +
          (shortest[ids[at + 1] as number] as number) +
          (shortest[third] as number) >=
          length
      ) {
        if (third + 1 < TRIPLE_SPAN) triple = slot * TRIPLE_SPAN + third + 1;
      }
      const hit = triple < 0 ? undefined : this.triples.get(triple);
      if (hit !== undefined) {
        this.found = hit % MAX_FOUND;
        return Math.floor(hit / MAX_FOUND);
      }
    }
    this.keyCount = 0;
    this.collect(lists, ids, at, end, 0, 0, length);
    const count = this.keyCount;
    this.reserve(count);
    const from = this.used;
    for (let k = 0; k < count; k++) this.pool[from + k] = this.keyIds[k] as number;
    this.found = count;
    if (pairDecides) {
      this.memo[2 * slot] = from;
      this.memo[2 * slot + 1] = count;
      this.used += count;
    } else if (triple >= 0 && count < MAX_FOUND) {
      this.triples.set(triple, from * MAX_FOUND + count);
      this.used += count;
    }
    return from;
  }

  /**
   * Adds to `keyIds` the id in `lists` of every distinct `length`-letter beginning of the readings
   * from `at` on (before `end`), `depth` readings (`have` letters) already in `parts`. A key's id
   * is given in the order its first reading path is met, as when the keys were strings.
   */
  private collect(
    lists: StringPostingBuilder,
    ids: Int32Array,
    at: number,
    end: number,
    depth: number,
    have: number,
    length: number,
  ): void {
    if (have >= length) {
      const id = lists.idOfJoined(this.parts, depth, length);
      const { keyIds, keyCount } = this;
      for (let k = 0; k < keyCount; k++) if (keyIds[k] === id) return;
      if (keyCount === keyIds.length) this.keyIds = grown(keyIds);
      this.keyIds[keyCount] = id;
      this.keyCount = keyCount + 1;
      return;
    }
    if (at >= end) return;
    const readings = this.readings.sets[ids[at] as number] ?? [];
    for (let r = 0; r < readings.length; r++) {
      const reading = readings[r] as string;
      this.parts[depth] = reading;
      this.collect(lists, ids, at + 1, end, depth + 1, have + reading.length, length);
    }
  }

  /**
   * Where in `pool` the ids in `lists` start (`found` of them) of every first letter of the set
   * at `at` followed by one of the next set's (`at` is not the text's last offset).
   */
  initialPairs(lists: StringPostingBuilder, ids: Int32Array, at: number, end: number): number {
    const slot = this.pairAt(ids, at, end, false) + INITIALS;
    const known = this.memo[2 * slot] as number;
    if (known >= 0) {
      this.found = this.memo[2 * slot + 1] as number;
      return known;
    }
    const { initials } = this.readings;
    const firsts = initials[ids[at] as number] ?? '';
    const seconds = initials[ids[at + 1] as number] ?? '';
    this.reserve(firsts.length * seconds.length);
    const from = this.used;
    for (const first of firsts)
      for (const second of seconds) this.pool[this.used++] = lists.idOf(first + second);
    this.memo[2 * slot] = from;
    this.memo[2 * slot + 1] = this.used - from;
    this.found = this.used - from;
    return from;
  }
}
