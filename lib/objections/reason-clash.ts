/**
 * A trigger that gives another reason in the words of the query's reason is no overlap evidence
 * (issue 11 round 15): 他已经离职了 (someone else answering: the person left the job) shares 已经离
 * with 已经离婚了 and 他已经 with 他已经死了, and those overlaps put the divorce and deceased cards
 * above the card for someone else on the line; 骗人的吧 (the call is a scam) met 被骗了 (a scam
 * victim) on 骗. In each the characters shared are inside the phrasing of a reason on both sides
 * (他已经离职 against 离婚, 已经死; 骗人 against 被骗), and the reasons differ: the words say
 * different things that begin or end alike. When a Chinese query and a trigger state reasons of the
 * concept lexicon this way, and the trigger states none of the query's, the overlap of that
 * trigger is no evidence (spoken-match.ts, like overlap-clash.ts); the bag and the concepts still
 * count, and a trigger whose reason phrasing shares no character with the query's is read as before.
 *
 * Read from the lexicon, never from a query set. A trigger's reasons are read as a query's are
 * (concept-readings.ts), once per text and index.
 */
import { conceptSpansOf, conceptsOf } from './concept-readings';
import type { Said } from './concept-spans';
import { normalizeText } from './normalize';
import type { ObjectionIndex } from './objection-index';
import { type QueryText, queryText } from './query-text';

interface TextReasons {
  concepts: readonly number[];
  /** The text's characters. */
  chars: ReadonlySet<string>;
}

const charsOf = (compact: string, spans: readonly Said[]) =>
  spans.map((s) => ({ concept: s.concept, chars: new Set(Array.from(compact.slice(s.at, s.end))) }));

/** Reasons per text of an index, read the first time a Chinese query overlaps the text. */
const textReasons = new WeakMap<ObjectionIndex, (TextReasons | undefined)[]>();

function reasonsOfText(index: ObjectionIndex, text: number): TextReasons {
  let known = textReasons.get(index);
  if (known === undefined) {
    known = [];
    textReasons.set(index, known);
  }
  let reasons = known[text];
  if (reasons === undefined) {
    const indexed = index.texts[text];
    const normal = queryText(normalizeText(indexed?.han === true ? indexed.source : ''));
    reasons = { concepts: conceptsOf(normal), chars: new Set(Array.from(normal.compact)) };
    known[text] = reasons;
  }
  return reasons;
}

/**
 * For a Chinese query that states reasons (`slots`: its concept slots, readQueryConcepts), a test
 * of whether a title or trigger (by text id) states another reason in the query's words; null when
 * none can.
 */
export function reasonClash(
  index: ObjectionIndex,
  query: QueryText,
  slots: readonly number[],
): ((text: number) => boolean) | null {
  if (!query.hasHan || slots.length === 0) return null;
  const spans = charsOf(query.compact, conceptSpansOf(query));
  if (spans.length === 0) return null;
  const said = new Set(slots.map((slot) => slot >> 1));
  return (text) => {
    const theirs = reasonsOfText(index, text);
    if (theirs.concepts.length === 0 || theirs.concepts.some((c) => said.has(c))) return false;
    return spans.some((q) => [...q.chars].some((c) => theirs.chars.has(c)));
  };
}
