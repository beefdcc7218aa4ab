/**
 * Issue 11 round 7: a balance that grew, told in numbers only, reads as charges added on
 * (amount-story.ts), on made-up sentences.
 */
import { saysGrownAmount } from '../../../lib/objections/amount-story';
import { normalizeText, wordsOf } from '../../../lib/objections/normalize';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const grown = (query: string) => saysGrownAmount(wordsOf(normalizeText(query)));

describe('a balance told as grown in numbers', () => {
  it('reads a past amount, a word of change and a larger amount', () => {
    expect(grown('the card was 1,200 and now they say 3,400')).toBe(true);
    expect(grown('I spent like 900 on it, it went to 2k')).toBe(true);
    expect(grown('borrowed three grand, now it is seven')).toBe(true);
  });
  it('leaves offers, smaller amounts and amounts without a past alone', () => {
    expect(grown('I can send 50 now and 80 on friday')).toBe(false);
    expect(grown('it was 4000, now it is 2500 after my payments')).toBe(false);
    expect(grown('I owe 700 and my rent is 1400')).toBe(false);
  });
  it('ranks the fees card first for such a story', () => {
    const index = buildObjectionIndex([
      objection('fees', { title: 'Fees too high', triggers: ['the balance ballooned', 'late fees'] }),
      objection('part', { title: 'Can only pay part', triggers: ['I can pay 100', 'a few bucks'] }),
      objection('paid', { title: 'Already paid', triggers: ['I paid 300 already'] }),
    ]);
    expect(searchObjections(index, 'I used 300 on it and now it is 1000')[0]?.objection.id).toBe('fees');
  });
});
