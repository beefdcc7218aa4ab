/**
 * A query's words read again (english-rereading.ts) are not normalised a second time (issue 11):
 * textOfWords gives what normalizeText would for them joined by spaces.
 */
import fc from 'fast-check';
import { englishRereading } from '../../../lib/objections/english-rereading';
import { normalizeText, textOfWords, wordsOf } from '../../../lib/objections/normalize';

describe('textOfWords', () => {
  it('is normalizeText of the words joined by spaces, for any query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (query) => {
        const words = wordsOf(normalizeText(query));
        expect(textOfWords(words)).toEqual(normalizeText(words.join(' ')));
      }),
    );
  });
  it('reads a rereading as its words', () => {
    const words = englishRereading(wordsOf(normalizeText("cx says he isn't working")));
    expect(words).toEqual(['cx', 'says', 'i', 'im', 'not', 'working']);
    expect(textOfWords(words ?? [])).toEqual(normalizeText('cx says i im not working'));
  });
});
