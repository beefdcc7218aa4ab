/**
 * Issue 11, round 7: pinyin typed among Chinese characters (syllables or a word of initials) says
 * the concepts its characters would (concept-pinyin.ts mixedConceptsOf), on made-up phrasings.
 */
import { mixedConceptsOf } from '../../../lib/objections/concept-typed';
import { LEXICON } from '../../../lib/objections/concepts-zh';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const mixed = (query: string) => mixedConceptsOf(queryText(normalizeText(query))).map((c) => LEXICON[c]?.id);

describe('pinyin among the characters', () => {
  it('a syllable typed for one character of a phrasing', () => {
    expect(mixed('我爸zhu院两个礼拜了')).toContain('illness');
    expect(mixed('这个月真的mei钱')).toContain('no-money');
    expect(mixed('我要去tou诉你们')).toContain('complaint');
  });
  it('a word of initials is read whole, and only when it says one or two concepts', () => {
    expect(mixed('真的mq了')).toContain('no-money');
    // One letter of initials beside characters is no phrasing (b催 is not 别催).
    expect(mixed('xb催了')).not.toContain('later');
    // sb is 生病, 上班, 随便 and 傻逼: too many to say any.
    expect(mixed('sb一个')).toEqual([]);
  });
  it('characters alone or English words say nothing here (conceptsOf reads them)', () => {
    expect(mixed('我住院了')).toEqual([]);
    expect(mixed('被 layoff 了')).toEqual([]);
  });
  it('ranks the card whose triggers say the reason', () => {
    const index = buildObjectionIndex([
      objection('ill', { title: '生病', triggers: ['家人住院', '身体不好'] }),
      objection('broke', { title: '没钱', triggers: ['手头紧', '周转不开'] }),
      objection('later', { title: '过几天再还', triggers: ['这个月真的还不了', '下个月吧'] }),
    ]);
    expect(searchObjections(index, '这个月真的mei钱')[0]?.objection.id).toBe('broke');
  });
});
