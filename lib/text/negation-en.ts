/**
 * The one English negation vocabulary (issue 11 round 9 review: it was written three times, in
 * the objection search's denied payments, the crisis signals and the compliance guard). Plain
 * words, as every English reader here sees them after the one folding with apostrophes dropped
 * (haven't → havent, can't → cant), grouped so each caller picks the subset its rule needs by
 * name: the crisis signals deny a phrase only after the bare adverbs (a wider set would drop
 * real risk), a denied payment is any negated auxiliary before "paid". Data and a lookup only;
 * what a negation denies is the caller's rule.
 */

export const EN_NEGATION = {
  /** The bare adverbs: "not", "never" (the narrow set). */
  adverbs: ['not', 'never'],
  /** "cannot" written as one word. */
  fused: ['cannot'],
  /** Negated auxiliaries, apostrophe dropped: "didn't" → didnt, "ain't" → aint. */
  contracted: [
    'havent',
    'hasnt',
    'hadnt',
    'didnt',
    'dont',
    'doesnt',
    'wasnt',
    'werent',
    'isnt',
    'arent',
    'aint',
    'cant',
    'wont',
    'couldnt',
    'wouldnt',
    'shouldnt',
    'mustnt',
    'neednt',
  ],
  /** Inability written out: "unable to", "not able to". */
  inability: ['unable to', 'not able to'],
  /** The determiner: "no money", "no one". */
  determiners: ['no'],
  /** Nobody as the subject ("nobody will share", "none of us asked"), one phrase each. */
  subjects: ['no one', 'nobody', 'none of us'],
} as const satisfies Record<string, readonly string[]>;

export type EnNegationGroup = keyof typeof EN_NEGATION;

/** The words of the named groups, as one set to test a word against. */
export function negationWords(...groups: readonly EnNegationGroup[]): ReadonlySet<string> {
  return new Set(groups.flatMap((group) => EN_NEGATION[group]));
}
