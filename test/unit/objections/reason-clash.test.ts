/**
 * Round 15: a trigger that states another reason in the words of the query's reason is no overlap
 * evidence (reason-clash.ts), the passive with its agent said reads as the lexicon's passive
 * (agent-passive.ts), and a workplace's answer that the person left is someone else on the line.
 * A small pack written here; every sentence made up for the test.
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { LEXICON } from '../../../lib/objections/concepts-zh';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const pack = [
  objection('divorce', { title: '离婚', triggers: ['已经离婚了', '刚离婚'] }),
  objection('deceased', { title: '本人去世', triggers: ['他已经死了', '人已经走了'] }),
  objection('paid', { title: '已经还了', triggers: ['我已经还过了'] }),
  objection('job', { title: '失业', triggers: ['离职了', '被裁员了'] }),
  objection('other', { title: '家人或同事接听', triggers: ['他不在', '我是他同事'] }),
  objection('victim', { title: '被骗了', triggers: ['被骗了', '上当受骗'] }),
  objection('money', { title: '没钱', triggers: ['没钱还', '借了网贷'] }),
];
const index = buildObjectionIndex(pack);
const ids = (query: string) => searchObjections(index, query).map((r) => r.objection.id);
const read = (query: string) => conceptsOf(queryText(normalizeText(query))).map((c) => LEXICON[c]?.id);

describe('another reason in the same words', () => {
  it.each(['他已经离职了', '她已经辞职了', '我们这是前台，他早就离职了', '他早就不在这上班了'])(
    'puts someone else on the line first for %s',
    (query) => {
      expect(ids(query)[0]).toBe('other');
    },
  );

  it('keeps the overlap of a trigger that states the same reason', () => {
    expect(ids('我已经离婚了')[0]).toBe('divorce');
    expect(ids('他已经死了')[0]).toBe('deceased');
    expect(ids('我离职了')[0]).toBe('job');
  });
});

describe('the passive with its agent said', () => {
  it.each(['我被网贷骗了好几万', '被人骗了', '让人给骗了', '被他们骗走了'])(
    'reads %s as scammed',
    (query) => {
      expect(read(query)).toContain('scammed');
    },
  );

  it('reads other passives, 让 and 叫 only with 给', () => {
    expect(read('上个月被公司裁了')).toContain('job-loss');
    expect(read('我让他开了车')).not.toContain('job-loss');
  });

  it('leaves a concept inside the agent to who did it', () => {
    expect(read('我被网贷骗了')).not.toContain('no-money');
  });

  it('ranks the scam victim first', () => {
    expect(ids('我被网贷骗了好几万')[0]).toBe('victim');
  });
});
