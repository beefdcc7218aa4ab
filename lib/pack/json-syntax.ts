/**
 * Reading a pack's text before and instead of JSON.parse: its UTF-8 size, how deep its brackets
 * nest, line and column of an offset, and where (and why) it stops being JSON. Linear scans with
 * no recursion, so a hostile text costs one pass (issue 14 item 7).
 */
import type { LocalizedText } from '../i18n/text';
import { jsonProblemText } from './preflight-text';

/**
 * How big an over-limit text is, undefined when it is within the limit. A UTF-16 unit takes one to
 * three UTF-8 bytes, so a text longer than the limit is over without counting (its length is a
 * lower bound), and only texts between a third of the limit and the limit are counted.
 */
export function oversize(text: string, limit: number): { bytes: number; atLeast: boolean } | undefined {
  if (text.length > limit) return { bytes: text.length, atLeast: true };
  if (text.length * 3 <= limit) return undefined;
  const bytes = utf8Length(text);
  return bytes > limit ? { bytes, atLeast: false } : undefined;
}

/** Byte length of a text in UTF-8, without allocating it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte code point
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Offset of the first bracket that nests deeper than `limit`, or -1; strings are skipped. */
export function depthExceededAt(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > limit) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}

/** 1-based line and column of a code-unit offset: the parser's errors and the Studio's findings. */
export function lineAndColumn(
  text: string,
  position: number,
): { line: number; column: number; position: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1, position };
}

type Expect = keyof typeof jsonProblemText.expected;
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Engines word JSON.parse errors differently (V8 often gives no position), so we find the first
 * bad character ourselves with a small iterative scanner and say what was expected there.
 */
export function locateJsonError(text: string): { position: number; problem: LocalizedText } | undefined {
  const stack: ('{' | '[')[] = [];
  let state: Expect = 'value';
  let i = 0;
  const fail = (position: number, problem: LocalizedText) => ({ position, problem });
  const afterValue = (): Expect => {
    const top = stack[stack.length - 1];
    return top === undefined ? 'end' : top === '{' ? 'commaOrObjectEnd' : 'commaOrArrayEnd';
  };
  /** Returns the offset after the closing quote, or a problem. */
  const scanString = (start: number): number | { position: number; problem: LocalizedText } => {
    let j = start + 1;
    while (j < text.length) {
      const c = text[j] as string;
      if (c === '"') return j + 1;
      if (c.charCodeAt(0) < 0x20) return fail(j, jsonProblemText.controlCharacter());
      if (c === '\\') {
        const next = text[j + 1];
        if (next === undefined) break;
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6)))
            return fail(j, jsonProblemText.badEscape('u'));
          j += 6;
          continue;
        }
        if (!ESCAPES.has(next)) return fail(j, jsonProblemText.badEscape(next));
        j += 2;
        continue;
      }
      j++;
    }
    return fail(start, jsonProblemText.unterminatedString());
  };

  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    if (i >= text.length) {
      return state === 'end'
        ? undefined
        : fail(text.length, jsonProblemText.unexpectedEnd(jsonProblemText.expected[state]));
    }
    const c = text[i] as string;
    const unexpected = () => fail(i, jsonProblemText.unexpected(c, jsonProblemText.expected[state]));
    switch (state) {
      case 'end':
        return unexpected();
      case 'colon':
        if (c !== ':') return unexpected();
        i++;
        state = 'value';
        break;
      case 'commaOrObjectEnd':
      case 'commaOrArrayEnd':
        if (c === ',') {
          i++;
          state = state === 'commaOrObjectEnd' ? 'key' : 'value';
        } else if (
          (c === '}' && state === 'commaOrObjectEnd') ||
          (c === ']' && state === 'commaOrArrayEnd')
        ) {
          i++;
          stack.pop();
          state = afterValue();
        } else return unexpected();
        break;
      case 'key':
      case 'keyOrEnd': {
        if (c === '}' && state === 'keyOrEnd') {
          i++;
          stack.pop();
          state = afterValue();
          break;
        }
        if (c !== '"') return unexpected();
        const end = scanString(i);
        if (typeof end !== 'number') return end;
        i = end;
        state = 'colon';
        break;
      }
      case 'value':
      case 'valueOrEnd': {
        if (c === ']' && state === 'valueOrEnd') {
          i++;
          stack.pop();
          state = afterValue();
          break;
        }
        if (c === '{' || c === '[') {
          stack.push(c);
          i++;
          state = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
          break;
        }
        if (c === '"') {
          const end = scanString(i);
          if (typeof end !== 'number') return end;
          i = end;
        } else if (text.startsWith('true', i)) i += 4;
        else if (text.startsWith('false', i)) i += 5;
        else if (text.startsWith('null', i)) i += 4;
        else {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) return unexpected();
          i = NUMBER.lastIndex;
        }
        state = afterValue();
        break;
      }
    }
  }
}
