/**
 * Posting lists keyed by integers, built by sorting instead of hashing (issue 11, index build
 * ≤ 500 ms): the Han bigrams and word hashes of a 5,000-objection pack are 800,000 postings over
 * 300,000 keys, and a hash-table lookup per posting (a cache miss in a table of megabytes) was
 * the largest cost left in the build. Here a posting is appended (key, value) in order, and the
 * build sorts them by key with a stable radix sort (values keep the order they were added in:
 * ascending text ids), numbers the distinct keys in ascending order and looks keys up by binary
 * search: a handful per keystroke.
 */
import { type KeyIds, PostingLists } from './postings';

/**
 * Keys as 32-bit integers while every key fits (Han grams and word hashes are below 2^30): half
 * the memory of doubles and no conversion per digit of the sort; a wider key turns them into
 * doubles (issue 11, build garbage: the typed buffers' external memory forced collections).
 */
export type Keys = Int32Array | Float64Array;

/** The distinct keys, ascending: a key's id is its position. */
export class SortedKeys implements KeyIds<number> {
  constructor(private readonly sorted: Keys) {}

  get size(): number {
    return this.sorted.length;
  }

  peek(key: number): number {
    const { sorted } = this;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sorted[mid] as number) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo < sorted.length && sorted[lo] === key ? lo : -1;
  }

  /** Keys are numbered when the lists are built; there is no adding afterwards. */
  idOf(key: number): number {
    const id = this.peek(key);
    if (id < 0) throw new Error('SortedKeys holds only the keys it was built with');
    return id;
  }

  keys(): IterableIterator<number> {
    return this.sorted.values();
  }
}

/**
 * The radix sort's second pair of buffers, lent from one list's sort to the next within one build
 * (the index sorts four lists one after another): one allocation of the largest instead of one per
 * list (issue 11, build garbage). What a sort leaves in them is overwritten by the next: callers
 * copy out what they keep. Never kept between builds (each build makes its own).
 */
export class SortScratch {
  private ints: Int32Array | null = null;
  private doubles: Float64Array | null = null;
  private values: Int32Array | null = null;

  /** `room`: the most pairs one sort will take (32-bit keys), so that no buffer is made twice. */
  constructor(room = 0) {
    if (room === 0) return;
    this.ints = new Int32Array(room);
    this.values = new Int32Array(room);
  }

  /** For builders sorted one after another: room for the largest (the index's four lists). */
  static for(builders: readonly SortedPostingBuilder[]): SortScratch {
    let room = 0;
    for (const builder of builders) room = Math.max(room, builder.size);
    return new SortScratch(room);
  }

  /** Room for `n` pairs of keys of the same type as `like`, and their values. */
  take(like: Keys, n: number): [Keys, Int32Array] {
    if (this.values === null || this.values.length < n) this.values = new Int32Array(n);
    if (like instanceof Int32Array) {
      if (this.ints === null || this.ints.length < n) this.ints = new Int32Array(n);
      return [this.ints, this.values];
    }
    if (this.doubles === null || this.doubles.length < n) this.doubles = new Float64Array(n);
    return [this.doubles, this.values];
  }
}

const DIGIT = 1 << 16;

/*
 * Each loop of the sort and of the build below is a function of its own (issue 11, build time, a
 * cold build): V8 optimises a long-running loop inside a function by recompiling the whole
 * function (OSR) and throws that code away at the next loop it has not seen run: the sort and
 * the builders' `build` methods were compiled 26 times per index build at 5,000 objections. A
 * small function per loop is compiled once and serves the four lists, both passes and later calls.
 */

/** The largest of keys[0, n) (0 when none is larger). */
function maxKey(keys: Keys, n: number): number {
  let max = 0;
  for (let i = 0; i < n; i++) if ((keys[i] as number) > max) max = keys[i] as number;
  return max;
}

/** Counts each key's digit (below 2^31: `shift`; else by `scale`) into `counts` (zeroed first). */
function countDigits(
  keys: Keys,
  n: number,
  small: boolean,
  shift: number,
  scale: number,
  counts: Int32Array,
) {
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    const digit = small ? ((key | 0) >>> shift) & (DIGIT - 1) : Math.floor(key / scale) % DIGIT;
    counts[digit] = (counts[digit] as number) + 1;
  }
}

/** Turns the counts into where each digit's run starts; returns how many digits occur. */
function digitStarts(counts: Int32Array): number {
  let sum = 0;
  let spread = 0;
  for (let d = 0; d < DIGIT; d++) {
    const count = counts[d] as number;
    if (count > 0) spread++;
    counts[d] = sum;
    sum += count;
  }
  return spread;
}

/** One pass: each pair, in order, to its digit's next place (stable). */
function scatter(
  fromKeys: Keys,
  fromValues: Int32Array,
  toKeys: Keys,
  toValues: Int32Array,
  n: number,
  small: boolean,
  shift: number,
  scale: number,
  counts: Int32Array,
) {
  for (let i = 0; i < n; i++) {
    const key = fromKeys[i] as number;
    const digit = small ? ((key | 0) >>> shift) & (DIGIT - 1) : Math.floor(key / scale) % DIGIT;
    const at = counts[digit] as number;
    counts[digit] = at + 1;
    toKeys[at] = key;
    toValues[at] = fromValues[i] as number;
  }
}

/**
 * The first `n` (key, value) pairs ordered by key (non-negative integers below 2^53), stably: a
 * radix sort on 16-bit digits, as many passes as the largest key needs (two below 2^32). The pairs
 * move together, read in order and written once per pass: sorting positions and then gathering
 * keys and values by them read memory at random, a tenth of the build (issue 11, build time).
 * Returns the sorted keys and values: the arrays given, or others of the same types (from
 * `scratch` when given, whose contents the next sort overwrites).
 */
