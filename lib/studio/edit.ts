/**
 * Form edits written back into the draft's text (issue 17 item 3) with `jsonc-parser`'s `modify`,
 * so only the edited value changes and the lead's layout, order and other lines stay as written.
 */
import { applyEdits, modify, parse } from 'jsonc-parser';

export type JsonPath = (string | number)[];

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** The text with the value at `path` replaced (undefined removes it). */
export function setAt(text: string, path: JsonPath, value: unknown): string {
  return applyEdits(text, modify(text, path, value, FORMAT));
}

/** The text with `value` appended to the array at `path`. */
export function appendAt(text: string, path: JsonPath, value: unknown): string {
  return applyEdits(text, modify(text, [...path, -1], value, { ...FORMAT, isArrayInsertion: true }));
}

/** The text with the array item at `path` removed. */
export function removeAt(text: string, path: JsonPath): string {
  return applyEdits(text, modify(text, path, undefined, FORMAT));
}

/** The value of the whole draft, tolerant of a half-typed text (undefined when nothing parses). */
export function readDraft(text: string): unknown {
  return parse(text, [], { allowTrailingComma: false, disallowComments: true });
}

/** A property of a half-valid draft value, when it is an object or array. */
export function child(value: unknown, key: string | number): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value as Record<string | number, unknown>)[key];
}

export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A one-per-line field's lines: blank lines are dropped, so a trailing Enter writes nothing. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
