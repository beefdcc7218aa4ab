/**
 * Posting lists stored flat: every key's values in one Int32Array, one after the other (issue 11,
 * index build ≤ 500 ms at 5,000 objections). The earlier build kept a growing number[] per key
 * (about a million of them) and copied each into its own Int32Array; the arrays and copies were
 * most of the build's garbage. Here a key gets a small integer id once, each value is written into
 * one growing buffer with its id, and a counting sort by id lays the lists out at the end (values
 * keep the order they were added in: ascending text ids).
 */

/** Read side: a map from key to its values (a view into the shared buffer). */
export class PostingLists<Key> {
  constructor(
    private readonly ids: ReadonlyMap<Key, number>,
    private readonly offsets: Int32Array,
    private readonly values: Int32Array,
  ) {}

  get(key: Key): Int32Array | undefined {
    const id = this.ids.get(key);
    if (id === undefined) return undefined;
    return this.values.subarray(this.offsets[id] as number, this.offsets[id + 1] as number);
  }

  has(key: Key): boolean {
    return this.ids.has(key);
  }

  get size(): number {
    return this.ids.size;
  }

  keys(): IterableIterator<Key> {
    return this.ids.keys();
  }
}

/**
 * Write side. `width` values make one posting (1: a text id; 2: a text id and an offset). With
 * `once`, a posting equal to the key's previous one is dropped (a text holding a key twice is
 * listed once; postings arrive in text order).
 */
export class PostingBuilder<Key> {
  protected readonly ids = new Map<Key, number>();
  private termOf = new Int32Array(1 << 12);
  private values: Int32Array;
  private count = 0;
  /** Per key id: its first value last added (text id), for `once`. */
  private last = new Int32Array(1 << 10).fill(-1);

  constructor(
    private readonly width: 1 | 2,
    private readonly once: boolean,
  ) {
    this.values = new Int32Array(this.termOf.length * width);
  }

  /** The key's id, given on first sight (see the subclasses below). */
  idOf(key: Key): number {
    const id = this.ids.get(key);
    return id === undefined ? this.added(key) : id;
  }

  protected added(key: Key): number {
    const id = this.ids.size;
    this.ids.set(key, id);
    if (id >= this.last.length) {
      const last = new Int32Array(this.last.length * 2).fill(-1);
      last.set(this.last);
      this.last = last;
    }
    return id;
  }

  /** The key's id, or -1 when it was never added. */
  peek(key: Key): number {
    return this.ids.get(key) ?? -1;
  }

  keys(): IterableIterator<Key> {
    return this.ids.keys();
  }

  add(key: Key, value: number, second = 0): void {
    this.addId(this.idOf(key), value, second);
  }

  addId(id: number, value: number, second = 0): void {
    this.addNew(id, value, second);
  }

  /** Adds the posting; false when `once` dropped it as a repeat. */
  addNew(id: number, value: number, second = 0): boolean {
    if (this.once) {
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

  private grow(): void {
    const termOf = new Int32Array(this.termOf.length * 2);
    termOf.set(this.termOf);
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    this.termOf = termOf;
    this.values = values;
  }

  /** The lists, leaving out key ids for which `drop` is true. */
  build(drop?: (id: number) => boolean): PostingLists<Key> {
    const keyCount = this.ids.size;
    const offsets = new Int32Array(keyCount + 1);
    for (let i = 0; i < this.count; i++) {
      const at = (this.termOf[i] as number) + 1;
      offsets[at] = (offsets[at] as number) + 1;
    }
    for (let id = 0; id < keyCount; id++)
      offsets[id + 1] = (offsets[id + 1] as number) + (offsets[id] as number);
    const width = this.width;
    const values = new Int32Array(this.count * width);
    const next = offsets.slice(0, keyCount);
    for (let i = 0; i < this.count; i++) {
      const id = this.termOf[i] as number;
      const at = (next[id] as number) * width;
      next[id] = (next[id] as number) + 1;
      values[at] = this.values[i * width] as number;
      if (width === 2) values[at + 1] = this.values[i * width + 1] as number;
    }
    if (width === 2) for (let id = 0; id <= keyCount; id++) offsets[id] = (offsets[id] as number) * 2;
    let ids: ReadonlyMap<Key, number> = this.ids;
    if (drop !== undefined) {
      const kept = new Map<Key, number>();
      for (const [key, id] of this.ids) if (!drop(id)) kept.set(key, id);
      ids = kept;
    }
    return new PostingLists(ids, offsets, values);
  }
}

/**
 * The same lookup as PostingBuilder.idOf, written once per key type: V8 caches a Map lookup per
 * place in the code, and one place fed both string and number keys ran several times slower
 * (measured on the 5,000-objection build, issue 11).
 */
export class NumberPostingBuilder extends PostingBuilder<number> {
  override idOf(key: number): number {
    const id = this.ids.get(key);
    return id === undefined ? this.added(key) : id;
  }
}
