/**
 * Who used the card (issue 11 round 10, card-user.ts): a person the holder knows named as the one
 * who spent on it says the card was lent out, not stolen. Sentences made up for the test.
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const conceptIds = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => CONCEPTS[c]?.id);

describe('who used the card', () => {
  it('reads a relative or friend spending on the card as the card lent out', () => {
    for (const query of ['这笔是我表姐拿去刷的', '我舅舅用我的卡买的东西，都是他刷的', '钱是我对象花的']) {
      expect(conceptIds(query), query).toContain('lent-out');
      expect(conceptIds(query), query).not.toContain('card-misuse');
    }
  });

  it('keeps misuse when it was done behind the holder’s back, or no one is named', () => {
    expect(conceptIds('我表姐偷偷拿我的卡去刷的')).not.toContain('lent-out');
    expect(conceptIds('这笔不是我刷的')).toContain('card-misuse');
    expect(conceptIds('我舅舅用我手机打的电话')).not.toContain('lent-out');
  });

  it('puts the lent-card card above stolen-card and identity cards', () => {
    const index = buildObjectionIndex([
      objection('stolen', { title: '被盗刷', triggers: ['被人盗刷了', '这笔不是我刷的'] }),
      objection('identity', { title: '身份被冒用', triggers: ['有人拿我身份证办的卡'] }),
      objection('lent', {
        title: '卡借给别人了',
        triggers: ['卡借给同事用了', '是同事刷的', '钱是别人花的'],
      }),
    ]);
    const first = (query: string) => searchObjections(index, query)[0]?.objection.id;
    expect(first('这张是我表姐拿去刷的')).toBe('lent');
    expect(first('我舅舅拿我的卡刷的')).toBe('lent');
  });
});
