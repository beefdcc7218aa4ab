/**
 * Issue 11, round 8 (Chinese): the groups added to the concept lexicon (concepts-zh.ts), on
 * made-up sentences.
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';

const conceptIds = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => CONCEPTS[c]?.id);

describe('concept groups of round 8 (zh)', () => {
  it('reads Cantonese busy, later and looking for work', () => {
    expect(conceptIds('佢依家唔得闲')).toContain('bad-time');
    expect(conceptIds('听日先讲啦')).toContain('later');
    expect(conceptIds('晏啲再打俾我')).toContain('later');
    expect(conceptIds('我仲揾紧工')).toContain('job-loss');
  });
  it('reads the card used on the sly, calls that never stop and 反映', () => {
    expect(conceptIds('卡被人偷刷了两笔')).toContain('card-misuse');
    expect(conceptIds('一天到晚打个不停')).toContain('stop-contact');
    expect(conceptIds('我要去上面反映你们')).toContain('complaint');
  });
  it('reads back and bone troubles and tight money', () => {
    expect(conceptIds('颈椎的毛病又犯了')).toContain('illness');
    expect(conceptIds('日子过得紧巴')).toContain('no-money');
  });
  it('reads a name never heard of on this number as a wrong number', () => {
    expect(conceptIds('你说的那位我都没听说过这个人')).toContain('wrong-number');
    expect(conceptIds('这号码的机主换了吧')).toContain('wrong-number');
  });
  it('reads calls about the debt to family, colleagues or contacts as told to others', () => {
    expect(conceptIds('你们凭啥打到我单位去')).toContain('told-others');
    expect(conceptIds('把这事告诉我家人算什么，侵犯隐私')).toContain('told-others');
    expect(conceptIds('我家人都挺好的')).not.toContain('told-others');
  });
  it('reads the card lent to someone who was to repay, not a card used by a stranger', () => {
    expect(conceptIds('卡借给我表姐了')).toContain('lent-out');
    expect(conceptIds('同学借了我的卡去买手机，说好他还')).toContain('lent-out');
    expect(conceptIds('有人偷偷刷了我的卡')).not.toContain('lent-out');
  });
});
