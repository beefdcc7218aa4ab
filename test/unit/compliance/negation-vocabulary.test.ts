/**
 * The guard's English denials come from the one English negation vocabulary
 * (lib/text/negation-en.ts, issue 11 round 9 review): an auxiliary typed without its apostrophe
 * (an agent's quick note: "we wont call your boss") denies the act like "won't" does.
 */
import { findForbiddenPhrases } from '@/lib/compliance/phrases';
import type { Rule } from '@/lib/pack/schema';
import { EN_NEGATION } from '@/lib/text/negation-en';

const rule = (phrase: string): Rule[] => [
  {
    id: 'one',
    title: 't',
    source: 's',
    severity: 'block',
    type: 'forbiddenPhrases',
    categories: [{ category: 'privacy', phrases: [phrase], instead: 'x' }],
  },
];

describe('English negation in the guard', () => {
  it.each(EN_NEGATION.contracted.filter((word) => word !== 'aint'))(
    '"we %s call your boss" is a denial',
    (word) => {
      expect(findForbiddenPhrases(`we ${word} call your boss`, rule('call your boss'))).toEqual([]);
    },
  );

  it('the act without a negation is still flagged', () => {
    expect(findForbiddenPhrases('we will call your boss', rule('call your boss'))).toHaveLength(1);
  });

  it('a subject from the vocabulary denies too', () => {
    for (const subject of EN_NEGATION.subjects)
      expect(findForbiddenPhrases(`${subject} will call your boss`, rule('call your boss'))).toEqual([]);
  });
});
