/** Issue 11 round 6: a debt told in numbers only ranks the fees card (amount-story.ts). */
import { amountStoryConcepts } from '../../../lib/objections/amount-story';
import { LEXICON } from '../../../lib/objections/concepts-zh';
import { normalizeText } from '../../../lib/objections/normalize';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const FEES = LEXICON.findIndex((c) => c.id === 'fees');
const says = (query: string) => amountStoryConcepts(normalizeText(query));

describe('amountStoryConcepts', () => {
  it('reads a balance that grew as fees', () => {
    expect(says('borrowed 300 and now they say 900')).toEqual([FEES]);
    expect(says('我当初刷了3000，现在变成8000多')).toEqual([FEES]);
    expect(says('欠2万现在滚到3万')).toEqual([FEES]);
  });
  it('says nothing of amounts that did not grow or have no word of becoming', () => {
    expect(says('it was 900 and now it is 300')).toEqual([]);
    expect(says('I paid 200 then 300')).toEqual([]);
    expect(says('I can do 500 now')).toEqual([]);
    expect(says('owed 900 since 2015 and now 2000')).toEqual([FEES]);
    expect(says('from 2015 up to 2023')).toEqual([]);
    expect(says('现在只有500，下个月1000')).toEqual([]);
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
  });
});
