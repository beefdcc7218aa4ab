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

/** The distinct keys, ascending: a key's id is its position. */
export class SortedKeys implements KeyIds<number> {
  constructor(private readonly sorted: Float64Array) {}

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

const DIGIT = 1 << 16;

/**
 * The first `n` (key, value) pairs ordered by key (non-negative integers below 2^53), stably: a
 * radix sort on 16-bit digits, as many passes as the largest key needs (two below 2^32). The pairs
 * move together, read in order and written once per pass: sorting positions and then gathering
 * keys and values by them read memory at random, a tenth of the build (issue 11, build time).
 * Returns the sorted keys and values (the arrays given, or new ones).
 */
export function sortPairs(keys: Float64Array, values: Int32Array, n: number): [Float64Array, Int32Array] {
  let max = 0;
  for (let i = 0; i < n; i++) if ((keys[i] as number) > max) max = keys[i] as number;
  let fromKeys = keys;
  let fromValues = values;
  let toKeys: Float64Array | null = null;
  let toValues: Int32Array | null = null;
  const counts = new Int32Array(DIGIT);
  // Below 2^31 a digit is two integer operations; above, it takes floating-point division.
  const small = max < 2 ** 31;
  for (let scale = 1, shift = 0; max >= scale; scale *= DIGIT, shift += 16) {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const key = fromKeys[i] as number;
      const digit = small ? ((key | 0) >>> shift) & (DIGIT - 1) : Math.floor(key / scale) % DIGIT;
      counts[digit] = (counts[digit] as number) + 1;
    }
    let sum = 0;
    let spread = 0;
    for (let d = 0; d < DIGIT; d++) {
      const count = counts[d] as number;
      if (count > 0) spread++;
      counts[d] = sum;
      sum += count;
    }
    // Every key has this digit alike: the pass would leave the order as it is.
    if (spread <= 1) continue;
    toKeys ??= new Float64Array(n);
    toValues ??= new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const key = fromKeys[i] as number;
      const digit = small ? ((key | 0) >>> shift) & (DIGIT - 1) : Math.floor(key / scale) % DIGIT;
      const at = counts[digit] as number;
      counts[digit] = at + 1;
      toKeys[at] = key;
      toValues[at] = fromValues[i] as number;
    }
    [fromKeys, toKeys] = [toKeys, fromKeys];
    [fromValues, toValues] = [toValues, fromValues];
  }
  return [fromKeys, fromValues];
}

/**
 * Write side: `add` appends; with `once`, a posting equal to the key's previous one is dropped
 * (a text holding a key twice is listed once; postings arrive in text order), as in postings.ts.
 */
export class SortedPostingBuilder {
  private keys: Float64Array;
  private values: Int32Array;
  private count = 0;

  /** `capacity`: postings expected, as in postings.ts (no copies as the buffers grow, issue 11). */
  constructor(
    private readonly once: boolean,
    capacity = 1 << 12,
  ) {
    this.keys = new Float64Array(Math.max(capacity, 16));
    this.values = new Int32Array(this.keys.length);
  }

  add(key: number, value: number): void {
    if (this.count === this.keys.length) {
      const keys = new Float64Array(this.count * 2);
      keys.set(this.keys);
      const values = new Int32Array(this.count * 2);
      values.set(this.values);
      this.keys = keys;
      this.values = values;
    }
    this.keys[this.count] = key;
    this.values[this.count++] = value;
  }

  build(): PostingLists<number> {
    const n = this.count;
    const { keys, values } = this;
    // The pairs are sorted in these buffers: the builder is spent.
    let min = 0;
    for (let i = 0; i < n; i++) if ((keys[i] as number) < min) min = keys[i] as number;
    // Keys from 0 up for the radix sort (a Han character's key is negative, gram-keys.ts).
    if (min < 0) for (let i = 0; i < n; i++) keys[i] = (keys[i] as number) - min;
    const [sortedKeys, sortedValues] = sortPairs(keys, values, n);
    // The distinct keys and the kept values are written over the sorted arrays, behind the
    // position read (keyCount ≤ written ≤ i): two arrays of every posting fewer per list, whose
    // external memory forced collections (issue 11, build garbage).
    const offsets = new Int32Array(n + 1);
    let keyCount = 0;
    let written = 0;
    let previousKey = -1;
    for (let i = 0; i < n; i++) {
      const key = sortedKeys[i] as number;
      const value = sortedValues[i] as number;
      if (key !== previousKey) {
        sortedKeys[keyCount] = key + min;
        offsets[keyCount++] = written;
        previousKey = key;
      } else if (this.once && sortedValues[written - 1] === value) continue;
      sortedValues[written++] = value;
    }
    offsets[keyCount] = written;
    return new PostingLists(
      new SortedKeys(sortedKeys.slice(0, keyCount)),
      offsets.slice(0, keyCount + 1),
      sortedValues.slice(0, written),
    );
  }
}
