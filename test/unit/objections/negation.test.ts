/**
 * Issue 11, round 8 (Chinese): a trigger that says the query's verb with the opposite polarity
 * (没上班 against 在上班) is no overlap evidence (negation.ts), on made-up sentences.
 */
import { polarityClash } from '../../../lib/objections/negation';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

describe('opposite polarity of a Chinese verb', () => {
  it('finds a negated verb against the progressive, both ways', () => {
    expect(polarityClash('我都没工作半年了')?.('我在工作')).toBe(true);
    expect(polarityClash('他没有在开车')?.('正在开车')).toBe(true);
    expect(polarityClash('我正在开会')?.('我不开会')).toBe(true);
    // 不在家 ends the text: its one character is compared with the first of 家里.
    expect(polarityClash('我在家里闲着')?.('他不在家')).toBe(true);
  });
  it('finds no clash for the same polarity, another verb or no polarity', () => {
    expect(polarityClash('我没上班了')?.('最近没上班')).toBe(false);
    expect(polarityClash('没在开车')?.('不在开车')).toBe(false);
    expect(polarityClash('我没上网')?.('我在上班')).toBe(false);
    // A bare verb says no polarity.
    expect(polarityClash('上班时间别打')).toBeNull();
  });
  it('ranks the card of the negated verb above the card of the progressive', () => {
    const index = buildObjectionIndex([
      objection('busy', { title: '现在不方便', triggers: ['我在上班', '正在开车'] }),
      objection('jobless', { title: '失业了', triggers: ['工作丢了', '被公司辞退'] }),
    ]);
    const ids = (query: string) => searchObjections(index, query).map((r) => r.objection.id);
    expect(ids('我这阵子都没上班')[0]).toBe('jobless');
    expect(ids('我在上班呢')[0]).toBe('busy');
  });
});

describe('a repayment promised against one made (round 9)', () => {
  it('finds a promise to repay against a text that says it done', () => {
    expect(polarityClash('等房租收上来我就还')?.('上个月就还了')).toBe(true);
    expect(polarityClash('过完节一定还清')?.('刚刚还上')).toBe(true);
    expect(polarityClash('我会还的你放心')?.('已经还过了')).toBe(true);
  });
  it('finds no clash for a repayment done, a refusal or a promise on both sides', () => {
    expect(polarityClash('上周就还清了')).toBeNull();
    expect(polarityClash('等发工资就还')?.('说了不还了')).toBe(false);
    expect(polarityClash('等发工资就还')?.('下个月再还')).toBe(false);
  });
  it('ranks the card of a later payment above the card of one already made', () => {
    const index = buildObjectionIndex([
      objection('paid', { title: '已经还了', triggers: ['我早就还了', '刚刚还上'] }),
      objection('later', { title: '过几天再还', triggers: ['等发工资', '再宽限几天'] }),
    ]);
    const ids = (query: string) => searchObjections(index, query).map((r) => r.objection.id);
    expect(ids('下周我肯定还上')[0]).toBe('later');
    expect(ids('我早就还了啊')[0]).toBe('paid');
  });
});
