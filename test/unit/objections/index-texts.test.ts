import { normalizeText } from '../../../lib/objections/normalize';
import { buildObjectionIndex } from '../../../lib/objections/objection-index';
import { ReadingTable } from '../../../lib/objections/readings';
import { objection } from './fixtures';

/**
 * The build makes most texts strings by slicing one decoding of its code-unit buffer, and reads
 * words and readings from those units (issue 11, build time): each text must still be what the
 * normaliser gives, lone surrogates, astral characters and a U+FEFF-like unit included.
 */
describe('the index build keeps every text as normalised', () => {
  const pack = [
    objection('a', {
      title: '没钱/手头紧',
      triggers: ['还不起', 'No money'],
      say: ['理解您，先还一部分', '𠀀字还款'],
    }),
    objection('b', { title: 'broke', say: ['lone \ud800 high', 'low \udc00 还款', '先还 minimum payment'] }),
    objection('c', { title: '失业了', say: ['被裁员了，没收入'], do: ['记下 日期 2024'] }),
  ];
  const index = buildObjectionIndex(pack);

  it('gives each text the normaliser’s compact form', () => {
    const sources = pack.flatMap((o) => [o.title, ...o.triggers, ...o.say, ...(o.do ?? [])]);
    expect(index.texts.map((t) => t.source)).toEqual(sources);
    for (const text of index.texts) expect(text.compact).toBe(normalizeText(text.source).compact);
    expect(index.texts.some((t) => t.compact.includes('𠀀'))).toBe(true);
  });

  it('gives a text without Han no reading set (-1) and every unit of a Han text one', () => {
    for (const text of index.texts) {
      const ids = Array.from(index.readingIds.subarray(text.base, text.base + text.compact.length));
      if (text.han) expect(ids.every((id) => id >= 0)).toBe(true);
      else expect(ids.every((id) => id === -1)).toBe(true);
    }
    expect(index.texts.filter((t) => !t.han).length).toBeGreaterThan(2);
  });

  it('reads the same reading sets from code units as from the string', () => {
    const table = new ReadingTable();
    const text = '先还一部分X';
    const fromString = new Int32Array(text.length);
    const fromUnits = new Int32Array(text.length + 2);
    table.writeIds(text, fromString, 0);
    const units = Uint16Array.from(text, (c) => c.charCodeAt(0));
    table.writeIdsOfUnits(units, 0, units.length, fromUnits, 2);
    expect(Array.from(fromUnits.subarray(2))).toEqual(Array.from(fromString));
    expect(table.sets[fromString[1] as number]).toContain('huan');
  });
});
