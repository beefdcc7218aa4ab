/**
 * Reordering a list in the draft: the two items trade places with two `setAt`s, so only those
 * items are rewritten and the rest of the lead's layout stays as written (lib/studio/edit.ts).
 */
import { asList, child, type JsonPath, setAt } from './edit';

/** The text with the item at `index` of the list at `path` moved one place by `by` (−1 up, +1 down). */
export function moveAt(text: string, value: unknown, path: JsonPath, index: number, by: -1 | 1): string {
  let list: unknown = value;
  for (const key of path) list = child(list, key);
  const items = asList(list);
  const other = index + by;
  if (index < 0 || other < 0 || index >= items.length || other >= items.length) return text;
  return setAt(setAt(text, [...path, index], items[other]), [...path, other], items[index]);
}
