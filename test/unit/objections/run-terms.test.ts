import { RunTerms } from '../../../lib/objections/run-terms';

/** The term ids recorded for a run, read back as the overlap build does. */
function termsOf(runs: RunTerms, run: number): number[] {
  return Array.from(runs.pool.subarray(runs.start(run), runs.start(run + 1)));
}

describe('RunTerms (issue 11, build time)', () => {
  it('gives a repeated run, found as a slice of another text, the terms recorded at its first sight', () => {
    const runs = new RunTerms();
    const first = runs.find('还款提醒', 0, 4);
    expect(runs.known(first)).toBe(false);
    for (const term of [3, 1, 4, 1]) runs.record(term);
    runs.close();
    const empty = runs.find('的了', 0, 2);
    expect(runs.known(empty)).toBe(false);
    runs.close();
    const again = runs.find('请发还款提醒给我', 2, 6);
    expect(again).toBe(first);
    expect(runs.known(again)).toBe(true);
    expect(termsOf(runs, again)).toEqual([3, 1, 4, 1]);
    expect(termsOf(runs, empty)).toEqual([]);
    expect(runs.known(runs.find('还款', 0, 2))).toBe(false);
  });

  it('answers like a Map of runs to their terms, through the growth of its buffers', () => {
    const runs = new RunTerms();
    const reference = new Map<string, number[]>();
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 5_000; i++) {
      const text = `x${next(2_000)}y`;
      const run = runs.find(text, 1, text.length - 1);
      const key = text.slice(1, -1);
      if (runs.known(run)) {
        expect(termsOf(runs, run)).toEqual(reference.get(key));
        continue;
      }
      expect(reference.has(key)).toBe(false);
      const terms = Array.from({ length: next(9) }, () => next(50_000));
      for (const term of terms) runs.record(term);
      runs.close();
      reference.set(key, terms);
    }
    for (const [key, terms] of reference) expect(termsOf(runs, runs.find(key, 0, key.length))).toEqual(terms);
  });
});
