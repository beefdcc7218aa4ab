/**
 * A map from a pair of small non-negative integers (two character ids) to a non-negative integer,
 * on typed arrays with linear probing, grown past half full (issue 11, build garbage): the overlap
 * index kept a row per first character as long as the largest second id met after it, 1,600 rows
 * grown by copying, 3.7 MB per build at 5,000 objections, for 30,000 distinct pairs.
 */
export class PairTable {
  private firsts: Int32Array;
  private seconds: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1 << 10) {
    let slots = 16;
    while (slots < capacity * 2) slots *= 2;
    this.mask = slots - 1;
    this.firsts = new Int32Array(slots).fill(-1);
    this.seconds = new Int32Array(slots);
    this.values = new Int32Array(slots);
  }

  get size(): number {
    return this.count;
  }

  /** The pair's value, or -1 when it was never set. */
  get(first: number, second: number): number {
    const { firsts, seconds, mask } = this;
    for (let slot = slotOf(first, second, mask); ; slot = (slot + 1) & mask) {
      const at = firsts[slot] as number;
      if (at < 0) return -1;
      if (at === first && seconds[slot] === second) return this.values[slot] as number;
    }
  }

  /** Sets the pair's value (`value` ≥ 0). */
  set(first: number, second: number, value: number): void {
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    const { firsts, seconds, mask } = this;
    let slot = slotOf(first, second, mask);
    for (; ; slot = (slot + 1) & mask) {
      const at = firsts[slot] as number;
      if (at < 0) break;
      if (at === first && seconds[slot] === second) {
        this.values[slot] = value;
        return;
      }
    }
    firsts[slot] = first;
    seconds[slot] = second;
    this.values[slot] = value;
    this.count++;
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    const slots = firsts.length * 2;
    this.mask = slots - 1;
    this.firsts = new Int32Array(slots).fill(-1);
    this.seconds = new Int32Array(slots);
    this.values = new Int32Array(slots);
    this.count = 0;
    for (let slot = 0; slot < firsts.length; slot++)
      if ((firsts[slot] as number) >= 0)
        this.set(firsts[slot] as number, seconds[slot] as number, values[slot] as number);
  }
}

function slotOf(first: number, second: number, mask: number): number {
  const hash = Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca6b);
  return (hash ^ (hash >>> 15)) & mask;
}
