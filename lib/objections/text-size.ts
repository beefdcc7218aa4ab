/**
 * How long the pack's texts are, and how much of that is Chinese: the index build sizes its
 * buffers from it once, so the largest of them are not copied as they grow (issue 11, build time).
 */
import type { Objection } from '../pack/schema';

/** Code units of the texts as written, and how many of them are Chinese (an estimate). */
export interface TextSize {
  head: number;
  body: number;
  headHan: number;
  bodyHan: number;
}

/**
 * The whole text when its first unit is in the CJK blocks (Extension A to compatibility), else
 * none: an estimate for the buffers' size (reading every unit cost 3 % of the build, issue 11).
 */
function hanUnits(text: string): number {
  const code = text.charCodeAt(0);
  return code >= 0x3400 && code <= 0xfaff ? text.length : 0;
}

/** Adds the size of one text to `size`: a title or trigger (`head`), or a say/do line. */
function addSize(size: TextSize, head: boolean, text: string): void {
  if (head) {
    size.head += text.length;
    size.headHan += hanUnits(text);
  } else {
    size.body += text.length;
    size.bodyHan += hanUnits(text);
  }
}

/**
 * The size of the pack's texts, in index order. By index, not for…of: this loop runs once per
 * build, before it is optimised, and each step of an iterator there made an object (issue 11,
 * build garbage). The index build adds the texts in a loop of its own, the same walk.
 */
export function textSize(objections: readonly Objection[]): TextSize {
  const size: TextSize = { head: 0, body: 0, headHan: 0, bodyHan: 0 };
  for (let o = 0; o < objections.length; o++) {
    const { title, triggers, say, do: lines = [] } = objections[o] as Objection;
    addSize(size, true, title);
    for (let i = 0; i < triggers.length; i++) addSize(size, true, triggers[i] as string);
    for (let i = 0; i < say.length; i++) addSize(size, false, say[i] as string);
    for (let i = 0; i < lines.length; i++) addSize(size, false, lines[i] as string);
  }
  return size;
}
