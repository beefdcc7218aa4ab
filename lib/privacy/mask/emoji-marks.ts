/**
 * Emoji typed into a number (red team 11: 4111👍1111👍1111👍1111, 手机 138🙂0013🙂8000, keycap digits
 * 1️⃣3️⃣8️⃣…, a family 👨‍👩‍👧 between a card's groups were stored whole or half masked). Folding drops
 * the joiners and variation selectors; what is left is read here:
 * - a keycap (U+20E3) after a digit belongs to that digit;
 * - an emoji sequence between two digits (a space on either side at most) is a mark between
 *   groups, as a dash would be; it stays as typed in the note.
 * Emoji anywhere else are left alone.
 */
import type { Unit } from './number-words';

const KEYCAP = '\u20e3';
const EMOJI = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{e0020}-\u{e007f}]$/u;
const isDigit = (unit: Unit | undefined): boolean => /^\d$/.test(unit?.char ?? '');
const isSpace = (unit: Unit | undefined): boolean => unit?.char === ' ';

/** The number of units the emoji character at `at` takes (two for an astral one), or 0. */
function emojiAt(list: Unit[], at: number): number {
  const one = list[at]?.char ?? '';
  if (EMOJI.test(one)) return 1;
  const two = one + (list[at + 1]?.char ?? '');
  return two.length === 2 && EMOJI.test(two) ? 2 : 0;
}

export function readEmojiMarks(list: Unit[]): Unit[] {
  if (!list.some((u) => u.char === KEYCAP || emojiAt([u], 0) > 0 || /[\ud800-\udbff]/.test(u.char)))
    return list;
  const out: Unit[] = [];
  let i = 0;
  while (i < list.length) {
    const unit = list[i] as Unit;
    if (unit.char === KEYCAP && isDigit(out.at(-1))) {
      const digit = out.at(-1) as Unit;
      out[out.length - 1] = { ...digit, end: unit.end };
      i += 1;
      continue;
    }
    let end = i;
    for (let size = emojiAt(list, end); size > 0; size = emojiAt(list, end)) end += size;
    if (end === i) {
      out.push(unit);
      i += 1;
      continue;
    }
    const before = isSpace(out.at(-1)) ? out.at(-2) : out.at(-1);
    const after = isSpace(list[end]) ? list[end + 1] : list[end];
    const afterKeycap = list[end]?.char === KEYCAP;
    if (isDigit(before) && isDigit(after) && !afterKeycap)
      out.push({ char: '-', start: unit.start, end: list[end - 1]?.end ?? unit.end });
    else for (let k = i; k < end; k += 1) out.push(list[k] as Unit);
    i = end;
  }
  return out;
}
