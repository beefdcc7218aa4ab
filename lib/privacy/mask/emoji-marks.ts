/**
 * Emoji typed into a number (red team 11: 4111👍1111👍1111👍1111, 手机 138🙂0013🙂8000, keycap digits
 * 1️⃣3️⃣8️⃣…, a family 👨‍👩‍👧 between a card's groups were stored whole or half masked). Folding drops
 * the joiners and variation selectors; what is left is read here:
 * - a keycap (U+20E3) after a digit belongs to that digit;
 * - an emoji sequence between two digits (a space on either side at most) is a mark between
 *   groups, as a dash would be; it stays as typed in the note.
 * Emoji anywhere else are left alone.
 */
import { isAsciiDigit, isGroupSpace } from '../../text/chars';
import { applyChanges, type Unit } from './number-words';

const KEYCAP = '\u20e3';
const EMOJI = /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{e0020}-\u{e007f}]$/u;

/**
 * Below U+203C (‼) and between U+3299 (㊙) and the surrogates no character is an emoji: Latin,
 * digits and every CJK character are passed over without a regex (this runs on every unit).
 */
const mayBeEmoji = (c: number): boolean =>
  c === 0x20e3 || (c >= 0x203c && c <= 0x3299) || (c >= 0xd800 && c < 0xe000);

/** The number of units the emoji character at `at` takes (two for an astral one), or 0. */
function emojiAt(list: Unit[], at: number): number {
  const one = list[at]?.char ?? '';
  if (!mayBeEmoji(one.charCodeAt(0))) return 0;
  if (EMOJI.test(one)) return 1;
  const two = one + (list[at + 1]?.char ?? '');
  return two.length === 2 && EMOJI.test(two) ? 2 : 0;
}

export function readEmojiMarks(list: Unit[]): Unit[] {
  const changes: { from: number; to: number; units: Unit[] }[] = [];
  let i = 0;
  while (i < list.length) {
    const unit = list[i] as Unit;
    const code = unit.char.charCodeAt(0);
    if (!mayBeEmoji(code)) {
      i += 1;
      continue;
    }
    if (unit.char === KEYCAP) {
      const digit = list[i - 1];
      if (isAsciiDigit(digit?.char) && changes.at(-1)?.to !== i)
        changes.push({ from: i - 1, to: i + 1, units: [{ ...(digit as Unit), end: unit.end }] });
      i += 1;
      continue;
    }
    let end = i;
    for (let size = emojiAt(list, end); size > 0; size = emojiAt(list, end)) end += size;
    if (end === i) {
      i += 1;
      continue;
    }
    let b = i - 1;
    if (isGroupSpace(list[b]?.char)) b -= 1;
    if (list[b]?.char === KEYCAP) b -= 1;
    const after = isGroupSpace(list[end]?.char) ? list[end + 1] : list[end];
    if (isAsciiDigit(list[b]?.char) && isAsciiDigit(after?.char) && list[end]?.char !== KEYCAP)
      changes.push({
        from: i,
        to: end,
        units: [{ char: '-', start: unit.start, end: list[end - 1]?.end ?? unit.end }],
      });
    i = end;
  }
  return applyChanges(list, changes);
}
