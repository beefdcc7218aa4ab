/**
 * The overlap index's term weights and stop terms (overlap-index.ts) as read-only views over the
 * term table and a typed array, instead of a Map and a Set filled with 50,000 terms at 5,000
 * objections (issue 11, build ≤ 500 ms): the query side only asks `has` and `get`, a few dozen
 * times per keystroke. Iteration gives the terms in the order they were first seen, as the Map did.
 */

/** The term table: id of a term (-1 if unknown), and every term in id order. */
export interface TermIds {
  peek(key: string): number;
  keys(): IterableIterator<string>;
}

/** Terms whose flag is `wanted` (per term id). */
abstract class TermView {
  constructor(
    protected readonly ids: TermIds,
    private readonly stop: Uint8Array,
    private readonly wanted: 0 | 1,
    readonly size: number,
  ) {}

  protected idOf(key: string): number {
    const id = this.ids.peek(key);
    return id >= 0 && this.stop[id] === this.wanted ? id : -1;
  }

  has(key: string): boolean {
    return this.idOf(key) >= 0;
  }

  /** [term, id] of every term in the view, in id order. */
  protected *terms(): IterableIterator<[string, number]> {
    let id = 0;
    for (const key of this.ids.keys()) {
      if (this.stop[id] === this.wanted) yield [key, id];
      id++;
    }
  }

  *keys(): IterableIterator<string> {
    for (const [key] of this.terms()) yield key;
  }
}

export class TermWeights extends TermView {
  constructor(
    ids: TermIds,
    stop: Uint8Array,
    size: number,
    private readonly weights: Float64Array,
  ) {
    super(ids, stop, 0, size);
  }

  get(key: string): number | undefined {
    const id = this.idOf(key);
    return id < 0 ? undefined : this.weights[id];
  }

  *entries(): IterableIterator<[string, number]> {
    for (const [key, id] of this.terms()) yield [key, this.weights[id] as number];
  }

  *values(): IterableIterator<number> {
    for (const [, id] of this.terms()) yield this.weights[id] as number;
  }

  [Symbol.iterator](): IterableIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: string, map: TermWeights) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}

export class StopTerms extends TermView {
  constructor(ids: TermIds, stop: Uint8Array, size: number) {
    super(ids, stop, 1, size);
  }

  *entries(): IterableIterator<[string, string]> {
    for (const key of this.keys()) yield [key, key];
  }

  values(): IterableIterator<string> {
    return this.keys();
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.keys();
  }

  forEach(callback: (value: string, key: string, set: StopTerms) => void): void {
    for (const key of this.keys()) callback(key, key, this);
  }
}
