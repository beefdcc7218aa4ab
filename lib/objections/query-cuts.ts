/**
 * A query read without some of what was typed (chinese-rereading.ts drops a note's subject,
 * denied-refusal.ts a refusal the customer denies): the normalised text with spans cut out, its
 * word and part starts moved to match.
 */
import { HAN } from './normal-buffer';
import type { NormalizedText } from './normalize';

/** A span of the compact text left out. */
export interface Cut {
  from: number;
  to: number;
}

/**
 * `normal` without the cuts (ascending, apart), `text` being what is kept: the words and parts
 * start where they started, and the text after a cut starts a word only if it did before
 * (已于15号还款 → 已还款, one word).
 */
function without(normal: NormalizedText, text: string, cuts: readonly Cut[]): NormalizedText {
  const shift = (at: number): number | null => {
    let gone = 0;
    for (const cut of cuts) {
      if (at >= cut.to) gone += cut.to - cut.from;
      else if (at >= cut.from) return null;
    }
    return at - gone;
  };
  const mapped = (offsets: readonly number[]): number[] => {
    const out: number[] = [];
    for (const at of offsets) {
      const to = shift(at);
      if (to !== null && to < text.length && out[out.length - 1] !== to) out.push(to);
    }
    return out;
  };
  const starts = mapped(normal.starts);
  if (text !== '' && starts[0] !== 0) starts.unshift(0);
  let at = 0;
  const partStarts = normal.parts.map((part) => {
    const from = at;
    at += part.length;
    return from;
  });
  const cutsAt = mapped(partStarts).filter((p) => p > 0);
  const parts = text === '' ? [] : [0, ...cutsAt].map((p, k) => text.slice(p, cutsAt[k] ?? text.length));
  return { compact: text, starts, parts, hasHan: HAN.test(text) };
}

/**
 * `normal` with the cuts (ascending, apart) left out of `text`: its compact text, or that text with
 * units replaced one for one (他 read as 我), so offsets hold.
 */
export function cutOut(normal: NormalizedText, cuts: readonly Cut[], text = normal.compact): NormalizedText {
  let kept = '';
  let from = 0;
  for (const cut of cuts) {
    kept += text.slice(from, cut.from);
    from = cut.to;
  }
  return without(normal, kept + text.slice(from), cuts);
}
