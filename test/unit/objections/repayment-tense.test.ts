/**
 * Issue 11 round 9: a repayment promised is no agreement with a trigger that says it is done
 * (repayment-tense.ts). A small pack written here, phrasings made up for the test.
 */
import { saysDone, tenseClash } from '../../../lib/objections/repayment-tense';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const pack = [
  objection('paid', { title: '已经还了', triggers: ['我早就还了', '刚刚还上', '钱已经转过去了'] }),
  objection('later', { title: '过几天再还', triggers: ['下个月再说', '等发工资', '月底再说'] }),
];
const index = buildObjectionIndex(pack);
const ids = (query: string) => searchObjections(index, query).map((r) => r.objection.id);

describe('a promise to pay against a payment done', () => {
  it('reads done from the past adverb or the result after the verb', () => {
    for (const text of ['我早就还了', '刚刚还上', '钱已经转过去了', '上礼拜都还清了', '前几天还了'])
      expect(saysDone(text), text).toBe(true);
    for (const text of ['下个月再说', '等发工资', '一大早就打电话', '我会还的'])
      expect(saysDone(text), text).toBe(false);
  });

  it('checks only a query that promises and says nothing done', () => {
    expect(tenseClash('过两周我保证还上')).not.toBeNull();
    expect(tenseClash('我上周已经还了')).toBeNull();
    expect(tenseClash('我没钱')).toBeNull();
  });

  it('ranks the card for later first for a promise that shares the verb with a done trigger', () => {
    expect(ids('月底肯定还上')[0]).toBe('later');
    expect(ids('我上周早就还了')[0]).toBe('paid');
  });
});
