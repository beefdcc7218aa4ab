/** The IME-slip table's characters are stored as gaps in ASCII (code-point-runs.ts): read back whole. */
import fc from 'fast-check';
import { encodeCodePoints, forEachCodePoint } from '../../../lib/objections/code-point-runs';

const decode = (encoded: string) => {
  const out: number[] = [];
  forEachCodePoint(encoded, (code) => out.push(code));
  return out;
};

describe('code point runs', () => {
  it('read back every ascending list of code points', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 60 }), (codes) => {
        const ascending = [...codes].sort((a, b) => a - b);
        const encoded = encodeCodePoints(ascending);
        expect(encoded).toMatch(/^[\x21-\x7e]*$/);
        expect(decode(encoded)).toEqual(ascending);
      }),
    );
  });
  it('write a small gap as one character', () => {
    // 一 (19,968) takes three base-32 digits, the gaps of 1 and 2 after it one each.
    expect(encodeCodePoints([0x4e00, 0x4e01, 0x4e03])).toHaveLength(3 + 1 + 1);
    expect(decode(encodeCodePoints([0x4e00, 0x4e01, 0x4e03]))).toEqual([0x4e00, 0x4e01, 0x4e03]);
  });
});
