/**
 * Crisis cards kept for a query with a crisis signal (issue 11 §2), whatever the pack's triggers
 * say: the signal comes from the lexicon in crisis-signals.ts, the cards from the pack.
 */
import type { CrisisSignal } from './crisis-signals';
import { withinOneEdit } from './edit-distance';
import { EN_FUNCTION_WORDS } from './function-words';
import { type Hits, OVERLAP } from './hits';
import { wordsOf } from './normalize';
import type { ObjectionIndex } from './objection-index';
import type { QueryText } from './query-text';

/** Title text ids of the crisis objections, per index (computed once, not per keystroke). */
const crisisTitles = new WeakMap<ObjectionIndex, readonly number[]>();

function crisisTitlesOf(index: ObjectionIndex): readonly number[] {
  let titles = crisisTitles.get(index);
  if (titles === undefined) {
    titles = [];
    index.texts.forEach((text, id) => {
      if (text.field === 0 && index.objections[text.objection]?.severity === 'crisis') {
        (titles as number[]).push(id);
      }
    });
    crisisTitles.set(index, titles);
  }
  return titles;
}

/**
 * Makes every crisis objection a candidate (as a minimal title overlap when nothing of it matched),
 * so rankHits keeps it in the list and places it by the signal.
 */
export function offerCrisisCards(index: ObjectionIndex, hits: Hits, signal: CrisisSignal | null): void {
  if (signal === null) return;
  for (const id of crisisTitlesOf(index)) {
    const o = index.texts[id]?.objection as number;
    if (hits.support[o] === 0) hits.offer(id, OVERLAP, 0, 0);
  }
}

/** A shared word this long at the start counts as the same word (kill / killing). */
const SAME_STEM = 4;

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length >= SAME_STEM && b.length >= SAME_STEM && a.slice(0, SAME_STEM) === b.slice(0, SAME_STEM))
    return true;
  // One typo, first letter kept (as the typo rules since round 4: "my bill" is not "kill").
  return a.length >= 3 && b.length >= 3 && a[0] === b[0] && withinOneEdit(a, b);
}

/**
 * Whether an English query shares a word that says something with a crisis title or trigger. An
 * overlap made only of the sentence frame ("I'm going to the ombudsman" against "I'm going to kill
 * myself") is no evidence for the crisis card (issue 11 §2, round 5); Han text is left to its own
 * rules (spoken-match.ts).
 */
export function sharesCrisisWord(index: ObjectionIndex, textId: number, query: QueryText): boolean {
  const text = index.texts[textId];
  if (text === undefined || query.hasHan || /[^a-z0-9]/.test(text.compact)) return true;
  const said = query.words.filter((w) => !EN_FUNCTION_WORDS.has(w));
  if (said.length === 0) return false;
  const starts: number[] = [];
  for (let at = 0; at < text.compact.length; at++)
    if (at === 0 || index.starts[text.base + at] === 1) starts.push(at);
  const written = wordsOf({ compact: text.compact, starts, parts: [], hasHan: false }).filter(
    (w) => !EN_FUNCTION_WORDS.has(w),
  );
  return said.some((w) => written.some((t) => sameWord(w, t)));
}
