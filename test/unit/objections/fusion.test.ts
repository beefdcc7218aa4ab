/**
 * Issue 11 §1, round 4: how the trigger overlap's two coverages are fused (spoken-match.ts), on a
 * pack like a big one, where many cards hold the same short everyday phrase, and made-up sentences.
 */
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { fuseCoverages } from '../../../lib/objections/spoken-match';
import { objection } from './fixtures';

const PHRASES = ['年费', '账单日', '积分兑换', '最低还款', '客服热线', '纸质账单', '违约金', '商户名称'];
/** Cards about account topics, each naming a phrase alone and two more in one trigger. */
const topics = Array.from({ length: 40 }, (_, n) =>
  objection(`topic-${n}`, {
    title: `账户问题${n}`,
    triggers: [
      PHRASES[n % PHRASES.length] as string,
      `${PHRASES[(n + 3) % PHRASES.length]}，${PHRASES[(n + 1) % PHRASES.length]}`,
    ],
  }),
);
const pack = [
  ...topics,
  objection('fees', { title: '费用不合理', triggers: ['违约金太多', '收费太高了'] }),
  objection('partial', { title: '只能还一部分', triggers: ['只能还最低', '先还一点'] }),
  objection('paper', { title: '要书面材料', triggers: ['寄一份纸质的给我', '我要书面的'] }),
];
const index = buildObjectionIndex(pack);
const top3 = (query: string) =>
  searchObjections(index, query)
    .slice(0, 3)
    .map((r) => r.objection.id);

describe('a short common phrase inside a long sentence', () => {
  it('does not crowd out the card whose trigger says more of the sentence', () => {
    // Each topic card holds 最低还款 whole; partial's trigger shares 最低 and 先还 with the sentence.
    expect(top3('最低还款我都还不上先还三百')).toContain('partial');
    expect(top3('这个违约金收得比我欠的都多')).toContain('fees');
    expect(top3('你们寄一份纸质账单给我看')).toContain('paper');
  });
  it('still finds the short trigger typed alone', () => {
    expect(top3('年费')[0]).toMatch(/^topic-/);
    expect(top3('最低还款')[0]).toMatch(/^topic-/);
  });
});

describe('fuseCoverages', () => {
  it('lets the smaller coverage decide for a short trigger wholly inside a long sentence', () => {
    // A short trigger wholly inside a sentence it explains a fifth of, against a longer trigger
    // covering half of itself and a third of the sentence.
    expect(fuseCoverages(1, 0.2)).toBeLessThan(fuseCoverages(0.5, 0.33));
  });
  it('keeps the linear mix for a query covered about as well as the trigger', () => {
    expect(fuseCoverages(0.3, 0.9)).toBeCloseTo(0.35 * 0.3 + 0.65 * 0.9);
    expect(fuseCoverages(0.8, 0.5)).toBeCloseTo(0.35 * 0.8 + 0.65 * 0.5);
    expect(fuseCoverages(1, 1)).toBeCloseTo(1);
  });
});

describe('a crowd of cards holding the same words of the query (round 6, near-ties at 5,000)', () => {
  const HAN = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  /** A big pack's other cards, each with its own made-up words. */
  const others = Array.from({ length: 400 }, (_, n) => {
    const a = HAN[n % 22] as string;
    const b = HAN[Math.floor(n / 22) % 22] as string;
    return objection(`other-${n}`, { title: `${a}${b}事项`, triggers: [`${b}${a}${a}`, `item ${n}`] });
  });
  /** More account cards than a list shows, each holding 紧急联系人 whole. */
  const crowd = Array.from({ length: 40 }, (_, n) =>
    objection(`account-${n}`, {
      title: `资料变更${HAN[n % 22]}`,
      triggers: ['紧急联系人', `${HAN[n % 22]}联系方式`],
    }),
  );
  const big = buildObjectionIndex([
    ...others,
    ...crowd,
    objection('family', { title: '不满联系家人', triggers: ['凭什么找我家人', '别联系我亲戚'] }),
  ]);
  const top = (query: string) =>
    searchObjections(big, query)
      .slice(0, 3)
      .map((r) => r.objection.id);

  it('lets the rest of the sentence pick the card', () => {
    expect(top('凭什么把我紧急联系人都打一遍')[0]).toBe('family');
    expect(top('客户不满你们联系紧急联系人')[0]).toBe('family');
  });
  it('still lists the crowd when it is all that matches', () => {
    expect(top('紧急联系人')).toHaveLength(3);
    expect(top('我的紧急联系人')[0]).toMatch(/^account-/);
  });
});
