/**
 * Posting lists stored flat: every key's values in one Int32Array, one after the other (issue 11,
 * index build ≤ 500 ms at 5,000 objections). The earlier build kept a growing number[] per key
 * (about a million of them) and copied each into its own Int32Array; the arrays and copies were
 * most of the build's garbage. Here a key gets a small integer id once (from a hash table on typed
 * arrays, string-table.ts: a Map per lookup was the largest single cost of the build; integer keys
 * are sorted instead, sorted-postings.ts), each value is written into one growing buffer with its
 * id, and a counting sort by id lays the lists out at the end (values keep the order they were
 * added in: ascending text ids).
 */
import { StringTable } from './string-table';
import { grown } from './typed-growth';

/** Keys to dense ids (StringTable, SortedKeys, TypoDeletions' table). */
export interface KeyIds<Key> {
  readonly size: number;
  idOf(key: Key): number;
  /** -1 when the key was never added. */
  peek(key: Key): number;
  keys(): IterableIterator<Key>;
}

/** Read side: a map from key to its values (a view into the shared buffer). */
export class PostingLists<Key> {
  constructor(
    private readonly ids: KeyIds<Key>,
    private readonly offsets: Int32Array,
    private readonly values: Int32Array,
    /** Per key id, 1 when the build left it out (see PostingBuilder.build). */
    private readonly dropped: Uint8Array | null = null,
    private readonly droppedCount = 0,
  ) {}

  private idOf(key: Key): number {
    const id = this.ids.peek(key);
    return id < 0 || this.dropped?.[id] === 1 ? -1 : id;
  }

  get(key: Key): Int32Array | undefined {
    const id = this.idOf(key);
    if (id < 0) return undefined;
    return this.values.subarray(this.offsets[id] as number, this.offsets[id + 1] as number);
  }

  has(key: Key): boolean {
    return this.idOf(key) >= 0;
  }

  get size(): number {
    return this.ids.size - this.droppedCount;
  }

  *keys(): IterableIterator<Key> {
    let id = 0;
    for (const key of this.ids.keys()) if (this.dropped?.[id++] !== 1) yield key;
  }
}

/**
 * Write side. `width` values make one posting (1: a text id; 2: a text id and an offset). With
 * `once`, a posting equal to the key's previous one is dropped (a text holding a key twice is
 * listed once; postings arrive in text order).
 */
export class PostingBuilder<Key> {
  private termOf: Int32Array;
  private values: Int32Array;
  private count = 0;
  /** Per key id: its first value last added (text id), for `once`. */
  private last = new Int32Array(1 << 10).fill(-1);

  constructor(
    protected readonly ids: KeyIds<Key>,
    private readonly width: 1 | 2,
    private readonly once: boolean,
    /**
     * Postings expected: sized once from the pack's length, the buffers are not copied as they grow
     * (those copies forced collections, issue 11); room never written costs nothing (zeroed pages).
     */
    capacity = 1 << 12,
  ) {
    this.termOf = new Int32Array(Math.max(capacity, 16));
    this.values = new Int32Array(this.termOf.length * width);
  }

  /** The key's id, given on first sight. */
  idOf(key: Key): number {
    return this.ids.idOf(key);
  }

  /** The keys' table alone (what a reader keeps, without the builder's buffers). */
  get keyIds(): KeyIds<Key> {
    return this.ids;
  }

  /** The key's id, or -1 when it was never added. */
  peek(key: Key): number {
    return this.ids.peek(key);
  }

  keys(): IterableIterator<Key> {
    return this.ids.keys();
  }

  add(key: Key, value: number, second = 0): void {
    this.addNew(this.idOf(key), value, second);
  }

  addId(id: number, value: number, second = 0): void {
    this.addNew(id, value, second);
  }

  /** Adds the posting; false when `once` dropped it as a repeat. */
  addNew(id: number, value: number, second = 0): boolean {
    if (this.once) {
      if (id >= this.last.length) this.growLast(id);
      if (this.last[id] === value) return false;
      this.last[id] = value;
    }
    if (this.count === this.termOf.length) this.grow();
    this.termOf[this.count] = id;
    if (this.width === 1) this.values[this.count] = value;
    else {
      this.values[2 * this.count] = value;
      this.values[2 * this.count + 1] = second;
    }
    this.count++;
    return true;
  }

  /** Postings added so far (repeats dropped by `once` not counted). */
  get added(): number {
    return this.count;
  }

