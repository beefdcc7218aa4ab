/**
 * Issue 11: an amount a customer says in a sentence is read by the one money parser
 * (lib/text/amount.ts readSpokenAmount), on the words objection search normalises a query into.
 */
import { normalizeText, wordsOf } from '../../../lib/objections/normalize';
import { readSpokenAmount } from '../../../lib/text/amount';

/** The amount said at the first word of `sentence` (as normalised words). */
const said = (sentence: string) => readSpokenAmount(wordsOf(normalizeText(sentence)), 0);

describe('readSpokenAmount', () => {
  it.each([
    ['900', 900, 1, 1],
    ['5k', 5_000, 1_000, 1],
    ['$5k now', 5_000, 1_000, 1],
    ['2,000 now', 2_000, 1, 2],
    ['two grand', 2_000, 1_000, 2],
    ['three thousand', 3_000, 1_000, 2],
    ['forty', 40, 1, 1],
    ['fifty bucks', 50, 1, 1],
    ['5 hundred', 500, 100, 2],
    ['１２ grand', 12_000, 1_000, 2],
  ])('%j is %d (unit %d), read up to word %d', (sentence, value, unit, next) => {
    expect(said(sentence)).toEqual({ value, unit, next });
  });

  it('万 multiplies and stays in the Chinese run it begins', () => {
    const words = wordsOf(normalizeText('欠2万现在滚到3万'));
    expect(words[1]).toBe('2');
    expect(readSpokenAmount(words, 1)).toEqual({ value: 20_000, unit: 10_000, next: 2 });
    expect(words[2]?.startsWith('万')).toBe(true);
  });

  it('a second multiplier after k is not read, nor 2,000 after a k', () => {
    expect(said('5k grand')).toEqual({ value: 5_000, unit: 1_000, next: 1 });
    expect(said('5k 000')).toEqual({ value: 5_000, unit: 1_000, next: 1 });
  });

  it('words that are no amount say none', () => {
    for (const sentence of ['grand', 'k', 'sixty', 'constructor', 'toString', 'twentyfive', 'abc', '5m'])
      expect(said(sentence), sentence).toBeNull();
    expect(readSpokenAmount([], 0)).toBeNull();
  });
});
