/**
 * Typos in the concept lexicon's English forms (issue 11 §1, short-word typos; round 7: a phrase's
 * word), read from the query's words. Split from concept-index.ts, which compiles the lexicon.
 */
import type { Form } from './concept-index';
import { withinOneEdit } from './edit-distance';
import { EN_FUNCTION_WORDS } from './function-words';

/**
 * A short English word typed with one slip ("sik", "surgrey") still says its concept (issue 11
 * §1, short-word typos). Only one-word forms this long are reached, and only by a letter dropped,
 * added or two swapped inside the word: one letter replaced is often another word (feel/fees,
 * charged/charges), and a word that begins or extends the form is being typed or another word
 * (ren/rent, husbands). Function words (did/died) never count. The first letter must be right
 * (a slip there is rare, and it keeps the scan to a few forms).
 */
const MIN_TYPO_FORM = 4;
const MIN_TYPO_WORD = 3;
/** A prefix form shorter than this is a stem, not a word ("injur*", "scam*"). */
const MIN_PREFIX_TYPO = 6;

function push<T>(map: Map<string, T[]>, key: string, item: T) {
  const list = map.get(key) ?? [];
  list.push(item);
  map.set(key, list);
}

/** True when the query's words around `i` are the phrase's, its word `at` standing at `i`. */
function phraseAround(words: readonly string[], i: number, form: Form, at: number): boolean {
  const from = i - at;
  if (from < 0 || from + form.words.length > words.length) return false;
  return form.words.every((word, k) => k === at || words[from + k] === word);
}

const letters = (word: string) => Array.from(word).sort().join('');

/** True when `word` is `form` with one slip inside it, as above. */
export function slipOf(word: string, form: string): boolean {
  if (word.startsWith(form) || form.startsWith(word) || !withinOneEdit(word, form)) return false;
  return word.length !== form.length || letters(word) === letters(form);
}

/**
 * The slip reading of a compiled lexicon (per concept, its forms): adds the concepts slipped into.
 * The same slip counts in one word of a phrase whose other words are said as written ("cant tlak"):
 * issue 11 round 7. Forms are listed by first letter, each word of a phrase long enough to slip.
 */
export function slipReader(
  lexicon: readonly (readonly Form[])[],
): (words: readonly string[], found: Set<number>) => void {
  const TYPO_FORMS = new Map<string, { word: string; concept: number }[]>();
  const TYPO_PHRASE_WORDS = new Map<string, { form: Form; at: number; concept: number }[]>();
  const WRITTEN = new Set<string>();
  lexicon.forEach((forms, concept) => {
    for (const form of forms) {
      if (form.han) continue;
      for (const word of form.words) WRITTEN.add(word);
      // A one-word prefix ("lawyer*", "hospital*") is a whole word when this long: "lawer",
      // "hosptial" slip in it as in any other word (issue 11 round 9).
      if (form.prefix && form.words.length === 1 && form.compact.length >= MIN_PREFIX_TYPO)
        push(TYPO_FORMS, form.compact[0] as string, { word: form.compact, concept });
      if (form.prefix) continue;
      if (form.words.length === 1 && form.compact.length >= MIN_TYPO_FORM)
        push(TYPO_FORMS, form.compact[0] as string, { word: form.compact, concept });
      if (form.words.length < 2) continue;
      form.words.forEach((word, at) => {
        if (word.length >= MIN_TYPO_FORM) push(TYPO_PHRASE_WORDS, word[0] as string, { form, at, concept });
      });
    }
  });
  return (words, found) =>
    words.forEach((word, i) => {
      if (word.length < MIN_TYPO_WORD || !/^[a-z]+$/.test(word) || EN_FUNCTION_WORDS.has(word)) return;
      // A word the lexicon itself writes is said as written ("on shift" is no slip of "shit").
      if (WRITTEN.has(word)) return;
      for (const { word: form, concept } of TYPO_FORMS.get(word[0] as string) ?? []) {
        if (!found.has(concept) && slipOf(word, form)) found.add(concept);
      }
      for (const { form, at, concept } of TYPO_PHRASE_WORDS.get(word[0] as string) ?? []) {
        if (!found.has(concept) && slipOf(word, form.words[at] as string) && phraseAround(words, i, form, at))
          found.add(concept);
      }
    });
}
