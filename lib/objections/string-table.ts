/**
 * An open-addressing hash table from strings to dense ids (0, 1, 2… in order of first sight), that
 * also looks up a slice of a longer string without making it (issue 11, index build ≤ 500 ms): a
 * pack of 5,000 objections has 300,000 word occurrences but 20,000 distinct words, and slicing
 * each occurrence into its own string and hashing it in a Map was a large part of the build and of
 * its garbage. A word is sliced once, when first seen. Linear probing, grown past half full.
 */

/** FNV-1a over the code units of text[from, to) (exported for the tests that make keys collide). */
export function stringHash(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 15);
}

/** stringHash of the text whose code units are units[from, to): the same hash for the same key. */
function unitsHash(units: Uint16Array, from: number, to: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ (units[i] as number), 0x01000193);
  return hash ^ (hash >>> 15);
}

function sameUnits(key: string, units: Uint16Array, from: number, to: number): boolean {
  if (key.length !== to - from) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== units[from + i]) return false;
  return true;
}

/** stringHash of parts[0] + … + parts[count - 1] cut to `length` code units (which they reach). */
function joinedHash(parts: readonly string[], count: number, length: number): number {
  let hash = 0x811c9dc5 | 0;
  let left = length;
  for (let p = 0; p < count && left > 0; p++) {
    const part = parts[p] as string;
    const n = Math.min(part.length, left);
    for (let i = 0; i < n; i++) hash = Math.imul(hash ^ part.charCodeAt(i), 0x01000193);
    left -= n;
  }
  return hash ^ (hash >>> 15);
}

function sameJoined(key: string, parts: readonly string[], count: number, length: number): boolean {
  if (key.length !== length) return false;
  let at = 0;
  for (let p = 0; p < count && at < length; p++) {
    const part = parts[p] as string;
    const n = Math.min(part.length, length - at);
    for (let i = 0; i < n; i++) if (key.charCodeAt(at + i) !== part.charCodeAt(i)) return false;
    at += n;
  }
  return true;
}

function sameAs(key: string, text: string, from: number, to: number): boolean {
  if (key.length !== to - from) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}

export class StringTable {
  /** Slot → id + 1 (0: empty). */
  private slotIds: Int32Array;
  /** Slot → hash, so that most mismatches are told without comparing strings. */
  private slotHashes: Int32Array;
  /** Id → key. */
  private readonly idKeys: string[] = [];
  private mask: number;

  constructor(capacity = 1 << 8) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.slotIds = new Int32Array(slots);
    this.slotHashes = new Int32Array(slots);
    this.mask = slots - 1;
  }

  get size(): number {
    return this.idKeys.length;
  }

  idOf(key: string): number {
    return this.idOfSlice(key, 0, key.length);
  }

  /** The id of text[from, to), given on first sight. */
  idOfSlice(text: string, from: number, to: number): number {
    const hash = stringHash(text, from, to);
    const { slotIds, slotHashes, mask, idKeys } = this;
    let slot = hash & mask;
    for (;;) {
      const id = slotIds[slot] as number;
      if (id === 0) break;
      if (slotHashes[slot] === hash && sameAs(idKeys[id - 1] as string, text, from, to)) return id - 1;
      slot = (slot + 1) & mask;
    }
    return this.insert(from === 0 && to === text.length ? text : text.slice(from, to), slot, hash);
  }

  /** Adds `key` at the empty `slot` its probe ended on. */
  private insert(key: string, slot: number, hash: number): number {
    const { idKeys } = this;
    const id = idKeys.length;
    idKeys.push(key);
    this.slotIds[slot] = id + 1;
    this.slotHashes[slot] = hash;
    if (idKeys.length * 2 > this.mask + 1) this.grow();
    return id;
  }

  /**
   * The id of the text whose code units are units[from, to), given on first sight: the index build
   * reads words from its code-unit buffer before their text is a string (objection-index.ts).
   */
  idOfUnits(units: Uint16Array, from: number, to: number): number {
    const hash = unitsHash(units, from, to);
    const { slotIds, slotHashes, mask, idKeys } = this;
    let slot = hash & mask;
    for (;;) {
      const id = slotIds[slot] as number;
      if (id === 0) break;
      if (slotHashes[slot] === hash && sameUnits(idKeys[id - 1] as string, units, from, to)) return id - 1;
      slot = (slot + 1) & mask;
    }
    return this.insert(String.fromCharCode.apply(null, units.subarray(from, to) as never), slot, hash);
  }

  /**
   * The id of parts[0] + … + parts[count - 1] cut to `length` code units (they must reach it),
   * given on first sight: a pinyin key is the beginning of a few readings in a row, and joining
   * them into a string at each of 100,000 reading pairs made most of them only to find them known
   * (issue 11, build garbage).
   */
  idOfJoined(parts: readonly string[], count: number, length: number): number {
    const hash = joinedHash(parts, count, length);
    const { slotIds, slotHashes, mask, idKeys } = this;
    let slot = hash & mask;
    for (;;) {
      const id = slotIds[slot] as number;
      if (id === 0) break;
      if (slotHashes[slot] === hash && sameJoined(idKeys[id - 1] as string, parts, count, length))
        return id - 1;
      slot = (slot + 1) & mask;
    }
    return this.insert(parts.slice(0, count).join('').slice(0, length), slot, hash);
  }

  /** The key's id, or -1 when it was never added. */
  peek(key: string): number {
    const hash = stringHash(key, 0, key.length);
    const { slotIds, slotHashes, mask, idKeys } = this;
    let slot = hash & mask;
    for (;;) {
      const id = slotIds[slot] as number;
      if (id === 0) return -1;
      if (slotHashes[slot] === hash && idKeys[id - 1] === key) return id - 1;
      slot = (slot + 1) & mask;
    }
  }

  keyAt(id: number): string {
    return this.idKeys[id] as string;
  }

  keys(): IterableIterator<string> {
    return this.idKeys.values();
  }

  private grow(): void {
    const slots = (this.mask + 1) * 2;
    const slotIds = new Int32Array(slots);
    const slotHashes = new Int32Array(slots);
    const mask = slots - 1;
    for (let slot = 0; slot <= this.mask; slot++) {
      const id = this.slotIds[slot] as number;
      if (id === 0) continue;
      const hash = this.slotHashes[slot] as number;
      let to = hash & mask;
      while (slotIds[to] !== 0) to = (to + 1) & mask;
      slotIds[to] = id;
      slotHashes[to] = hash;
    }
    this.slotIds = slotIds;
    this.slotHashes = slotHashes;
    this.mask = mask;
  }
}
