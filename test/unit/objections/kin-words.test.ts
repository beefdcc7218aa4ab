/**
 * Issue 11, round 4: relatives named in everyday or dialect words (闺女, 老豆, 老妈, 婆婆) are
 * relatives like 女儿 or 爸爸 (spoken.ts KIN), on made-up sentences.
 */
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { kinMask } from '../../../lib/objections/spoken';
import { objection } from './fixtures';

const index = buildObjectionIndex([
  objection('third-party', { title: '家人接听', triggers: ['我是他女儿', '我是他爸爸', '他不在'] }),
  objection('sick', { title: '家人生病', triggers: ['我爸住院了', '家里有病人'] }),
  objection('fraud', { title: '被盗刷', triggers: ['被人盗刷了', '卡被别人用了'] }),
]);
const top = (query: string) => searchObjections(index, query)[0]?.objection.id;

describe('relatives in everyday words', () => {
  it('marks them as who, not why', () => {
    expect(Array.from(kinMask('我是他闺女'))).toEqual([0, 0, 0, 1, 1]);
    expect(Array.from(kinMask('我老豆'))).toEqual([0, 1, 1]);
  });
  it('meets a trigger naming the relative another way', () => {
    expect(top('他闺女接的')).toBe('third-party');
    expect(top('婆婆接的电话')).toBe('third-party');
    expect(searchObjections(index, '我老豆住院了')[0]).toMatchObject({
      objection: { id: 'sick' },
      match: { kind: 'said' },
    });
  });
});
