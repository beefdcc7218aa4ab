/**
 * Crisis cards kept for a query with a crisis signal (issue 11 §2), whatever the pack's triggers
 * say: the signal comes from the lexicon in crisis-signals.ts, the cards from the pack.
 */
import type { CrisisSignal } from './crisis-signals';
import { type Hits, OVERLAP } from './hits';
import type { ObjectionIndex } from './objection-index';

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
 * so rankHits keeps it in the list; returns whether the signal asks for it first.
 */
export function offerCrisisCards(index: ObjectionIndex, hits: Hits, signal: CrisisSignal | null): boolean {
  if (signal === null) return false;
  for (const id of crisisTitlesOf(index)) {
    const o = index.texts[id]?.objection as number;
    if (hits.support[o] === 0) hits.offer(id, OVERLAP, 0, 0);
  }
  return signal === 'strong';
}
