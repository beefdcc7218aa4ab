/**
 * Issue 11, round 7: a phrasing said with 都 or 也 inside it (人也没了, 工作都丢了) still says its
 * concept (concept-index.ts addWithoutAdverbs), on made-up phrasings.
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { LEXICON } from '../../../lib/objections/concepts-zh';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const read = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => LEXICON[c]?.id);

describe('都 or 也 inside a phrasing', () => {
  it('says the phrasing', () => {
    expect(read('他人也没了，这钱找谁要')).toContain('death');
    expect(read('工作都丢了半年')).toContain('job-loss');
  });
  it('not when it stands outside the phrasing, nor between two words', () => {
    expect(read('人都到齐了')).toEqual([]);
    expect(read('都没了')).not.toContain('death');
  });
  it('ranks the card of the reason', () => {
    const index = buildObjectionIndex([
      objection('dead', { title: '本人已去世', triggers: ['人没了', '他去世了'] }),
      objection('busy', { title: '不方便', triggers: ['还在开会', '你们还要打多久'] }),
      objection('later', { title: '过几天再还', triggers: ['下个月还', '发工资再还'] }),
    ]);
    expect(searchObjections(index, '他人也没了你们还打')[0]?.objection.id).toBe('dead');
  });
});
