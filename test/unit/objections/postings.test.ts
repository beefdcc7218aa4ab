import { bigramKey, CharIds, charKey } from '../../../lib/objections/gram-keys';
import { StringPostingBuilder } from '../../../lib/objections/postings';
import { SortedPostingBuilder, SortScratch } from '../../../lib/objections/sorted-postings';
import { wordHash } from '../../../lib/objections/word-hash';

describe('flat posting lists (issue 11, index build)', () => {
  it('keep each key its values in the order added, past the initial buffer', () => {
    const builder = new StringPostingBuilder(1, false);
    const expected = new Map<string, number[]>();
    for (let i = 0; i < 10_000; i++) {
      const key = `k${(i * 7) % 13}`;
      builder.add(key, i);
      expected.set(key, [...(expected.get(key) ?? []), i]);
    }
    const lists = builder.build();
    expect(lists.size).toBe(13);
    for (const [key, values] of expected) expect(Array.from(lists.get(key) ?? [])).toEqual(values);
    expect(lists.get('absent')).toBeUndefined();
  });

  it('give the same lists whatever room they were given at first', () => {
    const lists = [1, 10_000_000].map((capacity) => {
      const words = new StringPostingBuilder(2, false, capacity);
      const grams = new SortedPostingBuilder(true, capacity);
      for (let i = 0; i < 5_000; i++) {
        words.add(`k${i % 7}`, i, i % 3);
        grams.add(i % 11, i >> 1);
      }
      return [words.build(), grams.build()] as const;
    });
    const [[smallWords, smallGrams], [largeWords, largeGrams]] = lists as [
      (typeof lists)[0],
      (typeof lists)[0],
    ];
    expect(Array.from(smallWords.get('k3') ?? [])).toHaveLength(2 * 714);
    expect(Array.from(largeWords.get('k3') ?? [])).toEqual(Array.from(smallWords.get('k3') ?? []));
    expect(Array.from(smallGrams.get(4) ?? []).length).toBeGreaterThan(200);
    expect(Array.from(largeGrams.get(4) ?? [])).toEqual(Array.from(smallGrams.get(4) ?? []));
  });

  it('list a repeated value once with `once`, and keep (text, offset) pairs together', () => {
    const once = new SortedPostingBuilder(true);
    for (const text of [1, 1, 2, 2, 2, 5]) once.add(charKey(0), text);
    expect(Array.from(once.build().get(charKey(0)) ?? [])).toEqual([1, 2, 5]);
    const pairs = new StringPostingBuilder(2, false);
    pairs.add('mq', 3, 0);
    pairs.add('hk', 4, 1);
    pairs.add('mq', 7, 2);
    expect(Array.from(pairs.build().get('mq') ?? [])).toEqual([3, 0, 7, 2]);
  });

  it('sorted lists match a map of the same postings: negative, wide and repeated keys (compacted in place)', () => {
    for (const once of [true, false]) {
      const builder = new SortedPostingBuilder(once, 4);
      const expected = new Map<number, number[]>();
      let seed = 7;
      const next = () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed;
      };
      for (let text = 0; text < 3_000; text++) {
        for (let k = 0; k < 4; k++) {
          // Negative (Han characters), small, and above 2^32 (word hashes times a span).
          const key = [-1 - (next() % 50), next() % 200, 2 ** 40 + (next() % 30)][k % 3] as number;
          builder.add(key, text);
          const list = expected.get(key) ?? [];
          if (!once || list[list.length - 1] !== text) list.push(text);
          expected.set(key, list);
        }
      }
      const lists = builder.build();
      expect(lists.size).toBe(expected.size);
      for (const [key, values] of expected) expect(Array.from(lists.get(key) ?? [])).toEqual(values);
      expect(lists.get(-1000)).toBeUndefined();
    }
  });

  it('leave out the keys the build is told to drop', () => {
    const builder = new StringPostingBuilder(1, true);
    builder.add('common', 1);
    builder.add('rare', 1);
    const lists = builder.build((id) => id === builder.idOf('common'));
    expect(lists.has('common')).toBe(false);
    expect(Array.from(lists.get('rare') ?? [])).toEqual([1]);
  });
});

describe('Han gram keys', () => {
  it('give distinct small integers to characters and bigrams', () => {
    const ids = new CharIds();
    const a = ids.idOf('没'.codePointAt(0) ?? 0);
    const b = ids.idOf('钱'.codePointAt(0) ?? 0);
    const astral = ids.idOf('𠀀'.codePointAt(0) ?? 0);
    expect(new Set([a, b, astral]).size).toBe(3);
    expect(ids.peek('钱'.codePointAt(0) ?? 0)).toBe(b);
    expect(ids.peek('债'.codePointAt(0) ?? 0)).toBe(-1);
    const keys = [charKey(a), charKey(b), bigramKey(a, b), bigramKey(b, a)];
    expect(new Set(keys).size).toBe(4);
    expect(keys.every((k) => Number.isInteger(k) && Math.abs(k) < 2 ** 30)).toBe(true);
    expect(bigramKey(40_000, 1)).not.toBe(bigramKey(1, 40_000));
  });
});

describe('word hashes', () => {
  it('hash a deletion like the word it spells, and a slice like its text', () => {
    expect(wordHash('cant', 0, 4, 2)).toBe(wordHash('cat'));
    expect(wordHash('broke', 1, 4)).toBe(wordHash('rok'));
    expect(wordHash('cant')).not.toBe(wordHash('cnat'));
  });

  it('sorted lists are the same with a shared scratch, 32-bit keys spanning more than 2^31, or keys widened midway', () => {
    const keySets = [
      [5, -3, 70_000, 5, -3],
      [-(2 ** 30), 2 ** 30 + 5, 0, -(2 ** 30)],
      [3, 2 ** 40 + 1, -7, 3, 2 ** 40 + 1, 65_536],
    ];
    const fill = (keys: number[]) => {
      const builder = new SortedPostingBuilder(false, 2);
      for (let i = 0; i < 600; i++) builder.add(keys[i % keys.length] as number, i);
      return builder;
    };
    const listsOf = (lists: ReturnType<SortedPostingBuilder['build']>) =>
      [...lists.keys()].map((key) => [key, Array.from(lists.get(key) ?? [])] as const);
    const alone = keySets.map((keys) => listsOf(fill(keys).build()));
    const builders = keySets.map(fill);
    const scratch = SortScratch.for(builders);
    const shared = builders.map((builder) => listsOf(builder.build(scratch)));
    expect(shared).toEqual(alone);
    for (const [k, keys] of keySets.entries()) {
      expect(alone[k]?.map(([key]) => key)).toEqual([...new Set(keys)].sort((x, y) => x - y));
      const first = keys[0] as number;
      expect(alone[k]?.find(([key]) => key === first)?.[1]).toEqual(
        Array.from({ length: 600 }, (_, i) => i).filter((i) => keys[i % keys.length] === first),
      );
    }
  });

  it('tell the key id of each posting added, in order, repeats dropped by `once` left out', () => {
    const builder = new StringPostingBuilder(1, true, 2);
    for (const [key, text] of [
      ['a', 0],
      ['b', 0],
      ['a', 0],
      ['a', 1],
      ['c', 1],
      ['b', 2],
    ] as const)
      builder.add(key, text);
    expect(builder.added).toBe(5);
    expect(Array.from(builder.addedKeyIds())).toEqual(['a', 'b', 'a', 'c', 'b'].map((k) => builder.peek(k)));
    builder.build();
    expect(Array.from(builder.addedKeyIds())).toEqual([0, 1, 0, 2, 1]);
  });
});
