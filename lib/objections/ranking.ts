/** Ranking the matched objections: score bands, the agent's stage and use, crisis cards kept. */
import type { Objection, Phase } from '../pack/schema';
import { headPresence } from './concept-index';
import { initialsSpellCrisis } from './crisis-initials';
import type { CrisisSignal } from './crisis-signals';
import {
  CRISIS_BONUS,
  CRISIS_FIRST,
  EXACT,
  FIELD_BAND,
  type Hits,
  INITIALS,
  LIFT_BAND,
  MATCH_KINDS,
  type MatchKind,
  OVERLAP,
  PRECISION_BAND,
  PREFIX,
  SAID,
  SUPPORT_BAND,
  WEAK_CRISIS_PLACE,
} from './hits';
import { liftOf } from './lift';
import {
  FIELDS,
  HEAD_FIELDS,
  type IndexedText,
  type MatchField,
  type ObjectionIndex,
} from './objection-index';
import type { ThirdPartyTurn } from './third-party-intro';
import { forThirdParty, leadWith } from './third-party-speaker';
export interface ObjectionMatch {
  field: MatchField;
  kind: MatchKind;
  /** The title, trigger or line that matched, as written in the pack. */
  text: string;
}

export interface ObjectionResult {
  objection: Objection;
  score: number;
  /** What matched; null for the suggestions shown on an empty query. */
  match: ObjectionMatch | null;
}

export interface SearchOptions {
  /** Phase of the current stage: objections listing it in `stages` are lifted. */
  phase?: Phase;
  /** How often this agent has used each objection (id → count). */
  usage?: Readonly<Record<string, number>>;
  limit?: number;
  /**
   * The calendar day of the call (YYYY-MM-DD, the panel's clock through lib/db/dates.ts): a year
   * the customer says ("since 2011") is read against it. Without it such a year says nothing: the
   * search is a function of (index, query, options) and never reads the clock itself.
   */
  today?: string;
}

export interface Ranked {
  o: number;
  score: number;
}

export const better = (a: Ranked, b: Ranked) => b.score - a.score || a.o - b.o;

/** The `limit` best, without sorting everything (thousands can match one letter). */
export function topOf(ranked: readonly Ranked[], limit: number): Ranked[] {
  const top: Ranked[] = [];
  for (const item of ranked) {
    if (top.length === limit) {
      const worst = top[limit - 1] as Ranked;
      if (better(item, worst) >= 0) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && better(item, top[at - 1] as Ranked) < 0) at--;
    top.splice(at, 0, item);
  }
  return top;
}

export function isCrisis(objection: Objection | undefined): boolean {
  return objection?.severity === 'crisis';
}

export function rankHits(
  index: ObjectionIndex,
  hits: Hits,
  options: SearchOptions,
  limit: number,
  /**
   * The query's crisis signal (crisis-signals.ts): strong puts every crisis card first (a band),
   * weak the best one among the first WEAK_CRISIS_PLACE (a floor on its place, its score kept).
   */
  crisisSignal: CrisisSignal | null = null,
  /** What a speaker who named themself as a third party says (third-party-intro.ts). */
  thirdParty: ThirdPartyTurn | null = null,
  /** The query as normalised (normalize.ts compact): what initials matched on a crisis card spell. */
  query = '',
): ObjectionResult[] {
  const crisisFirst = crisisSignal === 'strong';
  const ranked = hits.touched.map((o): Ranked => {
    const objection = index.objections[o] as Objection;
    const text = index.texts[hits.bestText[o] as number] as IndexedText;
    const crisis = isCrisis(objection) && text.field < HEAD_FIELDS;
    const kind = hits.bestKind[o] as number;
    // The query says a whole crisis title or trigger, whatever else it says (issue 11 §2).
    const signal = (crisis && (kind === EXACT || kind === SAID)) || (crisisFirst && isCrisis(objection));
    // A prefix or part of a crisis trigger, with no signal from the lexicon, is no reason to lift
    // the crisis card above cards matched as well ("no" starts "no reason to live" and "no money";
    // "I'm going to" is in "I'm going to kill myself" and "I'm going to complain"): issue 11 §2,
    // round 5. It stays in the list (below), ranked by how well it matched.
    // Initials lift it only when they spell a crisis word (crisis-initials.ts: ls is not 了算).
    const strong =
      kind !== OVERLAP &&
      kind !== PREFIX &&
      (kind !== INITIALS || !crisis || initialsSpellCrisis(index, hits.bestText[o] as number, query));
    const score =
      (hits.best[o] as number) +
      (signal ? CRISIS_FIRST : crisis && strong ? CRISIS_BONUS : 0) +
      liftOf(objection, options) * LIFT_BAND +
      (hits.support[o] as number) * SUPPORT_BAND;
    return { o, score };
  });
  const top = topOf(ranked, limit);
  // A crisis objection whose title or trigger matched is never cut off by the limit.
  for (const r of ranked) {
    if (!isCrisis(index.objections[r.o]) || hits.support[r.o] === 0 || top.some((t) => t.o === r.o)) continue;
    const drop = top.findLastIndex((t) => !isCrisis(index.objections[t.o]));
    if (top.length >= limit && drop < 0) break;
    if (top.length >= limit) top.splice(drop, 1);
    top.push(r);
  }
  top.sort(better);
  if (thirdParty !== null) speakToTheThirdParty(index, hits, top, thirdParty);
  if (crisisSignal === 'weak') keepCrisisInSight(index, top);
  return top.map(({ o, score }) => {
    const text = index.texts[hits.bestText[o] as number] as IndexedText;
    return {
      objection: index.objections[o] as Objection,
      score,
      match: {
        field: FIELDS[text.field] ?? 'say',
        kind: MATCH_KINDS[hits.bestKind[o] as number] ?? 'fuzzy',
        text: text.source,
      },
    };
  });
}

