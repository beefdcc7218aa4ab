/**
 * Objection search (issue 4 §1): the agent types two or three characters while the customer talks
 * and gets the answer card. Matches Chinese substrings, full pinyin and pinyin initials (mq,
 * meiqian → 没钱), English words with one typo, and triggers as synonyms of the title.
 *
 * Ranking, most important first (the score encodes it in bands, higher is better):
 *   kind: exact > prefix > initials = pinyin > said (the query holds a
 *   whole trigger that explains half of it, issue 11) > substring >
 *   fuzzy = overlap (shares bigrams, words, syllables or concepts with
 *   the objection: precision = the fused relevance, spoken-match.ts)   × 1,000,000
 *   a crisis objection whose title or trigger the query says whole       + 100,000,000
 *   any crisis objection when the query carries a strong crisis signal
 *   (crisis-signals.ts), whatever the pack's triggers say                + 100,000,000
 *   a crisis objection otherwise matched on its title or a trigger       + 500,000
 *   (not for a prefix or a partial overlap alone: round 5, ranking.ts)
 *   field: title and triggers (synonyms of the title) > say = do         × 100,000
 *   precision inside the kind, 0–9: the match starts the text (or a
 *   phrase in it), spells whole words or phrases, is in the title        × 10,000
 *   lift, 0–99: the current phase is in the objection's stages (+50),
 *   this agent's past use (up to +49)                                    × 100
 *   support, 0–9: how many of its titles and triggers matched (more
 *   synonyms agreeing = more likely the one meant)                       × 10
 *   coverage, 0–9: how much of the best-matching text the query covers
 *   then pack order (stable).
 * The lift reorders equally good matches and can never beat a better one. On a weak crisis signal
 * the best crisis card is then moved up to third at the latest; when the speaker names themself as
 * a third party (third-party-intro.ts), a card for the third-party stage leads (ranking.ts).
 * A one-character query (or two Latin letters) only searches titles and triggers: it says too
 * little to pick a line out of the say/do text, and the long text would cost the most.
 */
import { parseIsoDate } from '../plan/dates';
import { isBodyLine } from './body-lines';
import { asSaid } from './chinese-rereading';
import { offerCrisisCards } from './crisis-cards';
import { crisisSignal } from './crisis-signals';
import { withoutDeniedRefusal } from './denied-refusal';
import { matchHan, matchHomophones } from './han-match';
import { EXACT, Hits, headSuffices, PREFIX } from './hits';
import { cutQuery, normalizeText } from './normalize';
import type { ObjectionIndex } from './objection-index';
import { matchFirstLetter, matchPinyin } from './pinyin-match';
import { type QueryText, queryText } from './query-text';
import { type ObjectionResult, rankHits, type SearchOptions, suggest } from './ranking';
import { matchSpoken } from './spoken-match';
import { expandTextSpeak } from './text-speak';
import { thirdPartySays } from './third-party-intro';
import { matchWords, queryWordsOf } from './word-match';

export { MATCH_KINDS, type MatchKind } from './hits';
export {
  buildObjectionIndex,
  type MatchField,
  type ObjectionIndex,
  objectionIndexSteps,
} from './objection-index';
export type { ObjectionMatch, ObjectionResult, SearchOptions } from './ranking';
export { stepUntil } from './steps';

export const DEFAULT_LIMIT = 9;

/** Latin queries shorter than this, and single Han characters, search titles and triggers only. */
const MIN_LATIN_FOR_BODY = 3;
const MIN_HAN_FOR_BODY = 2;
/** Shorter queries are still being typed: only the strict matches above answer them. */
const MIN_SAID = 2;

export function searchObjections(
  index: ObjectionIndex,
  query: string,
  options: SearchOptions = {},
): ObjectionResult[] {
  const limit = Math.floor(options.limit ?? DEFAULT_LIMIT);
  if (!(limit > 0)) return [];
  // The query's words are cut once here and read by every rule below (query-text.ts).
  const normal = readQuery(query);
  // Nothing searchable (empty, spaces, symbols, emoji): show what is likely instead.
  if (normal.compact === '') return suggest(index, options, limit);
  const hits = new Hits(index.texts, index.objections.length);
  const q = normal.compact;
  // The best kind a say/do line could reach: exact only if a whole line is the query.
  const bodyBest = isBodyLine(index, normal) ? EXACT : PREFIX;
  if (normal.hasHan) {
    matchHan(index, normal, hits, 'head');
    matchHomophones(index, normal, hits);
    const long = Array.from(q).length >= MIN_HAN_FOR_BODY;
    if (long && !headSuffices(hits, bodyBest, limit)) matchHan(index, normal, hits, 'body');
  } else if (q.length === 1) {
    matchFirstLetter(index, q, hits);
  } else {
    const words = queryWordsOf(index, normal);
    matchWords(index, normal, words, hits, 'head');
    matchPinyin(index, q, hits);
    // Say/do lines are searched by English words only (pinyin: titles and triggers, objection-index.ts).
    const wordsCanMatch = words.matches.every((m) => m === null || m.words.length > 0);
    if (q.length >= MIN_LATIN_FOR_BODY && wordsCanMatch && !headSuffices(hits, bodyBest, limit))
      matchWords(index, normal, words, hits, 'body');
  }
  // Shorter queries say no concept the ranking could use (nor a third party's introduction).
  const read = q.length >= MIN_SAID ? matchSpoken(index, normal, hits, yearOf(options)) : [];
  return ranked(index, hits, options, limit, query, normal, read);
}

/** Both searches end here: the crisis cards the query's signal offers, then the ranking. */
function ranked(
  index: ObjectionIndex,
  hits: Hits,
  options: SearchOptions,
  limit: number,
  query: string,
  normal: QueryText,
  read: readonly number[],
): ObjectionResult[] {
  const signal = crisisSignal(query);
  offerCrisisCards(index, hits, signal);
  const thirdParty = thirdPartySays(normal, read, yearOf(options));
  return rankHits(index, hits, options, limit, signal, thirdParty, normal.compact);
}

/**
 * The query as both searches read it: text-speak spelled out, cut to the longest searched, normalised,
 * a note's wording read as the customer's, a refusal the customer denies left out; its words cut
 * once here (query-text.ts).
 */
function readQuery(query: string): QueryText {
  const normal = queryText(asSaid(normalizeText(cutQuery(expandTextSpeak(query)))));
  return withoutDeniedRefusal(normal) ?? normal;
}

/** The calendar year of `options.today`, if given and a real date. */
function yearOf(options: SearchOptions): number | undefined {
  return options.today === undefined ? undefined : parseIsoDate(options.today)?.year;
}

/** Any overlap counts for the closest objections, shown when nothing matched (issue 11 §1). */
const CLOSEST_SCORE = 0.05;

/** The objections whose titles or triggers share the most with the query, however little. */
export function closestObjections(
  index: ObjectionIndex,
  query: string,
  options: SearchOptions = {},
): ObjectionResult[] {
  const limit = Math.floor(options.limit ?? DEFAULT_LIMIT);
  const normal = readQuery(query);
  if (!(limit > 0) || normal.compact === '') return [];
  const hits = new Hits(index.texts, index.objections.length);
  const read = matchSpoken(index, normal, hits, yearOf(options), CLOSEST_SCORE);
  return ranked(index, hits, options, limit, query, normal, read);
}
