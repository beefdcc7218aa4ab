/**
 * What the customer said, ranked (issue 11 §1): the precise overlap of the query with each title
 * and trigger (overlap.ts) fused with the bag of terms and concepts over each whole objection
 * (bag.ts), into one relevance per objection (0–1).
 *
 * - overlap: the best single title or trigger, its coverage and (more) the query's;
 * - bag: the share of the query's weight the objection's texts cover together, concepts included.
 * The relevance is the larger of the two plus a part of the smaller (agreeing channels are more
 * likely right than either alone). A whole trigger inside the query ranks as `said` (above partial
 * overlap) only when it explains a fair part of the query: "to" or 违约金 inside a long sentence
 * is no reason to put that card first. A crisis trigger said whole always counts (issue 11 §2).
 * Words of the query that a crowd of cards explains alike rank none of them (markCrowds).
 */
import { pinyin } from 'pinyin-pro';
import { bagScores, readQueryConcepts } from './bag';
import { sharesCrisisWord } from './crisis-cards';
import { type Hits, OVERLAP, SAID, STRONG_OVERLAP } from './hits';
import type { IndexedText, ObjectionIndex } from './objection-index';
import { matchOverlap } from './overlap';
import { overlapClash } from './overlap-clash';
import type { QueryText } from './query-text';
import { reasonClash } from './reason-clash';

/** Share of the smaller channel added to the larger (tried 0.3 and 0.5 on tuning and dev). */
const AGREE = 0.3;
/**
 * A trigger said whole ranks as `said` when it explains at least this share of the query (tried
 * 0.4 and 0.5). A weighted mean of the two channels instead of max + AGREE × min found less.
 */
const SAID_SHARE = 0.5;
/**
 * In the fusion, an overlap counts the trigger's coverage at this share and the query's at the
 * rest: a short trigger wholly inside a long sentence explains little of it (tried the plain mean,
 * 0.2, 0.35 and the geometric mean on tuning and dev; within a query or two of each other).
 */
const TRIGGER_SHARE = 0.35;
/**
 * A trigger covered by at least this much more than it explains of the query is a short one
 * inside a long sentence. Tried the harmonic mean whenever the trigger is covered more, and from a
 * gap of 0.3 and of 0.5: all found about as much at 5,000; 0.5 kept a short typed query (骗纸)
 * and a sentence naming a relative (recall.test.ts) ranked as before.
 */
const SHORT_INSIDE = 0.5;

/**
 * One overlap's relevance from the trigger's coverage and the query's. A short trigger wholly
 * inside a long sentence (违约金, 最低还款) scores their harmonic mean, which the smaller coverage
 * decides: in a big pack many cards hold such a short everyday phrase, and the linear mix gave
 * each of them TRIGGER_SHARE for free, so they crowded out the card whose longer trigger says more
 * of the sentence (issue 11, round 4: +9 top-3 at 5,000 over the tuning sets). Otherwise (the
 * agent typing a few characters of a long trigger, or a trigger half said) the linear mix.
 */
export function fuseCoverages(textShare: number, queryShare: number): number {
  if (textShare >= queryShare + SHORT_INSIDE) return (2 * textShare * queryShare) / (textShare + queryShare);
  return TRIGGER_SHARE * textShare + (1 - TRIGGER_SHARE) * queryShare;
}
/**
 * More cards than a list shows whose best trigger explains the same words of the query are a
 * crowd (issue 11, round 6, near-ties at 5,000): in a big pack dozens of account cards hold
 * 最低还款, 紧急联系人 or "manager" whole, and those words cannot say which of them is meant. Tried 4,
 * 6, 9, 12 and 30 over the tuning and fresh sets at 5,000: the same top 3 (+3 on fresh 6, +1 on
 * fresh 5), 4 put two more first; 9, the list's length, keeps a small pack's few ties untouched.
 */
