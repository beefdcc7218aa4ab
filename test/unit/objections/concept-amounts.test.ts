/**
 * Issue 11, round 7: a sum of hundreds offered in a Chinese sentence reads as a part payment
 * (concept-index.ts HUNDREDS), not a count of times, what is left or earned, nor a fee's size.
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { LEXICON } from '../../../lib/objections/concepts-zh';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const read = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => LEXICON[c]?.id);

describe('a sum of hundreds', () => {
  it('offered, in numerals or digits, is a part payment', () => {
    expect(read('下礼拜我转七百给你')).toContain('partial');
    expect(read('这个月能拿出来两百')).toContain('partial');
    expect(read('先打400块过去')).toContain('partial');
  });
  it('a count of times or days, what is left or earned, is no offer', () => {
    expect(read('打了一百遍了')).not.toContain('partial');
    expect(read('卡上剩八百')).not.toContain('partial');
    expect(read('一个礼拜挣不到三百')).not.toContain('partial');
  });
  it('an amount right before a fee is the fee, also for a listed amount (几百)', () => {
    expect(read('每期六百块手续费')).not.toContain('partial');
    expect(read('每期六百块手续费')).toContain('fees');
    expect(read('一年几百块年费')).not.toContain('partial');
  });
  it('ranks the part-payment card for an offer of hundreds', () => {
    const index = buildObjectionIndex([
      objection('part', { title: '只能还一部分', triggers: ['先还一点', '只能还五百'] }),
      objection('fees', { title: '利息太高', triggers: ['手续费太贵', '利息怎么这么多'] }),
      objection('later', { title: '过几天再还', triggers: ['下个月还', '发工资再还'] }),
    ]);
    expect(searchObjections(index, '这个月能给七百')[0]?.objection.id).toBe('part');
    expect(searchObjections(index, '每个月光利息就六百块')[0]?.objection.id).toBe('fees');
  });
});
