/**
 * Crisis cards kept for a query with a crisis signal (issue 11 §2), whatever the pack's triggers
 * say: the signal comes from the lexicon in crisis-signals.ts, the cards from the pack.
 */
import type { CrisisSignal } from './crisis-signals';
import { type Hits, OVERLAP } from './hits';
import type { ObjectionIndex } from './objection-index';
import type { ObjectionResult } from './ranking';

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

/**
 * Where a weak signal puts the crisis card at the latest: in the three an agent reads first. A weak
 * signal (a note for the kids, "I can't go on like this") inside a sentence about something else
 * left it ninth behind the cards the rest of the sentence matched, where no agent looks during a
 * call; a missed crisis is the worst failure (DOMAIN.md), one slot of three the cheapest price.
 */
export const WEAK_CRISIS_PLACE = 3;

/** The results with the best crisis card moved up to WEAK_CRISIS_PLACE on a weak signal. */
export function keepCrisisInSight(
  results: ObjectionResult[],
  signal: CrisisSignal | null,
): ObjectionResult[] {
  if (signal !== 'weak') return results;
  const at = results.findIndex((r) => r.objection.severity === 'crisis');
  if (at < WEAK_CRISIS_PLACE) return results;
  const [crisis] = results.splice(at, 1);
  results.splice(WEAK_CRISIS_PLACE - 1, 0, crisis as ObjectionResult);
  return results;
}
