/**
 * What the guard's scan (phrase-scan.ts) reads once per folded text, not once per phrase: where
 * its sentences end — a short gap (`…`) never crosses one, and a sentence window (`……`) also stops
 * at an English full stop before a space, though not after a title (`Mr. Lee`, `No. 5`) — and
 * which units belong to an English word.
 */
import { isWordChar, SENTENCE_END } from './phrase-matcher';

/** Titles written with a full stop inside a sentence (`Mr. Lee`). */
const TITLE_BEFORE_STOP = /(?:^|[^a-z])(?:mr|ms|mrs|dr|st|jr|sr|no|vs|approx|inc|ltd|co)$/;

/** An English full stop ending a sentence: a `.` before a space, not after a title. */
function isFullStop(text: string, i: number): boolean {
  return text[i] === '.' && text[i + 1] === ' ' && !TITLE_BEFORE_STOP.test(text.slice(Math.max(0, i - 7), i));
}

export interface ScanMarks {
  /** ends[i]: how many sentence ends stand before position i. */
  ends: number[];
  /** The same with an English full stop before a space counted too. */
  fullStops: number[];
  /** 1 where the text holds a letter or digit of an English word. */
  wordUnits: Uint8Array;
}

export function scanMarksOf(text: string): ScanMarks {
  const ends = [0];
  const fullStops = [0];
  const wordUnits = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const end = SENTENCE_END.test(text[i] as string) ? 1 : 0;
    ends.push((ends[i] as number) + end);
    fullStops.push((fullStops[i] as number) + (end || isFullStop(text, i) ? 1 : 0));
    wordUnits[i] = isWordChar(text[i]) ? 1 : 0;
  }
  return { ends, fullStops, wordUnits };
}