export function sortPairs<K extends Keys>(
  keys: K,
  values: Int32Array,
  n: number,
  scratch: SortScratch = new SortScratch(),
): [K, Int32Array] {
  const max = maxKey(keys, n);
  let fromKeys: Keys = keys;
  let fromValues = values;
  let toKeys: Keys | null = null;
  let toValues: Int32Array | null = null;
  const counts = new Int32Array(DIGIT);
  // Below 2^31 a digit is two integer operations; above, it takes floating-point division.
  const small = max < 2 ** 31;
  for (let scale = 1, shift = 0; max >= scale; scale *= DIGIT, shift += 16) {
    countDigits(fromKeys, n, small, shift, scale, counts);
    // Every key has this digit alike: the pass would leave the order as it is.
    if (digitStarts(counts) <= 1) continue;
    if (toKeys === null || toValues === null) [toKeys, toValues] = scratch.take(keys, n);
    scatter(fromKeys, fromValues, toKeys, toValues, n, small, shift, scale, counts);
    [fromKeys, toKeys] = [toKeys, fromKeys];
    [fromValues, toValues] = [toValues, fromValues];
  }
  return [fromKeys as K, fromValues];
}

/** The smallest and largest of keys[0, n), 0 included. */
function keyRange(keys: Keys, n: number): [number, number] {
  let min = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    if (key < min) min = key;
    else if (key > max) max = key;
  }
  return [min, max];
}

/** Subtracts `min` from keys[0, n). */
function shiftKeys(keys: Keys, n: number, min: number): void {
  for (let i = 0; i < n; i++) keys[i] = (keys[i] as number) - min;
}

/** How many distinct keys sorted[0, n) holds. */
function distinctKeys(sorted: Keys, n: number): number {
  let count = 0;
  let previous = -1;
  for (let i = 0; i < n; i++) {
    const key = sorted[i] as number;
    if (key !== previous) count++;
    previous = key;
  }
  return count;
}

/**
 * Writes the distinct keys (plus `min`) and the kept values over the sorted arrays, behind the
 * position read (keyCount ≤ written ≤ i), and where each key's values start into `offsets`;
 * returns how many values are kept. Two arrays of every posting fewer per list, whose external
 * memory forced collections (issue 11, build garbage).
 */
function compact(keys: Keys, values: Int32Array, n: number, min: number, once: boolean, offsets: Int32Array) {
  let keyCount = 0;
  let written = 0;
  let previousKey = -1;
  for (let i = 0; i < n; i++) {
    const key = keys[i] as number;
    const value = values[i] as number;
    if (key !== previousKey) {
      keys[keyCount] = key + min;
      offsets[keyCount++] = written;
      previousKey = key;
    } else if (once && values[written - 1] === value) continue;
    values[written++] = value;
  }
  offsets[keyCount] = written;
  return written;
}

/** Whether `key` is a 32-bit integer (an Int32Array holds it as it is). */
const isInt32 = (key: number) => (key | 0) === key;

/**
 * Write side: `add` appends; with `once`, a posting equal to the key's previous one is dropped
 * (a text holding a key twice is listed once; postings arrive in text order), as in postings.ts.
 */
export class SortedPostingBuilder {
  private keys: Keys;
  private values: Int32Array;
  private count = 0;

  /** `capacity`: postings expected, as in postings.ts (no copies as the buffers grow, issue 11). */
  constructor(
    private readonly once: boolean,
    capacity = 1 << 12,
  ) {
    this.keys = new Int32Array(Math.max(capacity, 16));
    this.values = new Int32Array(this.keys.length);
  }

  /** Postings added so far (to size a SortScratch for several builders). */
  get size(): number {
    return this.count;
  }

  add(key: number, value: number): void {
    if (!isInt32(key) && this.keys instanceof Int32Array) this.keys = Float64Array.from(this.keys);
    if (this.count === this.keys.length) {
      const keys = new (this.keys.constructor as new (length: number) => Keys)(this.count * 2);
      keys.set(this.keys);
      const values = new Int32Array(this.count * 2);
      values.set(this.values);
      this.keys = keys;
      this.values = values;
    }
    this.keys[this.count] = key;
    this.values[this.count++] = value;
  }

  /** The lists; `scratch` lends the sort its second buffers (see SortScratch). */
  build(scratch?: SortScratch): PostingLists<number> {
    const n = this.count;
    const { values } = this;
    // The pairs are sorted in these buffers: the builder is spent.
    const [min, max] = keyRange(this.keys, n);
    // Keys from 0 up for the radix sort (a Han character's key is negative, gram-keys.ts); as
    // doubles when the shifted keys would not fit 32 bits.
    if (!isInt32(max - min) && this.keys instanceof Int32Array) this.keys = Float64Array.from(this.keys);
    const keys = this.keys;
    if (min < 0) shiftKeys(keys, n, min);
    const [sortedKeys, sortedValues] = sortPairs(keys, values, n, scratch);
    // Offsets sized by the distinct keys (a third of the postings), counted first.
    const keyCount = distinctKeys(sortedKeys, n);
    const offsets = new Int32Array(keyCount + 1);
    const written = compact(sortedKeys, sortedValues, n, min, this.once, offsets);
    return new PostingLists(
      new SortedKeys(sortedKeys.slice(0, keyCount)),
      offsets,
      sortedValues.slice(0, written),
    );
  }
}
