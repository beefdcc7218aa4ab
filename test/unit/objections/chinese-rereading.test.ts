/**
 * Issue 11, round 8 (Chinese): an agent's note and reported speech read as the customer said it,
 * on made-up sentences (chinese-rereading.ts).
 */
import { chineseRereading as rereadNormal } from '../../../lib/objections/chinese-rereading';
import { normalizeText } from '../../../lib/objections/normalize';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

/** The compact text of the rereading, or null. */
const chineseRereading = (query: string) => rereadNormal(normalizeText(query))?.compact ?? null;

describe('Chinese rereading of round 8', () => {
  it('drops a note subject and its verb of saying, and reads 其/他/她 as 我', () => {
    expect(chineseRereading('客户表示其孩子住院了')).toBe('我孩子住院了');
    expect(chineseRereading('持卡人声称他没办过这张卡')).toBe('我没办过这张卡');
    expect(chineseRereading('该客户扬言要曝光')).toBe('要曝光');
    expect(chineseRereading('本人称下周一定处理')).toBe('下周一定处理');
  });
  it('drops a note subject alone only before a word that starts a clause', () => {
    expect(chineseRereading('客户没收到账单')).toBe('没收到账单');
    expect(chineseRereading('客户要求分期')).toBe('要求分期');
    // A compound of 客户 is a thing, not the customer speaking.
    expect(chineseRereading('客户经理是谁')).toBeNull();
    expect(chineseRereading('客户端打不开')).toBeNull();
    // 本人 said by a relative is the customer: kept unless a verb of saying follows.
    expect(chineseRereading('本人已经去世了')).toBeNull();
  });
  it('keeps 其他, 其实 and 吉他 whole', () => {
    expect(chineseRereading('客户表示其他几张卡也逾期')).toBe('其他几张卡也逾期');
    expect(chineseRereading('客户称其实没收到短信')).toBe('其实没收到短信');
  });
  it('drops reported speech at the start; after 他说 the speaker is 我', () => {
    expect(chineseRereading('她说她这周先转一部分')).toBe('我这周先转一部分');
    expect(chineseRereading('我爸说他不管这事')).toBe('他不管这事');
  });
  it('reads a note day between 已 and the verb out', () => {
    expect(chineseRereading('已于8号转账')).toBe('已转账');
    expect(chineseRereading('客户称已于三月二号结清')).toBe('已结清');
    expect(chineseRereading('客户称已在上周还款')).toBe('已还款');
  });
  it('leaves a query with nothing left, no Chinese or nothing to reread alone', () => {
    expect(chineseRereading('客户称')).toBeNull();
    expect(chineseRereading('客户说了')).toBeNull();
    expect(chineseRereading('cx says not his')).toBeNull();
    expect(chineseRereading('我已经还款了')).toBeNull();
  });
  it('lets a note find the card its content names, not one about the customer as a word', () => {
    const index = buildObjectionIndex([
      objection('manager', { title: '客户经理', triggers: ['找客户经理', '客户服务热线', '客户信息变更'] }),
      objection('paid', { title: '已经还了', triggers: ['已还', '我还过了'] }),
      objection('statement', { title: '要明细', triggers: ['寄账单明细', '要看明细'] }),
    ]);
    const firstFor = (query: string) => searchObjections(index, query)[0]?.objection.id;
    expect(firstFor('客户称已于12号还款')).toBe('paid');
    expect(firstFor('客户表示要看明细')).toBe('statement');
    expect(firstFor('客户经理电话')).toBe('manager');
    // Read as written, 客户 put the manager's card first for both.
    expect(firstFor('客户称其朋友借了卡')).not.toBe('manager');
  });
  it('reads the normalised query, keeping its word starts and parts as the rereading would have them', () => {
    const reread = rereadNormal(normalizeText('他说：他下个月还，你别催'));
    expect(reread).toEqual(normalizeText('我下个月还，你别催'));
    expect(rereadNormal(normalizeText('客户称已于15号 还款，要核实'))).toEqual(
      normalizeText('已 还款，要核实'),
    );
    expect(rereadNormal(normalizeText('ＡＢ已于１５号还款'))).toEqual(normalizeText('ab已还款'));
  });
  it('needs the subject and its verb of saying in one run, as typed without punctuation between', () => {
    expect(chineseRereading('客户，称其失业了')).toBeNull();
    expect(chineseRereading('客户 已还款了')).toBeNull();
    expect(chineseRereading('客户称，其失业了')).toBe('我失业了');
  });
});
