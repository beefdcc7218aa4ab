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
  it('marks the 的 of my mother’s as who (no curse), not that of a curse or of my son’s', () => {
    expect(Array.from(kinMask('我妈的药'))).toEqual([0, 1, 1, 0]);
    expect(Array.from(kinMask('你妈的'))).toEqual([0, 1, 0]);
    expect(Array.from(kinMask('我儿子的卡'))).toEqual([0, 1, 1, 0, 0]);
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

describe('a relative named beside the reason', () => {
  const family = buildObjectionIndex([
    objection('third', { title: '家人接听', triggers: ['我是他老婆', '我是他老公', '他不在家'] }),
    objection('dead', { title: '人已去世', triggers: ['我老公去世了', '人已经走了'] }),
    objection('consult', { title: '要和家人商量', triggers: ['我先问问我老婆', '回去商量一下'] }),
    objection('sick', { title: '家人生病', triggers: ['家里有人住院', '在医院'] }),
  ]);
  const ids = (query: string) => searchObjections(family, query).map((r) => r.objection.id);
  it('says who, not why: the spouse pulls no card that names a spouse', () => {
    expect(ids('我老公中风了躺在床上')[0]).toBe('sick');
    expect(ids('老公脑梗了要人照顾')).not.toContain('third');
  });
});

describe('my mother’s is no curse (round 8)', () => {
  const cards = buildObjectionIndex([
    objection('abusive', { title: '辱骂', triggers: ['他妈的', '滚蛋'] }),
    objection('dead', { title: '人已去世', triggers: ['人已经走了', '办完丧事了'] }),
  ]);
  it('reads 我妈的 as whose, so the curse card does not come first', () => {
    expect(searchObjections(cards, '我妈的丧事刚办完')[0]?.objection.id).toBe('dead');
    expect(searchObjections(cards, '你妈的滚')[0]?.objection.id).toBe('abusive');
  });
});