const CROWD = 9;
/**
 * The highest relevance × 10 a match is offered at (hits.ts keeps a level 0–9 and its tenths 0–9):
 * a relevance of 1 (an exact fusion cap) was offered as 10, level 9 with tenths 0, and ranked below
 * every relevance from 0.91 to 0.99 of the same support (issue 11, round 8).
 */
const TOP_LEVEL = 9.99;
/** A relevance (0–1) as the level and tenths hits.ts ranks a match by (offerRanked). */
export function relevanceLevels(relevance: number): [level: number, fine: number] {
  // Relevance 1 is the top of the last level, not the bottom of an eleventh.
  const scaled = Math.min(relevance * 10, TOP_LEVEL);
  return [scaled, (scaled - Math.floor(scaled)) * 10];
}
/** Minimum relevance worth showing (0.3 lost recall on the dev set). */
const MIN_RELEVANCE = 0.2;
/** An overlap this good counts the trigger toward its objection's support (hits.ts). */
const SUPPORT_SCORE = 0.3;
/** Highest relevance a crisis card gets from the bag: below STRONG_OVERLAP (hits.ts). */
const CRISIS_BAG_CAP = (STRONG_OVERLAP - 0.01) / 10;

/** Readings of query characters no pack text has (the IME's wrong pick often is one), kept. */
const newReadings = new Map<string, readonly string[]>();
const MAX_NEW_READINGS = 5_000;

function readingsOfNew(char: string): readonly string[] {
  let readings = newReadings.get(char);
  if (readings === undefined) {
    readings = pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }).filter((r) =>
      /^[a-z]+$/.test(r),
    );
    if (newReadings.size < MAX_NEW_READINGS) newReadings.set(char, readings);
  }
  return readings;
}

interface Evidence {
  overlap: number;
  /** Query share of the best overlap: which of the query's words it explains. */
  share: number;
  /** 1, or less for a card among a crowd (markCrowds): the share of its overlap that ranks it. */
  crowd: number;
  /** The best overlap score as overlap.ts gives it (the mean of both coverages). */
  plain: number;
  /** Query share of the best contained trigger, -1 when none is contained. */
  said: number;
  overlapText: number;
  bag: number;
  bagText: number;
}

/** The larger channel plus a part of the smaller (agreeing channels are more likely right), uncapped. */
const evidenceOfBoth = (overlap: number, bag: number) =>
  Math.max(overlap, bag) + AGREE * Math.min(overlap, bag);
const fuseChannels = (overlap: number, bag: number) => Math.min(1, evidenceOfBoth(overlap, bag));

/**
 * Cards whose best overlap explains the same share of the query (the same words of it, but for a
 * coincidence) are grouped; in a group larger than CROWD each card's overlap ranks at CROWD / size
 * of itself, so the rest of the evidence (the bag: concepts, other words) decides among them and
 * against cards outside it. A crowd's trigger said whole no longer ranks as `said` either. The
 * cards stay shown (matchSpoken decides that on the whole overlap): a query that only a crowd
 * matches (投宿, a slip for 投诉 that many triggers hold) still lists them.
 */
function markCrowds(evidence: Iterable<Evidence>): void {
  const list = [...evidence];
  const sizes = new Map<number, number>();
  const keyOf = (e: Evidence) => Math.round(e.share * 1e6);
  for (const e of list) if (e.share >= 0) sizes.set(keyOf(e), (sizes.get(keyOf(e)) ?? 0) + 1);
  for (const e of list) {
    const size = e.share >= 0 ? (sizes.get(keyOf(e)) as number) : 0;
    if (size > CROWD) e.crowd = CROWD / size;
  }
}

/**
 * `year`: the calendar year of the call, if known (concept-index.ts conceptsOf). Returns the
 * query's concept slots the bag read (readQueryConcepts), for the ranking to reuse.
 */
