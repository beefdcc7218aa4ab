/**
 * A done thing denied (issue 11 round 8, the negation flips): "I haven't paid on it since 2013",
 * "it never went through", "we didn't send it" say the opposite of the payment the bare words
 * say, and "I'm not discussing this" refuses the talk at home that "discuss" says. Most concepts
 * are said negated on purpose ("can't afford", "don't trust you", "no job") and keep their
 * reading; only the concepts listed here are denied by a negation right before their phrasing (a
 * few adverbs between: "haven't even paid", "never actually sent").
 */
import { negationWords } from '../text/negation-en';
import type { Said } from './concept-spans';
import { conceptIndex } from './concepts-zh';
import { type QueryText, wordAt } from './query-text';

/**
 * Concepts of a thing done, which a negation before them denies; and talking it over at home,
 * which "I'm not discussing anything" refuses.
 */
const DONE = new Set(['paid', 'family-decides'].map((id) => conceptIndex(id)));
/** Any negated auxiliary or adverb ("haven't", "never", "cannot"), as normalised (apostrophes dropped). */
export const NEGATIONS = negationWords('adverbs', 'fused', 'contracted');
/** Said between the negation and the phrasing ("haven't even paid", "not been paid"). */
const BETWEEN = new Set([
  'been',
  'yet',
  'ever',
  'even',
  'really',
  'actually',
  'fully',
  'quite',
  'all',
  'got',
]);
const MAX_BETWEEN = 2;

/** True when a negation right before it denies `said`, a concept of a thing done (English only). */
export function deniedDone(normal: QueryText, said: Said): boolean {
  if (normal.hasHan || !DONE.has(said.concept)) return false;
  let word = wordAt(normal, said.at);
  for (let gap = 0; word > 0 && gap <= MAX_BETWEEN; gap++) {
    const before = normal.words[word - 1] as string;
    if (NEGATIONS.has(before)) return true;
    if (!BETWEEN.has(before)) return false;
    word--;
  }
  return false;
}

/**
 * A refusal said as the thing asked about ("can I be arrested for not paying", "what happens
 * after not paying", "is there a fine for never paying"): after a preposition the gerund names a
 * case, not the speaker's refusal (issue 11 round 9), so the defiant concepts do not hear it.
 */
const REFUSING = new Set(['defiant', 'dare'].map((id) => conceptIndex(id)));
const PREPOSITIONS = new Set(['for', 'from', 'of', 'about', 'by', 'without', 'after', 'over', 'like']);
const NEGATION_ADVERBS = negationWords('adverbs');

/** True when `said`, a refusal's phrasing beginning with not or never, follows a preposition. */
export function refusalAsked(normal: QueryText, said: Said): boolean {
  if (normal.hasHan || !REFUSING.has(said.concept)) return false;
  const word = wordAt(normal, said.at);
  if (word < 1 || !NEGATION_ADVERBS.has(normal.words[word] as string)) return false;
  return PREPOSITIONS.has(normal.words[word - 1] as string);
}