  /**
   * The key id of each posting added, in order: a view of the builder's own buffer, valid until
   * the next `add` (the overlap index reads its entries' terms here instead of keeping a copy,
   * issue 11, build garbage). `build` leaves it as it is.
   */
  addedKeyIds(): Int32Array {
    return this.termOf.subarray(0, this.count);
  }

  private growLast(id: number): void {
    this.last = grown(this.last, id + 1, -1);
  }

  private grow(): void {
    this.termOf = grown(this.termOf);
    this.values = grown(this.values);
  }

  /** The lists, leaving out key ids for which `drop` is true. */
  build(drop?: (id: number) => boolean): PostingLists<Key> {
    const keyCount = this.ids.size;
    const offsets = new Int32Array(keyCount + 1);
    countPerKey(this.termOf, this.count, offsets);
    runningSum(offsets);
    const width = this.width;
    const values = new Int32Array(this.count * width);
    const next = offsets.slice(0, keyCount);
    if (width === 1) layOut(this.termOf, this.values, this.count, next, values);
    else {
      layOutPairs(this.termOf, this.values, this.count, next, values);
      double(offsets);
    }
    if (drop === undefined) return new PostingLists(this.ids, offsets, values);
    const dropped = new Uint8Array(keyCount);
    return new PostingLists(this.ids, offsets, values, dropped, markDropped(drop, dropped));
  }
}

/*
 * The build's loops, each a function of its own (issue 11, build time, a cold build): V8
 * optimises a long-running loop by recompiling the whole function around it (OSR) and drops that
 * code at the next loop it has not seen run, so `build` was compiled again at loops of the
 * eight lists; a small function per loop is compiled once for all of them.
 */

/** offsets[id + 1] = how many postings key id has. */
function countPerKey(termOf: Int32Array, count: number, offsets: Int32Array): void {
  for (let i = 0; i < count; i++) {
    const at = (termOf[i] as number) + 1;
    offsets[at] = (offsets[at] as number) + 1;
  }
}

/** Each count plus those before it: where each key's postings start. */
function runningSum(offsets: Int32Array): void {
  for (let id = 0; id + 1 < offsets.length; id++)
    offsets[id + 1] = (offsets[id + 1] as number) + (offsets[id] as number);
}

/** Marks in `dropped` each key id for which `drop` is true; returns how many. */
function markDropped(drop: (id: number) => boolean, dropped: Uint8Array): number {
  let count = 0;
  for (let id = 0; id < dropped.length; id++) {
    if (!drop(id)) continue;
    dropped[id] = 1;
    count++;
  }
  return count;
}

/** Offsets of postings as offsets of their values, two each. */
function double(offsets: Int32Array): void {
  for (let id = 0; id < offsets.length; id++) offsets[id] = (offsets[id] as number) * 2;
}

/** Each value to its key's next place (`next`: where each key's run goes on), in order added. */
function layOut(termOf: Int32Array, from: Int32Array, count: number, next: Int32Array, to: Int32Array): void {
  for (let i = 0; i < count; i++) {
    const id = termOf[i] as number;
    const at = next[id] as number;
    next[id] = at + 1;
    to[at] = from[i] as number;
  }
}

/** layOut for postings of two values. */
function layOutPairs(
  termOf: Int32Array,
  from: Int32Array,
  count: number,
  next: Int32Array,
  to: Int32Array,
): void {
  for (let i = 0; i < count; i++) {
    const id = termOf[i] as number;
    const at = (next[id] as number) * 2;
    next[id] = (next[id] as number) + 1;
    to[at] = from[i * 2] as number;
    to[at + 1] = from[i * 2 + 1] as number;
  }
}

/** Posting lists keyed by strings; a key may be given as a slice of a longer string. */
export class StringPostingBuilder extends PostingBuilder<string> {
  private readonly table: StringTable;

  constructor(width: 1 | 2, once: boolean, capacity?: number) {
    const table = new StringTable();
    super(table, width, once, capacity);
    this.table = table;
  }

  override idOf(key: string): number {
    return this.table.idOf(key);
  }

  /** The id of the code units units[from, to), without making a string unless it is new. */
  idOfUnits(units: Uint16Array, from: number, to: number): number {
    return this.table.idOfUnits(units, from, to);
  }

  keyAt(id: number): string {
    return this.table.keyAt(id);
  }

  /** The id of the parts joined and cut to `length` units, without joining them unless new. */
  idOfJoined(parts: readonly string[], count: number, length: number): number {
    return this.table.idOfJoined(parts, count, length);
  }

  /** The id of text[from, to), without slicing it unless it is new. */
  idOfSlice(text: string, from: number, to: number): number {
    return this.table.idOfSlice(text, from, to);
  }
}
