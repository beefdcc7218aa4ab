/**
 * Issue 11, round 9 (Chinese): the groups added to the concept lexicon (concepts-zh.ts), on
 * made-up sentences.
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';

const conceptIds = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => CONCEPTS[c]?.id);

describe('concept groups of round 9 (zh)', () => {
  it('reads a question about what not paying leads to as arrest, not as a refusal', () => {
    expect(conceptIds('信用卡不还会怎么样')).toContain('arrest');
    expect(conceptIds('信用卡不还会怎么样')).not.toContain('defiant');
    expect(conceptIds('欠债不还有什么后果')).not.toContain('defiant');
    expect(conceptIds('反正我就是不还')).toContain('defiant');
  });
  it('reads a funeral and its rites as a death in the family', () => {
    expect(conceptIds('家里正忙着出殡')).toContain('death');
    expect(conceptIds('骨灰还没安葬')).toContain('death');
    expect(conceptIds('人死了还要还吗')).toContain('death');
  });
  it('reads asking for the papers by post or mail as paperwork', () => {
    expect(conceptIds('寄一份纸质的给我')).toContain('paperwork');
    expect(conceptIds('账目发到邮箱里')).toContain('paperwork');
  });
  it('reads a number only just taken up as a wrong number', () => {
    expect(conceptIds('这是我刚办的号')).toContain('wrong-number');
    expect(conceptIds('号码才换了几天')).toContain('wrong-number');
    expect(conceptIds('我们这儿没人叫这名')).toContain('wrong-number');
  });
  it('reads a stranger using the card and charge texts nobody asked for as card misuse', () => {
    expect(conceptIds('不知道谁刷的两笔')).toContain('card-misuse');
    expect(conceptIds('别人刷我的卡买了手机')).toContain('card-misuse');
    expect(conceptIds('手机上来了好几条消费短信')).toContain('card-misuse');
  });
  it('reads calls to relatives, a boss or friends as told to others', () => {
    expect(conceptIds('凭什么打到我老家去')).toContain('told-others');
    expect(conceptIds('你们居然找我领导')).toContain('told-others');
    expect(conceptIds('别再骚扰家人了')).toContain('told-others');
  });
  it('reads not wanting to be a burden and vanishing for good as self-harm, not a plain absence', () => {
    expect(conceptIds('我不想拖累家人了')).toContain('self-harm');
    expect(conceptIds('过阵子我会消失的')).toContain('self-harm');
    expect(conceptIds('他消失了好几天')).not.toContain('self-harm');
  });
  it('reads a hearing, a court ruling enforced and a repayment already made', () => {
    expect(conceptIds('下礼拜就要开庭')).toContain('court-case');
    expect(conceptIds('法院都强制执行了')).toContain('court-case');
    expect(conceptIds('我上礼拜就还了')).toContain('paid');
    expect(conceptIds('大前天刚还了')).toContain('paid');
  });
  it('reads the short month and money said as rice', () => {
    expect(conceptIds('下月初再弄')).toContain('later');
    expect(conceptIds('家里早就没米了')).toContain('no-money');
  });
  it('reads the person asked for as away or busy, said by whoever answers, as someone else', () => {
    expect(conceptIds('她现在不方便，你晚点再打')).toContain('someone-else');
    expect(conceptIds('他在睡觉呢')).toContain('someone-else');
    expect(conceptIds('他在睡觉呢')).not.toContain('bad-time');
    expect(conceptIds('我在上班')).not.toContain('someone-else');
  });
});
