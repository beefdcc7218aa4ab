/**
 * Red team 10: the one folding maps traditional characters to simplified, one for one, from a
 * generated table (lib/text/traditional-data.ts, `npm run gen:traditional`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { traditionalPairs, traditionalSource } from '../../../cli/traditional-table';
import { foldText, foldWithOffsets } from '../../../lib/text/fold';
import { bundledTraditional, traditionalTable } from '../../../lib/text/traditional';
import { TRADITIONAL_STEPS } from '../../../lib/text/traditional-data';

const pairs = traditionalPairs();

describe('traditional characters in the one folding', () => {
  it('is what the generator gives from opencc-js now (else run `npm run gen:traditional`)', () => {
    const source = traditionalSource(pairs);
    expect(source, 'stale: run `npm run gen:traditional`').toContain(`'${TRADITIONAL_STEPS}'`);
    expect(pairs.length).toBeGreaterThan(3000);
  });

  it.each([
    ['上門', '上门'],
    ['聯繫您單位', '联系你单位'],
    ['讓您坐牢', '让你坐牢'],
    ['家裡', '家里'],
    ['家裏', '家里'],
    ['以後', '以后'],
    ['啟動', '启动'],
    ['觀眾', '观众'],
    ['ＡＢＣ還款１２', 'abc还款12'],
    // A compatibility ideograph (U+F9D0) is the unified 類 after NFKC, then 类.
    ['\uf9d0型', '类型'],
  ])('%j → %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('leaves characters with several simplified forms, and simplified text, as they are', () => {
    for (const text of ['乾坤', '於是', '瞭望', '藉口', '餘', '畫', '鍾', '麼', '著名', '我们明天上门拜访'])
      expect(foldText(text)).toBe(text);
  });

  it('maps every character of the table to one that folds no further', () => {
    for (const [from, to] of pairs) {
      expect(bundledTraditional.simplifiedOf(from), from).toBe(to);
      expect(foldText(to), `${from} → ${to}`).toBe(foldText(foldText(to)));
      expect(bundledTraditional.simplifiedOf(to), `${from} → ${to} → …`).toBe(to);
    }
  });

  it('keeps offsets on the characters of the original', () => {
    const original = '明天我們就\u200b上門';
    const folded = foldWithOffsets(original);
    const at = folded.text.indexOf('上门');
    expect(original.slice(folded.starts[at], folded.ends[at + 1])).toBe('上門');
  });

  it('is idempotent on mixed traditional and simplified text', () => {
    const chars = [...pairs.slice(0, 400).flat(), '你', '您', 'a', 'Ａ', '\u200b', ' '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 30 }), (list) => {
        const text = list.join('');
        return foldText(foldText(text)) === foldText(text);
      }),
    );
  });

  it('is a value its caller owns: a learned table leaves the one it came from as it was', () => {
    const empty = traditionalTable('');
    const learned = empty.learned('門门額额');
    expect(foldText('上門', learned)).toBe('上门');
    expect(learned.formsOf('额')).toEqual(['額']);
    // The empty table (the content script's build) and the bundled one are unchanged.
    expect(foldText('上門', empty)).toBe('上門');
    expect(empty.formsOf('额')).toEqual([]);
    expect(bundledTraditional.learned('').simplifiedOf('門')).toBe('门');
  });

  it("learns only pairs of the table's shape: a CJK character, not Latin, not one it already maps", () => {
    const learned = traditionalTable('').learned('ab門门門x');
    expect(foldText('ab', learned)).toBe('ab');
    expect(foldText('門', learned)).toBe('门');
    // A second pair for 門 does not replace the first.
    expect(learned.formsOf('x')).toEqual([]);
  });
});
