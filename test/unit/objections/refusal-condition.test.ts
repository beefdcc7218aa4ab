/**
 * Issue 11 round 9: not paying said as the condition of a question (what happens if I don't pay)
 * is no refusal (refusal-condition.ts). A small pack written here, phrasings made up for the test.
 */
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { refusalAsCondition } from '../../../lib/objections/refusal-condition';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const pack = [
  objection('dare', {
    title: '随便起诉',
    triggers: ['我偏不还', '爱怎么告怎么告', "I'm not paying", 'see you in court'],
  }),
  objection('prison', {
    title: '会不会坐牢',
    triggers: ['要蹲监狱吗', '会被警察抓吗', 'will they lock me up'],
  }),
];
const index = buildObjectionIndex(pack);
const ids = (query: string) => searchObjections(index, query).map((r) => r.objection.id);

/** Whether a trigger refuses, for a query that asks about not paying. */
function refuses(query: string, trigger: string): boolean | null {
  const test = refusalAsCondition(queryText(normalizeText(query)));
  const text = normalizeText(trigger);
  return test === null ? null : test(text.compact, (at) => text.starts.includes(at));
}

describe('not paying as a condition', () => {
  it('reads the condition in both languages and the refusal in a trigger', () => {
    expect(refuses('卡一直不还的话会怎么样', '我偏不还')).toBe(true);
    expect(refuses('卡还不上要关起来吗', '要蹲监狱吗')).toBe(false);
    expect(refuses('what happens if I dont pay', "I'm not paying")).toBe(true);
    expect(refuses('can they lock me up for not paying', "won't pay")).toBe(true);
    expect(refuses('can they lock me up for not paying', 'see you in court')).toBe(false);
  });

  it('leaves a plain refusal alone', () => {
    expect(refuses('我就是不还', '我偏不还')).toBeNull();
    expect(refuses("I'm not paying, period", "I'm not paying")).toBeNull();
    expect(ids('我偏不还，你们告吧')[0]).toBe('dare');
  });

  it('ranks the fear of prison first for the question', () => {
    // The condition holds the refusal trigger whole: without the rule it ranked as said, first.
    expect(ids('我偏不还会坐牢吗')[0]).toBe('prison');
  });
});
