/**
 * Where a finding is in the draft's text (issue 17 item 8): a pack error names a readable JSON path
 * (`scripts[0].stages[2].lines[1].text`, lib/pack/errors.ts `formatPath`); this maps it back to the
 * characters of that value so "go to" can put the caret there. A path whose end is missing (an
 * absent required field) lands on the nearest part that exists.
 */
import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser';
import { lineAndColumn, locateJsonError } from '../pack/parse';

export interface SourceSpan {
  offset: number;
  length: number;
  /** False when only an ancestor of the path was found (the value itself is missing). */
  exact: boolean;
}

type Segment = string | number;

/** The inverse of `formatPath`; undefined for text that is not such a path. `(root)` is []. */
export function parsePath(path: string): Segment[] | undefined {
  if (path === '(root)') return [];
  const segments: Segment[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '.') {
      if (segments.length === 0) return undefined;
      i++;
    }
    if (path[i] === '[') {
      const end = path.indexOf(']', i);
      if (end < 0) return undefined;
      const inside = path.slice(i + 1, end);
      if (/^\d+$/.test(inside)) {
        segments.push(Number(inside));
        i = end + 1;
        continue;
      }
      // A quoted key: JSON string syntax, so find its closing quote before the bracket.
      const close = quotedEnd(path, i + 1);
      if (close < 0 || path[close + 1] !== ']') return undefined;
      try {
        segments.push(JSON.parse(path.slice(i + 1, close + 1)) as string);
      } catch {
        return undefined;
      }
      i = close + 2;
      continue;
    }
    const match = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(path.slice(i));
    if (!match) return undefined;
    segments.push(match[0]);
    i += match[0].length;
  }
  return segments;
}

function quotedEnd(text: string, start: number): number {
  if (text[start] !== '"') return -1;
  for (let j = start + 1; j < text.length; j++) {
    if (text[j] === '\\') j++;
    else if (text[j] === '"') return j;
  }
  return -1;
}

/** The span of the value at `path` (or its nearest existing ancestor); undefined if the text has no JSON tree. */
export function spanOfPath(text: string, path: string): SourceSpan | undefined {
  return spansIn(text)(path);
}

/**
 * Spans of many paths in one text: its tree is built once, on the first path asked (perf 12: a
 * check built it again for every finding, a parse of the whole pack each).
 */
export function spansIn(text: string): (path: string) => SourceSpan | undefined {
  let root: Node | undefined | null = null;
  return (path) => {
    if (root === null) root = parseTree(text);
    return root ? spanAt(root, path) : undefined;
  };
}

function spanAt(root: Node, path: string): SourceSpan {
  const segments = parsePath(path) ?? [];
  for (let keep = segments.length; keep >= 0; keep--) {
    const node = findNodeAtLocation(root, segments.slice(0, keep));
    if (node) return { ...spanOf(node), exact: keep === segments.length };
  }
  return { offset: root.offset, length: root.length, exact: false };
}

/** A property's value is reported from its key, so the caret lands on the name the lead reads. */
function spanOf(node: Node): { offset: number; length: number } {
  const property = node.parent?.type === 'property' ? node.parent : undefined;
  if (property) return { offset: property.offset, length: property.length };
  return { offset: node.offset, length: node.length };
}

/** The first JSON syntax error's position, from the same scanner the pack parser uses. */
export function syntaxErrorOffset(text: string): number | undefined {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // The Studio asks on every keystroke: the native parser says "no error" in a few ms where the
  // scanner, written to say where, takes tens of ms on a 100 KB pack.
  try {
    JSON.parse(body);
    return undefined;
  } catch {}
  const found = locateJsonError(body);
  if (!found) return undefined;
  return found.position + (body === text ? 0 : 1);
}

/** Line and column of an offset: the pack parser's own function, so findings and parse errors agree. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const { line, column } = lineAndColumn(text, offset);
  return { line, column };
}

/**
 * The characters a finding marks: its span cut at the end of its first line, so a finding on a
 * whole object underlines (and "go to" selects) its key, not a screen of text. Clamped to the text.
 */
export function spanRange(text: string, span: SourceSpan): { from: number; to: number } {
  const from = Math.min(Math.max(span.offset, 0), text.length);
  const lineEnd = text.indexOf('\n', from);
  const to = Math.min(from + span.length, lineEnd < 0 ? text.length : lineEnd);
  return { from, to: Math.max(to, from) };
}
