/**
 * Issue 11, round 6: toneless pinyin says the concepts its characters would (concept-pinyin.ts),
 * on made-up phrasings; syllable boundaries hold and English sentences say none.
 */
import { pinyinConceptsOf, syllableCuts } from '../../../lib/objections/concept-pinyin';
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { LEXICON } from '../../../lib/objections/concepts-zh';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const heard = (query: string) => pinyinConceptsOf(queryText(normalizeText(query))).map((c) => LEXICON[c]?.id);
const read = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => LEXICON[c]?.id);

describe('pinyin reaches the concept lexicon', () => {
  it('spaced or run together, the same concepts as the characters', () => {
    expect(heard('ta zai yi yuan zhu yuan')).toEqual(read('他在医院住院'));
    expect(heard('tazaiyiyuanzhuyuan')).toEqual(read('他在医院住院'));
    expect(heard('gong si cai yuan wo shi ye le')).toContain('job-loss');
    expect(heard('ni men shi pian zi ba')).toContain('scam');
  });
  it('a polyphone is heard in every reading (还 huan)', () => {
    expect(heard('wo shang zhou yi jing huan guo le')).toEqual(read('我上周已经还过了'));
  });
  it('a match ends only where a syllable can end', () => {
    expect(syllableCuts('meiyouqian')).toEqual(new Set([0, 3, 6, 10]));
    expect(syllableCuts('chain')).toBeNull();
    expect(heard('zhu yuang')).not.toContain('illness');
    expect(heard('zhuyuan')).toContain('illness');
  });
  it('a phrasing half inside a time is the time, as with characters', () => {
    expect(heard('deng xia ge yue zai shuo')).toEqual(read('等下个月再说'));
    expect(heard('deng xia ge yue zai shuo')).not.toContain('bad-time');
  });
  it('English that happens to hold pinyin words says nothing', () => {
    expect(heard('I made the payment last week')).toEqual([]);
    expect(heard('the men can hang on')).toEqual([]);
    expect(heard('my wife is in hospital')).toEqual([]);
  });
  it('ranks the card whose Chinese triggers say the reason in other characters', () => {
    const index = buildObjectionIndex([
      objection('ill', { title: '生病', triggers: ['住院了', '身体不好'] }),
      objection('broke', { title: '没钱', triggers: ['手头紧', '周转不开'] }),
      objection('busy', { title: '不方便', triggers: ['在开会', '正在开车'] }),
    ]);
    expect(searchObjections(index, 'ta hai zai bing fang li')[0]?.objection.id).toBe('ill');
    expect(searchObjections(index, 'zhe ge yue jin ba ba de')[0]?.objection.id).toBe('broke');
  });
});
