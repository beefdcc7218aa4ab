/**
 * A keystroke cuts the query into its words once (review debt, round 10: query-text.ts): every
 * query-side rule reads the one view the search makes.
 */
import fc from 'fast-check';
import { vi } from 'vitest';
import * as normalize from '../../../lib/objections/normalize';
import { queryText, queryTextOfWords, wordAt } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

vi.mock('../../../lib/objections/normalize', async (original) => {
  const actual = await original<typeof normalize>();
  return { ...actual, wordsOf: vi.fn(actual.wordsOf) };
});

describe('the query as every rule reads it', () => {
  it('holds the words normalize.ts cuts, for any query', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (raw) => {
        const normal = normalize.normalizeText(raw);
        const query = queryText(normal);
        expect(query.words).toEqual(normalize.wordsOf(normal));
        query.words.forEach((_, k) => {
          expect(wordAt(query, normal.starts[k] as number)).toBe(k);
        });
      }),
    );
  });

  it('reads words read again as their query, without cutting them again', () => {
    const query = queryTextOfWords(['i', '', 'paid', 'friday']);
    expect(query).toEqual(queryText(normalize.normalizeText('i paid friday')));
    expect(wordAt(query, 1)).toBe(1);
    expect(wordAt(query, 2)).toBe(-1);
  });

  it('is cut once per keystroke, however many rules read it', () => {
    const index = buildObjectionIndex([
      objection('job', { title: 'Lost my job', triggers: ["I'm not working", 'got laid off'] }),
      objection('later', { title: 'Pay later', triggers: ['I get paid Friday', 'next week'] }),
      objection('jail', { title: 'Jail?', triggers: ["I'm not paying"] }),
    ]);
    const cut = vi.mocked(normalize.wordsOf);
    for (const query of [
      "I haven't been working since they laid me off, I paid on Friday",
      'can I go to jail for not paying',
      "I'm his wife, he settled it already",
    ]) {
      cut.mockClear();
      expect(searchObjections(index, query).length).toBeGreaterThan(0);
      expect(cut, query).toHaveBeenCalledTimes(1);
    }
  });
});
