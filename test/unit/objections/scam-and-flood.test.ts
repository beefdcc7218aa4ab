/**
 * Two life events a made-up sentence put behind another card (2026-12-03): 被人骗了 (the customer was
 * scammed) ranked the disputed-transaction card first, and 家里遭了水灾 (the family home flooded) the
 * family-consult card, for the 家里 in it. Triggers added: 我被人骗了 (scam-victim), 遭了水灾
 * (disaster). Sentences of the same kind written after them, not copies of them.
 */
import { readFileSync } from 'node:fs';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objectionSchema } from '../../../lib/pack/schema';

const zh = objectionSchema
  .array()
  .parse(JSON.parse(readFileSync('lib/pack/defaults/zh-CN.json', 'utf8')).objections);
const index = buildObjectionIndex(zh);
const first = (query: string) => searchObjections(index, query)[0]?.objection.id;

describe('scammed, flooded', () => {
  it.each(['被人骗了', '被人骗了几万块', '我让人给骗了', '被网上的人骗了'])(
    '%s → scam-victim first',
    (query) => {
      expect(first(query)).toBe('scam-victim');
    },
  );
  it.each(['家里遭了水灾', '老家遭了洪水', '家里被水淹了', '我们村遭灾了', '家里发大水了'])(
    '%s → disaster first',
    (query) => {
      expect(first(query)).toBe('disaster');
    },
  );
  it.each([
    ['卡被人盗刷了', 'fraud'],
    ['验证码被人骗走了', 'fraud'],
    ['家里钱全搭进去了', 'illness'],
    ['我要跟家里商量一下', 'family-consult'],
    ['你们是骗子吧', 'scam'],
  ])('%s stays %s', (query, expected) => {
    expect(first(query)).toBe(expected);
  });
});
