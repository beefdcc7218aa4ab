/**
 * The overlap terms of each distinct Chinese run of the titles and triggers, as the overlap index
 * build added them (overlap-index.ts): a run's terms depend on its characters alone, and half the
 * runs of a 5,000-objection pack repeat one seen before (还款提醒, 结清证明: 21,000 runs, 11,000
 * distinct), so a repeat adds the recorded term ids instead of reducing the run and looking up its
 * characters, pairs and syllable pairs again (issue 11, build time). Built per build, never kept.
 */
import { StringTable } from './string-table';
import { grown } from './typed-growth';

export class RunTerms {
  private readonly runs = new StringTable();
  /** Per recorded run id r: its term ids are pool[starts[r], starts[r + 1]). */
  private starts = new Int32Array(1 << 10);
  /** How many runs have their terms recorded (ids below this). */
  private recorded = 0;
  /** The recorded term ids, run after run. */
  pool = new Int32Array(1 << 12);
  private used = 0;

  /**
   * The id of the run text[from, to) (dense, in order of first sight), and whether its terms are
   * recorded: when not, the caller adds them, `record`s each and `close`s the run.
   */
  find(text: string, from: number, to: number): number {
    return this.runs.idOfSlice(text, from, to);
  }

  known(run: number): boolean {
    return run < this.recorded;
  }

  /** Where a known run's term ids start in `pool`; they end at `start(run + 1)`. */
  start(run: number): number {
    return this.starts[run] as number;
  }

  record(term: number): void {
    if (this.used === this.pool.length) this.pool = grown(this.pool);
    this.pool[this.used++] = term;
  }

  /** Ends the run being recorded (the one `find` gave last, which was not known). */
  close(): void {
    if (this.recorded + 2 > this.starts.length) this.starts = grown(this.starts);
    this.recorded++;
    this.starts[this.recorded] = this.used;
  }
}
