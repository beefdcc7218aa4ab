/**
 * A reason that holds a more general one (issue 11 round 9): an authorised user says the debt is
 * not theirs ("I was only added to her card, I never signed anything, it's not mine") because
 * they were only added; the not-mine concepts then pull the "not my debt" card over the
 * authorised-user card, whose reason is the specific one. When the specific reason is said, the
 * general ones it implies are its own words, not a second reason. Written from DOMAIN.md §4 (an
 * authorised user is answered as such), not from a query.
 */
import { conceptIndex } from './concepts-zh';

const id = (name: string) => conceptIndex(name);

/** The specific concept → the general concepts its speaker says with it. */
const HOLDS: readonly (readonly [number, readonly number[]])[] = [
  [id('added-user'), [id('not-mine'), id('not-theirs')]],
];

/** Drops from `found` the general concepts a specific one said with them holds. */
export function dropHeldReasons(found: Set<number>): void {
  for (const [specific, general] of HOLDS) {
    if (found.has(specific)) for (const concept of general) found.delete(concept);
  }
}
