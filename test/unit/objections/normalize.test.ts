import {
  cutQuery,
  isHan,
  isHanCode,
  MAX_QUERY_LENGTH,
  normalizeText,
  wordsOf,
} from '../../../lib/objections/normalize';

describe('normalizeText', () => {
  it('folds full-width letters and digits, lowercases, and drops punctuation and spaces', () => {
    expect(normalizeText('ＭＱ，Ｈｅｌｌｏ １２３！').compact).toBe('mqhello123');
  });

  it("joins words across apostrophes so can't matches cant", () => {
    expect(normalizeText("I can't pay").compact).toBe('icantpay');
    expect(normalizeText('I can’t pay').compact).toBe('icantpay');
  });

  it('marks where words and phrases start, including where Han meets Latin', () => {
    const text = normalizeText('没钱 / 手头紧 APP扣款');
    expect(text.compact).toBe('没钱手头紧app扣款');
    expect(text.starts).toEqual([0, 2, 5, 8]);
    expect(wordsOf(text)).toEqual(['没钱', '手头紧', 'app', '扣款']);
  });

  it('splits titles into alternatives at punctuation, not at spaces', () => {
    expect(normalizeText('没钱/手头紧').parts).toEqual(['没钱', '手头紧']);
    expect(normalizeText('No money / tight budget').parts).toEqual(['nomoney', 'tightbudget']);
    expect(normalizeText('no money').parts).toEqual(['nomoney']);
  });

  it('keeps nothing of symbols and emoji', () => {
    expect(normalizeText('😀 #$%^ ✨').compact).toBe('');
    expect(normalizeText('😀').starts).toEqual([]);
  });
});

describe('isHan and isHanCode (cached per code unit)', () => {
  it('answers the same on a second ask, for BMP and astral characters and lone surrogates', () => {
    const cases: [string, boolean][] = [
      ['钱', true],
      ['a', false],
      ['，', false],
      ['\u{20000}', true],
      ['\ud840', false],
    ];
    for (const [char, han] of cases) {
      for (let ask = 0; ask < 2; ask++) {
        expect(isHan(char)).toBe(han);
        expect(isHanCode(char.codePointAt(0) ?? 0)).toBe(han);
      }
    }
    expect(isHan('abc钱')).toBe(true);
  });
});

describe('cutQuery', () => {
  it('cuts at the maximum length without splitting a surrogate pair', () => {
    expect(cutQuery('a'.repeat(500))).toHaveLength(MAX_QUERY_LENGTH);
    const cut = cutQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}😀`);
    expect(cut).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
  });
});
