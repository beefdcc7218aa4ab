/**
 * The concept lexicon's pinyin is generated data (concept-pinyin-data.ts): it must be what
 * pinyin-pro gives for the lexicon as it is now, or typed pinyin would miss (or keep) forms.
 */
import { CONCEPT_PINYIN, TIME_PINYIN } from '../../../lib/objections/concept-pinyin-data';
import { conceptPinyinKeys } from '../../../lib/objections/concept-pinyin-keys';

describe('concept-pinyin-data.ts', () => {
  it('is up to date with the lexicon and the time words (else run `npm run gen:concept-pinyin`)', () => {
    const keys = conceptPinyinKeys();
    expect(CONCEPT_PINYIN, 'stale: run `npm run gen:concept-pinyin`').toEqual(keys.concepts);
    expect(TIME_PINYIN, 'stale: run `npm run gen:concept-pinyin`').toEqual(keys.times);
  });
});