export function matchSpoken(
  index: ObjectionIndex,
  query: QueryText,
  hits: Hits,
  year: number | undefined,
  minRelevance = MIN_RELEVANCE,
): readonly number[] {
  /** Asked for the closest objections (search.ts), where any shared character counts. */
  const closest = minRelevance < MIN_RELEVANCE;
  const byObjection = new Map<number, Evidence>();
  const evidenceOf = (o: number) => {
    let e = byObjection.get(o);
    if (e === undefined) {
      e = { overlap: 0, share: -1, crowd: 1, plain: 0, said: -1, overlapText: -1, bag: 0, bagText: -1 };
      byObjection.set(o, e);
    }
    return e;
  };
  const readingsOf = (char: string) => index.readings.knownReadings(char) ?? readingsOfNew(char);
  const clash = overlapClash(index, query);
  const slots = readQueryConcepts(index, query, year);
  const otherReason = reasonClash(index, query, slots);
  for (const hit of matchOverlap(index.overlap, query, closest ? minRelevance : undefined, readingsOf)) {
    const indexed = index.texts[hit.text] as IndexedText;
    // The same words with the opposite meaning (overlap-clash.ts), or another reason in the same
    // frame (reason-clash.ts).
    if (clash?.(indexed) === true || otherReason?.(hit.text) === true) continue;
    const o = indexed.objection;
    if (index.objections[o]?.severity === 'crisis' && !sharesCrisisWord(index, hit.text, query)) continue;
    if (hit.score >= SUPPORT_SCORE) hits.note(hit.text);
    const e = evidenceOf(o);
    if (hit.contained && hit.query > e.said) e.said = hit.query;
    e.plain = Math.max(e.plain, hit.score);
    // The trigger's coverage is 2 × score − query share (overlap.ts scores their mean).
    const score = fuseCoverages(2 * hit.score - hit.query, hit.query);
    if (score > e.overlap) {
      e.overlap = score;
      e.share = hit.query;
      e.overlapText = hit.text;
    }
  }
  markCrowds(byObjection.values());
  const bag = bagScores(index, query, slots);
  bag.touched.forEach((o, i) => {
    // Single characters in common are no match, only a hint for the closest (search.ts).
    if (bag.anchored[i] === 0 && !closest) return;
    // Below the minimum and nothing else: it cannot be shown (at 5,000 objections most are this).
    if ((bag.score[i] as number) < minRelevance && !byObjection.has(o)) return;
    const e = evidenceOf(o);
    e.bag = bag.score[i] as number;
    e.bagText = bag.text[i] as number;
  });
  for (const [o, e] of byObjection) {
    const shown = fuseChannels(e.overlap, e.bag);
    const relevance = e.crowd < 1 ? fuseChannels(e.overlap * e.crowd, e.bag) : shown;
    const crisis = index.objections[o]?.severity === 'crisis';
    const said = e.said >= 0 && (e.said >= SAID_SHARE || crisis) && (e.crowd === 1 || crisis);
    if (!said && shown < minRelevance) continue;
    const text = e.overlapText >= 0 ? e.overlapText : e.bagText;
    // A crisis card ranks on a strong overlap of its own (overlap × 8 ≥ STRONG_OVERLAP), never
    // with the bag's help: 死 and 活 in 我死活不还 are no crisis (crisis-signals.ts decides what
    // is); an overlap alone no longer lifts it above the rest (ranking.ts, round 5).
    const strong = Math.round(e.plain * 8) >= STRONG_OVERLAP;
    const capped = crisis && !strong ? Math.min(relevance, CRISIS_BAG_CAP) : relevance;
    const [level, fine] = relevanceLevels(capped);
    // Both at the cap (relevance 1) and equal in support, the card with more evidence leads, not
    // the one first in the pack: the fusion beyond its cap (issue 11, round 8, near-ties at 5,000).
    const beyond = crisis && !strong ? 0 : evidenceOfBoth(e.overlap * e.crowd, e.bag) - 1;
    hits.offerRanked(text, said ? SAID : OVERLAP, level, fine, beyond / AGREE);
  }
  return slots;
}
