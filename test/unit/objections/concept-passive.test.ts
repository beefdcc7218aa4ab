/**
 * Issue 11, round 7: an English verb after 被 in a Chinese sentence reads as its passive (被 fire 了:
 * fired), on made-up phrasings (concept-index.ts addPassive).
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { LEXICON } from '../../../lib/objections/concepts-zh';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const read = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => LEXICON[c]?.id);

describe('an English verb after 被', () => {
  it('reads as its -ed form', () => {
    expect(read('老板上礼拜把我 fire 了')).not.toContain('job-loss');
    expect(read('上礼拜被 fire 了')).toContain('job-loss');
    expect(read('我的账户被hack了')).toContain('card-misuse');
  });
  it('only after 被, and only a word of letters', () => {
    expect(read('fire 了')).not.toContain('job-loss');
    expect(read('被 3 了')).toEqual([]);
  });
  it('ranks the card of the reason', () => {
    const index = buildObjectionIndex([
      objection('job', { title: '失业了', triggers: ['被裁员了', '公司把我辞退了'] }),
      objection('fraud', { title: '被盗刷', triggers: ['卡被盗刷了', '不是我刷的'] }),
      objection('later', { title: '过几天再还', triggers: ['下个月还', '发工资再还'] }),
    ]);
    expect(searchObjections(index, '上个月被 fire 了')[0]?.objection.id).toBe('job');
  });
});
