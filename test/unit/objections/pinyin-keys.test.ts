import { PinyinKeys, SHORT } from '../../../lib/objections/pinyin-keys';
import { StringPostingBuilder } from '../../../lib/objections/postings';
import { ReadingTable } from '../../../lib/objections/readings';

/**
 * Every distinct `length`-letter beginning of the readings from `at` on, worked out plainly
 * (readings that end with the text before reaching the length give none).
 */
function expectedKeys(sets: readonly string[][], ids: Int32Array, at: number, length: number): string[] {
  let prefixes = [''];
  for (let i = at; i < ids.length && prefixes.some((p) => p.length < length); i++) {
    const readings = sets[ids[i] as number] ?? [];
    prefixes = prefixes.flatMap((p) => (p.length >= length ? [p] : readings.map((r) => p + r)));
  }
  return [...new Set(prefixes.filter((p) => p.length >= length).map((p) => p.slice(0, length)))].sort();
}

describe('pinyin keys per offset (issue 11, index build)', () => {
  it('give the same keys memoised as worked out, short readings (a, ba, e) included', () => {
    const readings = new ReadingTable();
    const keys = new PinyinKeys(readings);
    const lists = new StringPostingBuilder(2, false);
    // Three texts sharing the triples 阿爸阿 and 爸阿爸: the later ones are answered from the memo.
    for (const text of ['阿爸阿爸爸阿', '爸阿爸阿饿', '阿爸阿爸爸阿', '饿阿爸一个']) {
      const ids = new Int32Array(text.length);
      readings.writeIds(text, ids, 0);
      const names = () => [...lists.keys()];
      for (let at = 0; at < text.length; at++) {
        const from = keys.keysAt(lists, SHORT, ids, at, text.length, 4);
        const all = names();
        const got = Array.from(keys.pool.subarray(from, from + keys.found), (id) => all[id] as string);
        expect(got.sort()).toEqual(expectedKeys(readings.sets, ids, at, 4));
      }
    }
    expect([...lists.keys()]).toContain('abaa');
  });
});
