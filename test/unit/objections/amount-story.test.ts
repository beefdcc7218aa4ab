/**
 * Issue 11 rounds 6–7: a balance that grew, told in numbers only, says fees and charges added on
 * (amount-story.ts), on made-up sentences in both languages.
 */
import { grownAmountConcepts } from '../../../lib/objections/amount-story';
import { LEXICON } from '../../../lib/objections/concepts-zh';
import { normalizeText, wordsOf } from '../../../lib/objections/normalize';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const GROWN = ['fees', 'added-charges'].map((id) => LEXICON.findIndex((c) => c.id === id));
const grown = (query: string) => grownAmountConcepts(wordsOf(normalizeText(query))).length > 0;

describe('a balance told as grown in numbers', () => {
  it('says fees and charges added on', () => {
    expect(GROWN.every((c) => c >= 0)).toBe(true);
    expect(grownAmountConcepts(wordsOf(normalizeText('borrowed 300 and now they say 900')))).toEqual(GROWN);
  });
  it('reads a past amount, a word of change and a larger amount', () => {
    expect(grown('the card was 1,200 and now they say 3,400')).toBe(true);
    expect(grown('I spent like 900 on it, it went to 2k')).toBe(true);
    expect(grown('borrowed three grand, now it is seven')).toBe(true);
    expect(grown('owed 900 since 2015 and now 2000')).toBe(true);
    expect(grown('我当初刷了3000，现在变成8000多')).toBe(true);
    expect(grown('欠2万现在滚到3万')).toBe(true);
  });
  it('leaves offers, smaller amounts, years and amounts without a past alone', () => {
    expect(grown('I can send 50 now and 80 on friday')).toBe(false);
    expect(grown('it was 4000, now it is 2500 after my payments')).toBe(false);
    expect(grown('I owe 700 and my rent is 1400')).toBe(false);
    expect(grown('I paid 200 then 300')).toBe(false);
    expect(grown('from 2015 up to 2023')).toBe(false);
    expect(grown('现在只有500，下个月1000')).toBe(false);
  });
});

describe('search', () => {
  const index = buildObjectionIndex([
    objection('paid', { title: 'Already paid', triggers: ['I paid it already', 'it is paid now'] }),
    objection('fees', { title: 'Interest too high', triggers: ['the interest is crazy', 'so many fees'] }),
    objection('partial', { title: 'Can pay part', triggers: ['I can pay some now', 'only part of it'] }),
    objection('not-mine', { title: 'Not my debt', triggers: ['I never owed this', 'it is not mine'] }),
  ]);
  it('puts the fees card first for a story told in numbers', () => {
    expect(searchObjections(index, 'I owed 700 and now it is 1900')[0]?.objection.id).toBe('fees');
    expect(searchObjections(index, 'I used 300 on it and now it is 1000')[0]?.objection.id).toBe('fees');
  });
});
