/**
 * The overlap index's term weights and per-entry totals (overlap-index.ts builds the rest), each
 * loop a function of its own: V8 optimises a long-running loop by recompiling the whole function
 * around it (OSR) and drops that code at the next loop it has not seen run, so the builder's
 * `build` was compiled once per loop (issue 11, a cold build).
 */

/** What a term is, for the two totals. */
export const HAN_TERM = 0;
export const SYLLABLE_TERM = 1;
export const WORD_TERM = 2;

/** Per term id (`terms` of them): how many entries hold it (`entryTerms`: each entry's terms once). */
export function documentFrequencies(entryTerms: Int32Array, terms: number): Int32Array {
  const df = new Int32Array(terms);
  for (let i = 0; i < entryTerms.length; i++) {
    const id = entryTerms[i] as number;
    df[id] = (df[id] as number) + 1;
  }
  return df;
}

/**
 * Writes each term's weight (its factor times its idf among `headCount` titles and triggers) into
 * `weights`, or marks it in `stopped` when more than `stopDf` entries hold it; returns how many
 * are stopped.
 */
export function termWeights(
  df: Int32Array,
  factor: Float64Array,
  headCount: number,
  stopDf: number,
  weights: Float64Array,
  stopped: Uint8Array,
): number {
  let stopCount = 0;
  for (let id = 0; id < df.length; id++) {
    const count = df[id] as number;
    if (count > stopDf) {
      stopped[id] = 1;
      stopCount++;
      continue;
    }
    weights[id] = (factor[id] as number) * Math.log(1 + headCount / count);
  }
  return stopCount;
}

/**
 * Per entry (its terms end at `entryEnds[entry]` in `entryTerms`): the summed weight of its
 * characters, bigrams and words into `totals`, of its syllables and words into `spokenTotals`.
 */
export function entryTotals(
  entryTerms: Int32Array,
  entryEnds: readonly number[],
  weights: Float64Array,
  kind: Uint8Array,
  totals: Float64Array,
  spokenTotals: Float64Array,
): void {
  let at = 0;
  for (let entry = 0; entry < entryEnds.length; entry++) {
    const end = entryEnds[entry] as number;
    for (; at < end; at++) {
      const id = entryTerms[at] as number;
      const w = weights[id] as number;
      const what = kind[id] as number;
      if (what !== SYLLABLE_TERM) totals[entry] = (totals[entry] as number) + w;
      if (what !== HAN_TERM) spokenTotals[entry] = (spokenTotals[entry] as number) + w;
    }
  }
}
