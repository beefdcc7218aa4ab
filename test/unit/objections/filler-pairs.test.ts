/**
 * Issue 11 §1, round 5: a pair of function characters (你们, 我们, 这个) weighs little in the bag
 * (bag.ts): rare in a pack full of account text, it used to outweigh the words that give the reason.
 */
import { bagScores } from '../../../lib/objections/bag';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex } from '../../../lib/objections/search';
import { objection } from './fixtures';

const PHRASES = ['账单日', '积分兑换', '客服热线', '纸质账单', '商户名称', '还款渠道', '额度调整'];
/** Account-topic cards like a big pack's: none of them addresses anyone. */
const topics = Array.from({ length: 30 }, (_, n) =>
  objection(`topic-${n}`, {
    title: `账户问题${n}`,
    triggers: [`${PHRASES[n % PHRASES.length]}，${PHRASES[(n + 2) % PHRASES.length]}`],
  }),
);
const pack = [
  ...topics,
  objection('block', { title: '别再打了', triggers: ['我要拉黑你们', '你们烦不烦'] }),
  objection('later', { title: '过段时间再还', triggers: ['过一阵再还', '等工钱结了再还'] }),
];
const index = buildObjectionIndex(pack);
const bagOf = (query: string) => {
  const bag = bagScores(index, queryText(normalizeText(query)));
  const at = (id: string) => bag.touched.indexOf(pack.findIndex((o) => o.id === id));
  return (id: string) => (at(id) >= 0 ? (bag.score[at(id)] as number) : 0);
};

describe('function-character pairs in the bag', () => {
  it('do not let addressing the bank outweigh the reason', () => {
    const score = bagOf('你们慌什么，等过一阵子肯定还上');
    expect(score('later')).toBeGreaterThan(0.5);
    // block shares only 你们 with the sentence: at full weight that pair alone gave it about 0.15.
    expect(score('block')).toBeGreaterThan(0);
    expect(score('block')).toBeLessThan(0.1);
  });
  it('still count a little: the pair alone finds the card that says it', () => {
    const score = bagOf('你们');
    expect(score('block')).toBeGreaterThan(0);
    expect(score('later')).toBe(0);
  });
});
