/**
 * The customer who owes other lenders or has other bills first (多头负债; content round 15: 孩子上学要用钱
 * found no card, 家里急用钱 put family-consult first, 房贷压力太大了 put new-baby first). The sentences
 * (other-debt-sentences.ts) were written before the triggers; each must find the card in the first
 * three, no trigger may repeat one, and the card must say what a compliance lead would sign: the
 * customer's essentials come first, no new borrowing to pay, only the bank's own plans.
 */
import type { Objection } from '../../../lib/pack/schema';
import { loadDefaultPack } from './content-helpers';
import { OTHER_DEBTS_CARD, OTHER_DEBTS_EN, OTHER_DEBTS_ZH } from './other-debt-sentences';
import { copiedSentences, missedTopThree } from './sentence-search';

const zh = loadDefaultPack('zh-CN');
const en = loadDefaultPack('en-US');

function card(objections: readonly Objection[]) {
  const found = objections.find((o) => o.id === OTHER_DEBTS_CARD);
  if (found === undefined) throw new Error(OTHER_DEBTS_CARD);
  return {
    ...found,
    said: found.say.join(' '),
    done: (found.do ?? []).join(' '),
    nevers: (found.never ?? []).join(' '),
  };
}

describe.each([
  { locale: 'zh-CN', pack: zh, sentences: OTHER_DEBTS_ZH },
  { locale: 'en-US', pack: en, sentences: OTHER_DEBTS_EN },
])('$locale default pack: other debts and bills first', ({ pack, sentences }) => {
  it('finds the card in the first three from the customer’s own words', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(25);
    expect(missedTopThree(pack.objections, sentences)).toEqual([]);
  });

  it('copies no sentence word for word into a trigger', () => {
    expect(copiedSentences(pack.objections, sentences)).toEqual([]);
  });

  it('leads to a plan, with a disposition the pack has', () => {
    const c = card(pack.objections);
    expect(c.leadsTo?.plan).toBe('instalment');
    expect(pack.dispositions.map((d) => d.id)).toContain(c.leadsTo?.disposition);
    for (const code of ['PART', 'PLAN', 'HRD']) expect(c.done).toContain(code);
  });
});

describe('other-debts card: what it must and must not say', () => {
  it('zh: essentials first, no new borrowing, only the bank’s own plans, art. 70 disclosures', () => {
    const c = card(zh.objections);
    expect(c.said).toMatch(/吃饭、房租、看病/);
    expect(c.said).toMatch(/不会让您[^。]*不顾这些/);
    expect(c.said).toMatch(/个性化分期/);
    // Art. 70: approval, no new card until repaid, the record stays, fees per the agreement.
    for (const point of [/审批/, /还清之前不能再申请信用卡/, /逾期记录不会消除/, /费用以协议为准/])
      expect(c.said).toMatch(point);
    expect(c.done).toMatch(/不得诱导新增借贷/);
    expect(c.done).toMatch(/不打听欠了哪几家/);
    expect(c.nevers).toMatch(/网贷/);
    expect(c.nevers).toMatch(/别的卡/);
    expect(c.said).not.toMatch(/停息挂账|先还我们|借/);
  });

  it('en: essentials first, never a loan or another card, nonprofit counseling only', () => {
    const c = card(en.objections);
    expect(c.said).toMatch(/Rent, food, utilities and medical care come first; I won't ask you to skip them/);
    expect(c.said).toMatch(/nonprofit credit counseling/);
    expect(c.said).toMatch(/if approved/);
    expect(c.done).toMatch(/never a debt-settlement firm/);
    expect(c.nevers).toMatch(/new loan/);
    expect(c.nevers).toMatch(/another card/);
    expect(c.nevers).toMatch(/pay us before rent, food, utilities or medical care/);
    expect(c.said).not.toMatch(/borrow|loan|another card|pay us first/i);
  });
});
