/**
 * The concept lexicon's pinyin is generated data (concept-pinyin-data.ts, concept-typed-data.ts):
 * it must be what pinyin-pro gives for the lexicon as it is now, or typed pinyin and IME slips
 * would miss (or keep) forms.
 */
import { pinyin } from 'pinyin-pro';
import { forEachCodePoint } from '../../../lib/objections/code-point-runs';
import { CONCEPT_PINYIN, TIME_PINYIN } from '../../../lib/objections/concept-pinyin-data';
import { conceptPinyinKeys } from '../../../lib/objections/concept-pinyin-keys';
import { SAID_PINYIN, USUAL_PINYIN } from '../../../lib/objections/concept-typed-data';

const keys = conceptPinyinKeys();

describe('concept-pinyin-data.ts and concept-typed-data.ts', () => {
  it('are up to date with the lexicon and the time words (else run `npm run gen:concept-pinyin`)', () => {
    expect(CONCEPT_PINYIN, 'stale: run `npm run gen:concept-pinyin`').toEqual(keys.concepts);
    expect(TIME_PINYIN, 'stale: run `npm run gen:concept-pinyin`').toEqual(keys.times);
    expect(SAID_PINYIN, 'stale: run `npm run gen:concept-pinyin`').toEqual(keys.said);
    expect(USUAL_PINYIN, 'stale: run `npm run gen:concept-pinyin`').toEqual(keys.usual);
  });

  it('give each phrasing its reading in context and each slip character its usual reading', () => {
    // In context, as the IME spells it: 还 of 还清 is huan, of 还过 hai (the dictionary's pick).
    expect(SAID_PINYIN.还清).toBe('huan qing');
    expect(SAID_PINYIN.还过).toBe('hai guo');
    const charsOf = (codePoints: string) => {
      const chars: string[] = [];
      forEachCodePoint(codePoints, (code) => chars.push(String.fromCodePoint(code)));
      return chars;
    };
    // 前 is the slip in 没前 for 没钱: its usual reading is the one 钱 is said with.
    expect(charsOf(new Map(USUAL_PINYIN).get('qian') ?? '')).toContain('前');
    for (const [syllable, codePoints] of USUAL_PINYIN.filter((_, i) => i % 40 === 0))
      for (const char of charsOf(codePoints).filter((_, i) => i % 50 === 0))
        expect(pinyin(char, { toneType: 'none', type: 'array', v: true })[0]).toBe(syllable);
  });
});
