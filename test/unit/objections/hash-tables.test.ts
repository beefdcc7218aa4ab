import { IntTable, intHash } from '../../../lib/objections/int-table';
import { StringTable, stringHash } from '../../../lib/objections/string-table';

/** Keys whose slots collide in a table of `slots` slots (found by search, so the test says why). */
function collidingInts(slots: number, count: number): number[] {
  const bySlot = new Map<number, number[]>();
  for (let key = 0; ; key++) {
    const slot = intHash(key) & (slots - 1);
    const keys = bySlot.get(slot) ?? [];
    keys.push(key);
    bySlot.set(slot, keys);
    if (keys.length === count) return keys;
  }
}

describe('IntTable (issue 11, index build)', () => {
  it('gives dense ids in order of first sight and the same id again', () => {
    const table = new IntTable();
    expect([table.idOf(42), table.idOf(-7), table.idOf(42), table.idOf(0)]).toEqual([0, 1, 0, 2]);
    expect(table.size).toBe(3);
    expect([...table.keys()]).toEqual([42, -7, 0]);
    expect(table.keyAt(1)).toBe(-7);
  });

  it('answers -1 for a key never added, also one sharing a slot with added keys', () => {
    const [a, b, c] = collidingInts(16, 3) as [number, number, number];
    const table = new IntTable(8);
    table.idOf(a);
    table.idOf(b);
    expect(table.peek(a)).toBe(0);
    expect(table.peek(b)).toBe(1);
    expect(table.peek(c)).toBe(-1);
    expect(table.peek(123_456_789)).toBe(-1);
  });

  it('keeps colliding keys apart and keeps every id through growth', () => {
    const colliding = collidingInts(16, 6);
    const table = new IntTable(4);
    const ids = colliding.map((key) => table.idOf(key));
    expect(ids).toEqual([0, 1, 2, 3, 4, 5]);
    for (let key = 1_000; key < 21_000; key++) table.idOf(key * 7919);
    expect(colliding.map((key) => table.peek(key))).toEqual(ids);
    for (let key = 1_000; key < 21_000; key += 997) expect(table.peek(key * 7919)).toBe(key - 1_000 + 6);
    expect(table.size).toBe(20_006);
  });

  it('tells apart keys past 32 bits that share their low bits', () => {
    const table = new IntTable();
    const keys = [5, 5 + 2 ** 32, 5 + 2 ** 40, 2 ** 30 + 40_000 * 0x110000 + 7];
    expect(keys.map((k) => table.idOf(k))).toEqual([0, 1, 2, 3]);
    expect(table.peek(5 + 2 ** 33)).toBe(-1);
  });
});

describe('StringTable (issue 11, index build)', () => {
  it('finds a slice of a longer string under the id of the same word', () => {
    const table = new StringTable();
    const text = 'nomoneybroke';
    expect(table.idOfSlice(text, 2, 7)).toBe(0);
    expect(table.idOf('money')).toBe(0);
    expect(table.idOfSlice('broke', 0, 5)).toBe(1);
    expect(table.idOfSlice(text, 7, 12)).toBe(1);
    expect(table.keyAt(0)).toBe('money');
    expect([...table.keys()]).toEqual(['money', 'broke']);
    expect(table.peek('mone')).toBe(-1);
    expect(table.peek('')).toBe(-1);
  });

  it('tells apart two words with the same hash', () => {
    // Found by searching w0…w3000000; checked here so the test fails if the hash changes.
    const [a, b] = ['w673879', 'w1180600'];
    expect(stringHash(a, 0, a.length)).toBe(stringHash(b, 0, b.length));
    const table = new StringTable();
    expect(table.idOf(a)).toBe(0);
    expect(table.peek(b)).toBe(-1);
    expect(table.idOf(b)).toBe(1);
    expect([table.peek(a), table.peek(b)]).toEqual([0, 1]);
  });

  it('keeps every id through growth, Han and astral text included', () => {
    const table = new StringTable(2);
    const words = Array.from({ length: 5_000 }, (_, i) => `${i % 2 === 0 ? '没钱' : '𠀀'}${i}`);
    const ids = words.map((w) => table.idOf(w));
    expect(ids).toEqual(words.map((_, i) => i));
    expect(words.map((w) => table.peek(w))).toEqual(ids);
    expect(table.size).toBe(5_000);
    expect(table.peek('没钱5000')).toBe(-1);
  });
});
