import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldWithOffsets, hasBidiControl, stripInvisible } from '../../../lib/text/fold';

describe('foldText: the one folding of untrusted text', () => {
  it.each([
    ['您', '你'],
    ['让您坐牢', '让你坐牢'],
    ['ＡＢＣ１２３', 'abc123'],
    ['６２２２\u3000０２１２', '6222 0212'],
    ['坐\u200e牢', '坐牢'],
    ['坐\u034f牢', '坐牢'],
    ['坐\u2063牢', '坐牢'],
    ['坐\ufe0f牢', '坐牢'],
    ['欠\u202e款', '欠款'],
    ['上\u00ad门', '上门'],
    ['\ufeff\ufeffok', 'ok'],
    ['GARNISH', 'garnish'],
  ])('%j → %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('is idempotent on every code point (NFKC may give several characters: 🉇 → 〔胜〕)', () => {
    expect(foldText('🉇')).toBe('〔胜〕');
    const unstable: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const once = foldText(String.fromCodePoint(code));
      if (foldText(once) !== once) unstable.push(code.toString(16));
    }
    expect(unstable).toEqual([]);
    // 1.1 million code points: a few seconds, more on a loaded machine; the list decides.
  }, 120_000);

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => foldText(foldText(s)) === foldText(s)));
  });

  it('maps every folded unit back to the character it came from', () => {
    const original = '让\u200b您坐牢';
    const folded = foldWithOffsets(original);
    expect(folded.text).toBe('让你坐牢');
    const at = folded.text.indexOf('你坐牢');
    expect(original.slice(folded.starts[at], folded.ends[at + 2])).toBe('您坐牢');
  });

  it('strips invisible characters only, and spots bidi controls', () => {
    expect(stripInvisible('Ａ\u200e您')).toBe('Ａ您');
    expect(hasBidiControl('已更新 v9\u202e — OK')).toBe(true);
    expect(hasBidiControl('已更新 v9 — OK')).toBe(false);
  });
});
