/**
 * 进去 is prison slang (会不会进去), but after a verb that moves money (还进去, 转进去, 存进去) it is
 * "into the account": a payment made, not a fear of arrest (found on a sentence written after the
 * round-11 code: 钱昨晚用手机银行还进去了 put the jail card first). After a verb that sinks money
 * (搭进去, 赔进去, 亏进去, 花进去) it is money lost into something: no money, neither jail nor a
 * payment (搭进去 also sounds like 打进去; made up after session 11's code: 家里钱全搭进去了 put jail
 * first, then already-paid).
 */
import { readFileSync } from 'node:fs';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objectionSchema } from '../../../lib/pack/schema';

const zh = objectionSchema
  .array()
  .parse(JSON.parse(readFileSync('lib/pack/defaults/zh-CN.json', 'utf8')).objections);
const index = buildObjectionIndex(zh);
const first = (query: string) => searchObjections(index, query)[0]?.objection.id;

describe('进去 after a verb that moves money', () => {
  it.each(['钱我前天就存进去了', '上午已经转进去了 你们再看看', '工资一到我就打进去了 应该到账了吧'])(
    '%s → already paid, not jail',
    (query) => {
      expect(first(query)).toBe('already-paid');
    },
  );
  it.each(['不还钱会不会进去', '欠信用卡会被抓进去吗'])('%s → still jail', (query) => {
    expect(first(query)).toBe('jail');
  });
  it.each([
    ['我爸上个月中风了，家里钱全搭进去了', 'illness'],
    ['家里钱全搭进去了', 'illness'],
    // The business that failed is the reason: its card (content round 14) answers it, no-money next.
    ['做生意赔进去十几万，现在真没钱', 'business-failure'],
    ['积蓄全花进去了还不够', 'no-money'],
    ['炒股亏进去二十万', 'no-money'],
  ])('%s → %s first, neither jail nor paid', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});
