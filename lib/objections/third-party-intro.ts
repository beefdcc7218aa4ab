/**
 * What a third party says (issue 11, round 8): when the speaker names themself as the debtor's
 * relative or colleague (third-party-speaker.ts), the concepts of the reason they give after it,
 * for ranking.ts to decide which card leads.
 */
import { slotOf } from './concept-index';
import { conceptsOf } from './concept-readings';
import { conceptIndex } from './concepts-zh';
import type { QueryText } from './query-text';
import { introducesThirdParty } from './third-party-speaker';

/** What a third party says, for ranking.ts. */
export interface ThirdPartyTurn {
  /** The concept slots of what they say (concept-index.ts), read as bag.ts reads them. */
  says: number[];
  /** The slot of the spouse concept in the query's script (concept-index.ts slotOf). */
  spouse: number;
  /** They named themself as the debtor's husband or wife. */
  spouseNamed: boolean;
}

const SPOUSE = conceptIndex('spouse');

/**
 * When a third party speaks: what they say as concept slots (a Chinese relative's name says who,
 * not why, as in bag.ts), for ranking.ts to tell a report the third-party card does not answer (the
 * debtor died) from the introduction, and whether they are the spouse. Null otherwise. `read`: the
 * query's concept slots as the bag read them (bag.ts readQueryConcepts), not read a second time.
 */
export function thirdPartySays(
  normal: QueryText,
  read: readonly number[],
  year?: number,
): ThirdPartyTurn | null {
  if (!introducesThirdParty(normal)) return null;
  // Pinyin and slips are read in the Chinese slots (concept-readings.ts): one concept, one slot.
  const said = [...new Set(read.map((slot) => slot >> 1))];
  // 老婆 in 我是他老婆 says who, so the concepts above leave it out; here who is the question.
  const spouseNamed =
    SPOUSE >= 0 && (normal.hasHan ? conceptsOf(normal, { year, kinAsSaid: true }) : said).includes(SPOUSE);
  return { says: said.map((c) => slotOf(c, normal)), spouse: slotOf(SPOUSE, normal), spouseNamed };
}
