/**
 * Form edits written back into the draft's text (issue 17 item 3) with `jsonc-parser`'s `modify`,
 * so only the edited value changes and the lead's layout, order and other lines stay as written.
 */
import { applyEdits, type ModificationOptions, modify, parse } from 'jsonc-parser';
import { formatPath } from '../pack/errors';
import { syntaxErrorOffset } from './source-map';

export type JsonPath = (string | number)[];

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/**
 * A form edit the draft cannot take: the part it writes into holds a value of another type (a
 * pack someone else wrote, `"objections": {…}` or `"triggers": "…"`). `at` is that part's path
 * (lib/pack/errors.ts `formatPath`), `needs` what the form needs there.
 */
export interface RefusedEdit {
  at: string;
  needs: 'list' | 'object';
}

/**
 * What a form edit gives: the new text, or the refusal the Studio says (walk 10: the form threw
 * inside its event handler and the lead's change vanished without a word). Returned, not told to a
 * listener, so nothing is shared between two Studios or tests.
 */
export type Edited = string | RefusedEdit;

export function isRefused(edited: Edited): edited is RefusedEdit {
  return typeof edited !== 'string';
}

/** Edits made one after the other on the text the last one gave; the first refusal stops them. */
export function inTurn(text: string, steps: readonly ((text: string) => Edited)[]): Edited {
  let out: Edited = text;
  for (const step of steps) {
    if (isRefused(out)) return out;
    out = step(out);
  }
  return out;
}

/** The first part of `path` whose value in the draft cannot hold the next step of the path. */
export function blockingPart(value: unknown, path: JsonPath): RefusedEdit | undefined {
  let node = value;
  for (let i = 0; i < path.length; i++) {
    if (node === undefined) return undefined;
    const step = path[i];
    const needs = typeof step === 'number' ? 'list' : 'object';
    const fits =
      needs === 'list'
        ? Array.isArray(node)
        : typeof node === 'object' && node !== null && !Array.isArray(node);
    if (!fits) return { at: formatPath(path.slice(0, i)), needs };
    node = child(node, step as string | number);
  }
  return undefined;
}

/**
 * A value this long is laid out here, not by jsonc's formatter: that one applies each of its
 * layout edits to the whole text in turn, so a 2,000-trigger list took 2 s of string copying (and
 * 3 s of garbage collection) per keystroke in a 150 KB pack (walk 10).
 */
const LAID_OUT_HERE = 2_000;

/** A whole value replaced in place, pretty-printed at the indentation of the line it starts on. */
function replacedInPlace(text: string, path: JsonPath, value: unknown): string | undefined {
  const json = JSON.stringify(value);
  if (value === undefined || json.length < LAID_OUT_HERE) return undefined;
  const edits = modify(text, path, value, {});
  const [edit] = edits;
  if (edits.length !== 1 || !edit || edit.content !== json) return undefined;
  const lineStart = text.lastIndexOf('\n', edit.offset - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, edit.offset))?.[0] ?? '';
  const content = JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
  return text.slice(0, edit.offset) + content + text.slice(edit.offset + edit.length);
}

/** The text with one `modify`, or the refusal when the draft's shape cannot take it. */
function edited(text: string, path: JsonPath, value: unknown, options: ModificationOptions): Edited {
  try {
    if (!options.isArrayInsertion) {
      const fast = replacedInPlace(text, path, value);
      if (fast !== undefined) return fast;
    }
    return applyEdits(text, modify(text, path, value, options));
  } catch (error) {
    const refused = blockingPart(readDraft(text), path);
    if (!refused) throw error;
    return refused;
  }
}

/** The text with the value at `path` replaced (undefined removes it). */
export function setAt(text: string, path: JsonPath, value: unknown): Edited {
  return edited(text, path, value, FORMAT);
}

/** The text with `value` appended to the array at `path`. */
export function appendAt(text: string, path: JsonPath, value: unknown): Edited {
  return edited(text, [...path, -1], value, { ...FORMAT, isArrayInsertion: true });
}

/** The text with the array item at `path` removed. */
export function removeAt(text: string, path: JsonPath): Edited {
  return edited(text, path, undefined, FORMAT);
}

/** The value of the whole draft, tolerant of a half-typed text (undefined when nothing parses). */
export function readDraft(text: string): unknown {
  return parse(text, [], { allowTrailingComma: false, disallowComments: true });
}

export interface DraftReading {
  /** The draft's value as the forms read it (readDraft). */
  value: unknown;
  /** Where the first JSON syntax error is, undefined when the text is JSON. */
  syntaxAt: number | undefined;
}

/**
 * The draft read once per keystroke for the forms and for its syntax (perf 12: it was read twice,
 * once by jsonc's tolerant parser, which takes ~15× the native parser on a 150 KB pack). Text that
 * is JSON is read natively; only a broken text needs the tolerant read and the error's place.
 */
export function readDraftText(text: string): DraftReading {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body), syntaxAt: undefined };
  } catch {
    return { value: readDraft(text), syntaxAt: syntaxErrorOffset(text) };
  }
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
