/**
 * The index build reads GB 2312 characters' pinyin from generated data (han-readings-data.ts) instead
 * of asking pinyin-pro per character (issue 11, build time): the data must be exactly what
 * pinyin-pro answers, or typed pinyin would find other cards than before.
 */

import { gb2312Han, hanReadingsSource } from '../../../cli/han-readings-table';
import { askPinyin, groupKey, tabledReadings } from '../../../lib/objections/han-readings';
import { HAN_READINGS } from '../../../lib/objections/han-readings-data';
import { ReadingTable } from '../../../lib/objections/readings';

describe('han-readings-data.ts', () => {
  const chars = gb2312Han();

  it('holds every GB 2312 character once (else run `npm run gen:han-readings`)', () => {
    expect(chars).toHaveLength(6763);
    const tabled = HAN_READINGS.flatMap(([, group]) => Array.from(group));
    expect(tabled).toHaveLength(chars.length);
    expect(new Set(tabled)).toEqual(new Set(chars));
  });

  it('gives each character the readings pinyin-pro gives it, in its order, repeats kept', () => {
    const wrong = chars.filter((char) => {
      const asked = askPinyin(char);
      const tabled = tabledReadings(char);
      return tabled?.usual !== asked.usual || tabled.all.join(' ') !== asked.all.join(' ');
    });
    expect(wrong, 'stale: run `npm run gen:han-readings`').toEqual([]);
    // 了 reads liao alone but lists le first; 俞 lists yu twice.
    expect(tabledReadings('了')).toEqual({ usual: 'liao', all: ['le', 'liao'] });
    expect(groupKey(askPinyin('了'))).toBe('liao|le liao');
    expect(tabledReadings('俞')?.all).toEqual(askPinyin('俞').all);
  }, 60_000);

  it('is what the generator writes now', () => {
    const source = hanReadingsSource(chars.filter((_, i) => i % 97 === 0));
    for (const line of source.split('\n').filter((l) => l.startsWith('  ["'))) {
      const [key, group] = JSON.parse(line.trim().replace(/,$/, '')) as [string, string];
      for (const char of group) expect(groupKey(askPinyin(char))).toBe(key);
    }
  });

  it('leaves characters outside it to pinyin-pro, with the same reading sets', () => {
    expect(tabledReadings('𠀀')).toBeUndefined();
    expect(tabledReadings('䶮')).toBeUndefined();
    expect(tabledReadings('a')).toBeUndefined();
    const table = new ReadingTable();
    const ids = new Int32Array(4);
    table.writeIds('还䶮了a', ids, 0);
    expect(table.sets[ids[0] as number]).toEqual(['hai', 'huan']);
    expect(table.sets[ids[1] as number]).toEqual([askPinyin('䶮').usual]);
    expect(table.sets[ids[2] as number]).toEqual(['liao', 'le']);
    expect(table.sets[ids[3] as number]).toEqual(['a']);
    expect(table.knownReadings('了')).toEqual(['le', 'liao']);
  });
});
