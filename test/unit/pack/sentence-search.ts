/**
 * Customer sentences written before a card's triggers, read as the panel's search reads them: the
 * first three cards each finds, and any trigger that repeats a sentence word for word (a trigger
 * copied from the test would make the test prove nothing). Shared by the life-event and
 * other-debts tests.
 */
import { normalizeText } from '../../../lib/objections/normalize';
import { buildObjectionIndex, searchObjections } from '../../../lib/objections/search';
import type { Objection } from '../../../lib/pack/schema';
import type { LifeEventSentence } from './life-event-sentences';

/** The day the sentences are said on (the search reads years against it, never the clock). */
export const CALL_DAY = '2026-11-28';

export function topThree(objections: readonly Objection[], sentences: readonly LifeEventSentence[]) {
  const index = buildObjectionIndex(objections);
  return sentences.map(({ query, expect, or }) => ({
    query,
    expect,
    or,
    top: searchObjections(index, query, { limit: 3, today: CALL_DAY }).map((r) => r.objection.id),
  }));
}

/** The sentences whose card (or its accepted alternative) is not in the first three. */
export function missedTopThree(objections: readonly Objection[], sentences: readonly LifeEventSentence[]) {
  return topThree(objections, sentences).filter(
    (r) => !r.top.includes(r.expect) && (r.or === undefined || !r.top.includes(r.or)),
  );
}

/** A trigger that is one of the sentences word for word (as the search reads both). */
export function copiedSentences(objections: readonly Objection[], sentences: readonly LifeEventSentence[]) {
  const said = new Map(sentences.map((s) => [normalizeText(s.query).compact, s.query]));
  return objections.flatMap((o) =>
    o.triggers.flatMap((t) => {
      const copied = said.get(normalizeText(t).compact);
      return copied === undefined ? [] : [`${o.id}: ${t} = ${copied}`];
    }),
  );
}

/**
 * The copied triggers of `objections` (copiedSentences), and how many a pack with the first
 * sentence copied into a trigger shows: 1 when the check can find a copy at all.
 */
export function copiesWithProbe(objections: readonly Objection[], sentences: readonly LifeEventSentence[]) {
  const [first] = sentences;
  if (first === undefined) throw new Error('no sentences');
  const copying = { ...objections[0], triggers: [`${first.query} `] } as Objection;
  return {
    copied: copiedSentences(objections, sentences),
    probe: copiedSentences([copying], sentences).length,
  };
}
