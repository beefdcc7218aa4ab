import { PairTable } from '../../../lib/objections/pair-table';

describe('PairTable (issue 11, build garbage)', () => {
  it('answers like a Map of the pairs, through growth and collisions', () => {
    const table = new PairTable(2);
    const reference = new Map<string, number>();
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 20_000; i++) {
      // Few firsts and many seconds, and the reverse: pairs that differ only by order.
      const [first, second] = i % 2 === 0 ? [next(40), next(3_000)] : [next(3_000), next(40)];
      table.set(first, second, i);
      reference.set(`${first},${second}`, i);
    }
    expect(table.size).toBe(reference.size);
    for (const [pair, value] of reference) {
      const [first, second] = pair.split(',').map(Number) as [number, number];
      expect(table.get(first, second)).toBe(value);
    }
    expect(table.get(40, 3_000)).toBe(-1);
    expect(table.get(0, 70_000)).toBe(-1);
  });

  it('keeps 0 as a value and tells (a, b) from (b, a)', () => {
    const table = new PairTable();
    table.set(1, 2, 0);
    expect(table.get(1, 2)).toBe(0);
    expect(table.get(2, 1)).toBe(-1);
    table.set(2, 1, 5);
    table.set(1, 2, 7);
    expect([table.get(1, 2), table.get(2, 1), table.size]).toEqual([7, 5, 2]);
  });
});
