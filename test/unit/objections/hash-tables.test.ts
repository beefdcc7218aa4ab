import { SortedPostingBuilder, sortPairs } from '../../../lib/objections/sorted-postings';
import { StringTable, stringHash } from '../../../lib/objections/string-table';
import { StopTerms, TermWeights } from '../../../lib/objections/term-weights';

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

  it('finds code units under the id of the string they spell (the build reads words from its buffer)', () => {
    const table = new StringTable();
    const units = Uint16Array.from('nomoney没钱𠀀', (c) => c.charCodeAt(0));
    const astral = new Uint16Array([0xd840, 0xdc00]);
    expect(table.idOf('money')).toBe(0);
    expect(table.idOfUnits(units, 2, 7)).toBe(0);
    expect(table.idOfUnits(units, 7, 9)).toBe(1);
    expect(table.keyAt(1)).toBe('没钱');
    expect(table.idOfUnits(astral, 0, 2)).toBe(2);
    expect(table.peek('𠀀')).toBe(2);
    expect(table.idOfUnits(units, 2, 6)).toBe(3);
    expect(table.keyAt(3)).toBe('mone');
  });

  it('finds readings joined and cut under the id of the string they spell, making it only when new', () => {
    const table = new StringTable();
    expect(table.idOf('meiq')).toBe(0);
    expect(table.idOfJoined(['mei', 'qian'], 2, 4)).toBe(0);
    expect(table.idOfJoined(['me', 'i', 'qian', 'x'], 4, 4)).toBe(0);
    expect(table.idOfJoined(['~mei', '~qian'], 2, 9)).toBe(1);
    expect(table.keyAt(1)).toBe('~mei~qian');
    expect(table.peek('~mei~qian')).toBe(1);
    expect(table.idOfJoined(['a', 'ba', 'e'], 3, 3)).toBe(2);
    expect(table.keyAt(2)).toBe('aba');
    expect(table.idOfJoined(['a', 'ba', 'e'], 3, 4)).toBe(3);
    expect(table.idOf('abae')).toBe(3);
    expect(table.size).toBe(4);
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

describe('SortedPostingBuilder (issue 11, index build)', () => {
  it('gives each key its values in the order added', () => {
    const sorted = new SortedPostingBuilder(false);
    const expected = new Map<number, number[]>();
    // Negative keys (Han characters), keys past 2^31 and 2^32 (bigrams in a pack of many characters).
    const keys = [-1, -40_000, 0, 7, 2 ** 31 + 5, 2 ** 32 + 5, 2 ** 40 + 3, 65_536, 65_537];
    for (let i = 0; i < 20_000; i++) {
      const key = keys[(i * 7) % keys.length] as number;
      sorted.add(key, i);
      expected.set(key, [...(expected.get(key) ?? []), i]);
    }
    const lists = sorted.build();
    expect(lists.size).toBe(keys.length);
    expect([...lists.keys()]).toEqual([...keys].sort((x, y) => x - y));
    for (const [key, values] of expected) expect(Array.from(lists.get(key) ?? [])).toEqual(values);
    expect(lists.get(8)).toBeUndefined();
    expect(lists.has(2 ** 32 + 6)).toBe(false);
  });

  it('lists a repeated value of a key once with `once`', () => {
    const builder = new SortedPostingBuilder(true);
    for (const [key, text] of [
      [5, 1],
      [5, 1],
      [-2, 1],
      [5, 2],
      [-2, 3],
      [-2, 3],
      [5, 2],
    ] as const)
      builder.add(key, text);
    const lists = builder.build();
    expect(Array.from(lists.get(5) ?? [])).toEqual([1, 2]);
    expect(Array.from(lists.get(-2) ?? [])).toEqual([1, 3]);
  });

  it('orders (key, value) pairs by key stably, whatever the number of digits', () => {
    const sort = (keys: number[], n = keys.length) => {
      const [sortedKeys, values] = sortPairs(
        Float64Array.from(keys),
        Int32Array.from(keys, (_, i) => i),
        n,
      );
      return [Array.from(sortedKeys.subarray(0, n)), Array.from(values.subarray(0, n))];
    };
    expect(sort([3, 2 ** 33, 1, 3, 0, 2 ** 33, 70_000])).toEqual([
      [0, 1, 3, 3, 70_000, 2 ** 33, 2 ** 33],
      [4, 2, 0, 3, 6, 1, 5],
    ]);
    expect(sort([3, 2 ** 33, 1, 3], 3)).toEqual([
      [1, 3, 2 ** 33],
      [2, 0, 1],
    ]);
    // One digit alike in every key (that pass is skipped), and keys all equal.
    expect(sort([0x20001, 0x10001, 0x30001, 0x10001])).toEqual([
      [0x10001, 0x10001, 0x20001, 0x30001],
      [1, 3, 0, 2],
    ]);
    expect(sort([7, 7, 7])).toEqual([
      [7, 7, 7],
      [0, 1, 2],
    ]);
  });
});

describe('term weights and stop terms over the term table (issue 11, index build)', () => {
  const table = new StringTable();
  for (const term of ['没钱', '我', ' broke', '~mei']) table.idOf(term);
  const stop = Uint8Array.from([0, 1, 0, 0]);
  const weights = new TermWeights(table, stop, 3, Float64Array.from([2.5, 0, 1.5, 0.5]));
  const stopTerms = new StopTerms(table, stop, 1);

  it('answer like a Map and a Set of the terms, stop terms in the set only', () => {
    expect(weights.get('没钱')).toBe(2.5);
    expect(weights.has('我')).toBe(false);
    expect(weights.get('我')).toBeUndefined();
    expect(weights.get('absent')).toBeUndefined();
    expect(stopTerms.has('我')).toBe(true);
    expect(stopTerms.has('没钱')).toBe(false);
    expect([weights.size, stopTerms.size]).toEqual([3, 1]);
  });

  it('iterate in the order the terms were first seen', () => {
    expect([...weights]).toEqual([
      ['没钱', 2.5],
      [' broke', 1.5],
      ['~mei', 0.5],
    ]);
    expect([...stopTerms]).toEqual(['我']);
  });
});
