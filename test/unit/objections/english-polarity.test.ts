/**
 * Review debt 3 (issue 11 round 9): an English word the customer negates is no agreement with a
 * trigger that says it plainly ("I'm not working" against "I'm working right now"), as negation.ts
 * reads 没上班 against 我在上班. A small pack written here, phrasings made up for the test.
 */
import { englishPolarityClash } from '../../../lib/objections/english-polarity';
import { normalizeText } from '../../../lib/objections/normalize';
import { queryText } from '../../../lib/objections/query-text';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import { objection } from './fixtures';

const pack = [
  objection('busy', {
    title: 'Busy right now',
    triggers: ["I'm working right now", 'call me after my shift'],
  }),
  objection('job-loss', {
    title: 'Lost my job',
    triggers: ['I lost my job', 'got laid off', 'no work, no job'],
  }),
  objection('paid', { title: 'Already paid', triggers: ['I paid that last week', 'the payment went out'] }),
  objection('too-old', {
    title: 'Debt too old',
    triggers: ['that debt is ancient', 'statute of limitations'],
  }),
];
const index = buildObjectionIndex(pack);
const ids = (query: string) => searchObjections(index, query).map((r) => r.objection.id);

/** Whether a trigger, cut into words at its spaces, clashes with the query. */
function clashes(query: string, trigger: string): boolean {
  const test = englishPolarityClash(queryText(normalizeText(query)));
  const text = normalizeText(trigger);
  return test?.(text.compact, (at) => text.starts.includes(at)) === true;
}

describe('English polarity in the overlap', () => {
  it('reads a negated word against the same word said plainly', () => {
    expect(clashes("I'm not working at all", "I'm working right now")).toBe(true);
    expect(clashes('there is no work for me', 'call me from work')).toBe(true);
    expect(clashes("I haven't even paid it", 'I paid that last week')).toBe(true);
  });

  it('leaves agreeing polarity, other words and queries without a negation alone', () => {
    expect(clashes("I'm not working", "I'm not working today")).toBe(false);
    expect(clashes("I can't pay today", "I'm working right now")).toBe(false);
    expect(clashes("I'm working right now", "I'm not working")).toBe(false);
    expect(englishPolarityClash(queryText(normalizeText('I paid it')))).toBeNull();
    expect(englishPolarityClash(queryText(normalizeText('我没上班')))).toBeNull();
  });

  it('no longer ranks the plain trigger first for the negated sentence', () => {
    expect(ids("I'm working right now")[0]).toBe('busy');
    expect(ids("I'm not working anymore")[0]).toBe('job-loss');
    expect(ids('I paid that last week')[0]).toBe('paid');
  });
});