/**
 * Relevance (spoken-match.ts, tenths) from which a card counts as matched, not only sharing a word
 * or two with the query (the lowest shown is 2).
 */
const MATCHED = 4;

function matched(hits: Hits, o: number): boolean {
  const kind = hits.bestKind[o] as number;
  if (kind !== OVERLAP && kind !== SAID) return true;
  return Math.floor(((hits.best[o] as number) % FIELD_BAND) / PRECISION_BAND) >= MATCHED;
}

/** A card is about a concept when three or more of its titles and triggers say it. */
const ABOUT = 1;

/**
 * A third party on the line (the query names the speaker as the debtor's relative or colleague):
 * the agent may tell them nothing of the debt (DOMAIN.md §3; the Chinese pack's third-party card:
 * 对方自称配偶、父母也一样处理), so the best card the pack gives for the third-party stage leads,
 * and the reason told after the introduction (他住院了, "he lost his job") follows it. One such card
 * goes first instead: a card that leads to a flag on the account and is about something the
 * speaker says (three of its triggers say it) more than the listed third-party cards without a
 * flag are (a 搬走了 says 走了 once): the relative reports the debtor's death
 * (我是他老婆，他上个月车祸走了), and the deceased card is written for that relative. Without this
 * the introduction, nearly a whole trigger of the third-party card, outranked the death told after
 * it (issue 11, round 8). Only cards matched on more than a word or two lead; a crisis card ahead
 * stays ahead.
 */
function speakToTheThirdParty(index: ObjectionIndex, hits: Hits, top: Ranked[], turn: ThirdPartyTurn): void {
  const { says, spouse, spouseNamed } = turn;
  const stageCards = top.filter((r) => forThirdParty(index.objections[r.o]));
  const flagged = (r: Ranked) => index.objections[r.o]?.leadsTo?.flag !== undefined;
  const plain = stageCards.filter((r) => !flagged(r));
  const report = stageCards.find(
    (r) =>
      flagged(r) &&
      says.some((slot) => {
        const own = headPresence(index.bag.concepts, slot, r.o);
        return own >= ABOUT && plain.every((p) => headPresence(index.bag.concepts, slot, p.o) < own);
      }),
  );
  // Who they said they are picks among the rest: a card about a spouse on the line (the English
  // pack's: a spouse may count as the consumer) for a husband or wife, another for a mother, a
  // daughter or a landlord ("I'm his mum, I sort out his bills" led with the spouse card).
  const aboutSpouse = (r: Ranked) => headPresence(index.bag.concepts, spouse, r.o) >= ABOUT;
  const candidates = stageCards.filter((r) => matched(hits, r.o));
  const card = report ?? candidates.find((r) => aboutSpouse(r) === spouseNamed) ?? candidates[0];
  if (card !== undefined) leadWith(top, card, (r) => isCrisis(index.objections[r.o]));
}

/** Moves the best crisis card up to WEAK_CRISIS_PLACE when it ranked below. */
function keepCrisisInSight(index: ObjectionIndex, top: Ranked[]): void {
  const at = top.findIndex((r) => isCrisis(index.objections[r.o]));
  if (at < WEAK_CRISIS_PLACE) return;
  const [crisis] = top.splice(at, 1);
  top.splice(WEAK_CRISIS_PLACE - 1, 0, crisis as Ranked);
}

/** Empty query: the objections most likely now (current phase, then this agent's use, then pack order). */
export function suggest(index: ObjectionIndex, options: SearchOptions, limit: number): ObjectionResult[] {
  const ranked = index.objections.map((objection, o) => ({
    o,
    score: liftOf(objection, options) * LIFT_BAND,
  }));
  return topOf(ranked, limit).map(({ o, score }) => ({
    objection: index.objections[o] as Objection,
    score,
    match: null,
  }));
}
