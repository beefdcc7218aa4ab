/**
 * Issue 11, round 7: an IME slip (the right syllables, a wrong character) says the concept its
 * syllables spell (concept-pinyin.ts homophoneConceptsOf), on made-up phrasings; real words that
 * sound like a phrasing, a rare reading of a polyphone and a kept particle say nothing.
 */
import { homophoneConceptsOf } from '../../../lib/objections/concept-typed';
import { LEXICON } from '../../../lib/objections/concepts-zh';
import { normalizeText } from '../../../lib/objections/normalize';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

/** No pair is known to the pack unless listed. */
const slips = (query: string, known: readonly string[] = []) =>
  homophoneConceptsOf(normalizeText(query), (a, b) => known.includes(a + b)).map((c) => LEXICON[c]?.id);

describe('an IME slip says the concept its syllables spell', () => {
  it('one wrong pick inside a phrasing', () => {
    expect(slips('他最近一直住园')).toContain('illness');
    expect(slips('我早就还青了')).toContain('paid');
    expect(slips('你们是不是诈偏')).toContain('scam');
  });
  it('the phrasing written right is no slip (the lexicon reads it)', () => {
    expect(slips('他最近一直住院')).not.toContain('illness');
  });
  it('every character replaced keeps nothing to anchor it', () => {
    expect(slips('朱愿')).not.toContain('illness');
  });
  it('a pair the pack writes is a word, not a slip', () => {
    expect(slips('他最近一直住园', ['住园'])).not.toContain('illness');
    // The wrong pick pairs with its neighbour outside into a word the pack writes.
    expect(slips('他最近一直住园林', ['园林'])).not.toContain('illness');
  });
  it('a rare reading of a polyphone, or a kept function character, is no slip', () => {
    // 系 read ji would spell 关机 (stop calling); its usual reading is xi.
    expect(slips('这跟他有什么关系')).not.toContain('stop-contact');
    // 买了 sounds like 卖了 (later), but only 了 is kept.
    expect(slips('上个月买了一台电脑')).not.toContain('later');
  });
  it('ranks the card whose triggers say the reason the slip meant', () => {
    const index = buildObjectionIndex([
      objection('ill', { title: '生病', triggers: ['家人住院', '身体不好'] }),
      objection('paid', { title: '已经还了', triggers: ['还清了', '上周还过'] }),
      objection('busy', { title: '不方便', triggers: ['在开会', '正在开车'] }),
    ]);
    expect(searchObjections(index, '我妈一直住园呢')[0]?.objection.id).toBe('ill');
  });
});
