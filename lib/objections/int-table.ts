/**
 * An open-addressing hash table from integer keys to dense ids (0, 1, 2… in order of first sight),
 * on typed arrays (issue 11, index build ≤ 500 ms at 5,000 objections). The posting builders look
 * up a key per Han character, bigram and word hash of every text, about a million lookups per
 * build; a Map did each in ~150 ns (boxing and cache misses on 170,000 entries), this in a few.
 * Keys are any integer a double holds exactly (bigram keys pass 2^31 in a pack with over 32,768
 * distinct characters). Linear probing, grown to twice the size past half full; ids never change.
 */

/** 2^32, to fold the high bits of a key above 32 bits into its hash. */
const HIGH = 4294967296;

/** The slot hash of a key (exported for the tests that make keys collide). */
export function intHash(key: number): number {
  const low = key | 0;
  const high = (key - low) / HIGH;
  const mixed = Math.imul(low ^ Math.imul(high | 0, 0x85ebca6b), 0x9e3779b1);
  return mixed ^ (mixed >>> 15);
}

export class IntTable {
  /** Slot → key. */
  private slotKeys: Float64Array;
  /** Slot → id + 1 (0: empty). */
  private slotIds: Int32Array;
  /** Id → key (the keys in order of first sight). */
  private idKeys: Float64Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1 << 10) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.slotKeys = new Float64Array(slots);
    this.slotIds = new Int32Array(slots);
    this.idKeys = new Float64Array(slots >>> 1);
    this.mask = slots - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The key's id, given on first sight. */
  idOf(key: number): number {
    const { slotKeys, slotIds, mask } = this;
    let slot = intHash(key) & mask;
    for (;;) {
      const id = slotIds[slot] as number;
      if (id === 0) break;
      if (slotKeys[slot] === key) return id - 1;
      slot = (slot + 1) & mask;
    }
    const id = this.count++;
    slotKeys[slot] = key;
    slotIds[slot] = id + 1;
    if (id >= this.idKeys.length) this.growIds();
    this.idKeys[id] = key;
    if (this.count * 2 > mask + 1) this.grow();
    return id;
  }

  /** The key's id, or -1 when it was never added. */
  peek(key: number): number {
    const { slotKeys, slotIds, mask } = this;
    let slot = intHash(key) & mask;
    for (;;) {
      const id = slotIds[slot] as number;
      if (id === 0) return -1;
      if (slotKeys[slot] === key) return id - 1;
      slot = (slot + 1) & mask;
    }
  }

  /** The key of an id. */
  keyAt(id: number): number {
    return this.idKeys[id] as number;
  }

  *keys(): IterableIterator<number> {
    for (let id = 0; id < this.count; id++) yield this.idKeys[id] as number;
  }

  private growIds(): void {
    const idKeys = new Float64Array(this.idKeys.length * 2);
    idKeys.set(this.idKeys);
    this.idKeys = idKeys;
  }

  /** Twice the slots; every key is placed again by its hash (ids are kept). */
  private grow(): void {
    const slots = (this.mask + 1) * 2;
    const slotKeys = new Float64Array(slots);
    const slotIds = new Int32Array(slots);
    const mask = slots - 1;
    for (let id = 0; id < this.count; id++) {
      const key = this.idKeys[id] as number;
      let slot = intHash(key) & mask;
      while (slotIds[slot] !== 0) slot = (slot + 1) & mask;
      slotKeys[slot] = key;
      slotIds[slot] = id + 1;
    }
    this.slotKeys = slotKeys;
    this.slotIds = slotIds;
    this.mask = mask;
  }
}
