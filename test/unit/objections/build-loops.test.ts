import {
  documentFrequencies,
  entryTotals,
  HAN_TERM,
  SYLLABLE_TERM,
  termWeights,
  WORD_TERM,
} from '../../../lib/objections/overlap-weights';
import { textSize } from '../../../lib/objections/text-size';
import type { Objection } from '../../../lib/pack/schema';

describe('the index build loops moved into functions of their own (issue 11, a cold build)', () => {
  it('count the text sizes of titles and triggers apart from say/do lines, Chinese by the first unit', () => {
    const objections = [
      { title: '没钱', triggers: ['手头紧', 'broke'], say: ['理解您'], do: ['note it'] },
      { title: 'Busy', triggers: [], say: ['ok'] },
    ] as unknown as Objection[];
    expect(textSize(objections)).toEqual({
      head: 2 + 3 + 5 + 4,
      headHan: 2 + 3,
      body: 3 + 7 + 2,
      bodyHan: 3,
    });
  });

  it('weigh overlap terms by idf, stop the common ones and total each entry by kind', () => {
    // Entry 0 holds terms 0 (Han) and 1 (a syllable); entry 1 holds 0 and 2 (a word); entry 2 holds 0.
    const entryTerms = Int32Array.from([0, 1, 0, 2, 0]);
    const df = documentFrequencies(entryTerms, 3);
    expect(Array.from(df)).toEqual([3, 1, 1]);
    const weights = new Float64Array(3);
    const stopped = new Uint8Array(3);
    const factor = Float64Array.from([1, 0.5, 1]);
    expect(termWeights(df, factor, 10, 2, weights, stopped)).toBe(1);
    expect(Array.from(stopped)).toEqual([1, 0, 0]);
    expect(weights[0]).toBe(0);
    expect(weights[1]).toBeCloseTo(0.5 * Math.log(11));
    expect(weights[2]).toBeCloseTo(Math.log(11));
    const totals = new Float64Array(3);
    const spoken = new Float64Array(3);
    const kind = Uint8Array.from([HAN_TERM, SYLLABLE_TERM, WORD_TERM]);
    entryTotals(entryTerms, [2, 4, 5], weights, kind, totals, spoken);
    // A syllable counts for a Latin query only, a Han term for a Chinese one, a word for both.
    expect(Array.from(totals)).toEqual([0, weights[2], 0]);
    expect(Array.from(spoken)).toEqual([weights[1], weights[2], 0]);
  });
});
