/**
 * Pinyin initials typed for a crisis card (issue 11 §2, round 10): two letters are the initials of
 * hundreds of character pairs, so `ls` met 了算 inside 不如死了算了 and `zy` met 子一 inside
 * 带孩子一起死, and the crisis bonus put the self-harm card first with nothing of a crisis in the
 * query. Initials lift a crisis card only when the characters they stand for are a whole crisis
 * title or trigger (zs → 自杀) or read as a crisis signal themselves (bxhl → 不想活了, the
 * lexicon of crisis-signals.ts); otherwise the card ranks by how well it matched, like any other.
 */
import { crisisSignal } from './crisis-signals';
import type { IndexedText, ObjectionIndex } from './objection-index';

/** True when the initials `q` spell, somewhere in text `t`, a whole crisis text or a crisis word. */
export function initialsSpellCrisis(index: ObjectionIndex, t: number, q: string): boolean {
  const text = index.texts[t] as IndexedText | undefined;
  if (text === undefined || !text.han) return false;
  const { initials } = index.readings;
  const { compact } = text;
  for (let offset = 0; offset + q.length <= compact.length; offset++) {
    let k = 0;
    while (
      k < q.length &&
      (initials[index.readingIds[text.base + offset + k] ?? -1] ?? '').includes(q[k] as string)
    )
      k++;
    if (k < q.length) continue;
    const span = compact.slice(offset, offset + q.length);
    if (span === compact || (text.parts?.includes(span) ?? false) || crisisSignal(span) !== null) return true;
  }
  return false;
}
