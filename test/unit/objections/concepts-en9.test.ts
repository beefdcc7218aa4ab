/**
 * Issue 11, round 9 (English): whole everyday synonym groups added to the lexicon (concepts.ts),
 * on made-up sentences.
 */
import { conceptsOf } from '../../../lib/objections/concept-readings';
import { CONCEPTS } from '../../../lib/objections/concepts';
import { normalizeText } from '../../../lib/objections/normalize';

const conceptIds = (query: string) => conceptsOf(normalizeText(query)).map((c) => CONCEPTS[c]?.id);

describe('round 9 synonym groups', () => {
  it.each([
    ['my boss sacked me on the spot', 'job-loss'],
    ['the firm made me redundant in march', 'job-loss'],
    ['got the axe at the depot', 'job-loss'],
    ['I made a payment through the app', 'paid'],
    ['my payment posted yesterday', 'paid'],
    ['this is the front desk, can I help', 'someone-else'],
    ['you are speaking to her secretary', 'someone-else'],
    ['he has a day off', 'someone-else'],
    ['I only had a supplementary card', 'added-user'],
    ['I am an additional user', 'added-user'],
    ['they keep adding penalty charges', 'added-charges'],
    ['the interest is racking up', 'added-charges'],
  ])('%j says %s', (query, concept) => {
    expect(conceptIds(query)).toContain(concept);
  });

  it('leaves the neighbours of those words alone', () => {
    expect(conceptIds('my office is closed today')).not.toContain('someone-else');
    expect(conceptIds('can we make a payment plan')).not.toContain('paid');
    expect(conceptIds('the user manual')).not.toContain('added-user');
  });
});
