/**
 * List edits the Studio's forms share (issue 17 item 1): ids in use, moving an item, copying one.
 * Each writes through `edit.ts`, so only the touched items change in the lead's text.
 */
import { asList, asText, child, type Edited, inTurn, type JsonPath, setAt } from './edit';

/** The `id`s of the items of a list in a half-valid draft. */
export function idsOf(list: unknown): Set<string> {
  return new Set(
    asList(list)
      .map((item) => asText(child(item, 'id')))
      .filter(Boolean),
  );
}

/** The text with item `from` of the array at `path` swapped with its neighbour `to`. */
export function moveItem(
  text: string,
  path: JsonPath,
  items: readonly unknown[],
  from: number,
  to: number,
): Edited {
  if (to < 0 || to >= items.length || from === to) return text;
  return inTurn(text, [
    (t) => setAt(t, [...path, from], items[to]),
    (t) => setAt(t, [...path, to], items[from]),
  ]);
}

/** The strings of a list in a half-valid draft (a one-per-line field's value). */
export function stringsOf(list: unknown): string[] {
  return asList(list).filter((s): s is string => typeof s === 'string');
}
