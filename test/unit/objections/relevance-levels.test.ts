/**
 * Issue 11, round 8: how a fused relevance becomes a rank (spoken-match.ts → hits.ts). A relevance
 * of 1 ranks above 0.95, and two matches at the cap are told apart by the evidence beyond it, not
 * by which card comes first in the pack.
 */
import { Hits, OVERLAP } from '../../../lib/objections/hits';
import { buildObjectionIndex } from '../../../lib/objections/search';
import { relevanceLevels } from '../../../lib/objections/spoken-match';
import { objection } from './fixtures';

const index = buildObjectionIndex([
  objection('first', { title: '甲', triggers: ['甲方'] }),
  objection('second', { title: '乙', triggers: ['乙方'] }),
]);
/** The title text of each objection (texts are indexed objection by objection, title first). */
const titleOf = (o: number) => index.texts.findIndex((t) => t.objection === o && t.field === 0);

function bestAfter(offers: [o: number, relevance: number, tie?: number][]): number[] {
  const hits = new Hits(index.texts, index.objections.length);
  for (const [o, relevance, tie] of offers) {
    const [level, fine] = relevanceLevels(relevance);
    hits.offerRanked(titleOf(o), OVERLAP, level, fine, tie);
  }
  return [...hits.best];
}

describe('relevance levels', () => {
  it('keeps a relevance of 1 in the last level with the most tenths', () => {
    expect(relevanceLevels(1)[0]).toBeLessThan(10);
    expect(Math.floor(relevanceLevels(1)[1])).toBe(9);
  });
  it('ranks a relevance of 1 above 0.95 and 0.95 above 0.9', () => {
    const [one, ninetyFive] = bestAfter([
      [0, 1],
      [1, 0.95],
    ]);
    expect(one).toBeGreaterThan(ninetyFive as number);
    const [ninety, again] = bestAfter([
      [0, 0.9],
      [1, 0.95],
    ]);
    expect(again).toBeGreaterThan(ninety as number);
  });
  it('tells two matches at the cap apart by the evidence beyond it, within one point', () => {
    const [less, more] = bestAfter([
      [0, 1, 0.1],
      [1, 1, 0.6],
    ]);
    expect(more).toBeGreaterThan(less as number);
    expect((more as number) - (less as number)).toBeLessThan(1);
  });
});
