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

/** A decimal literal as digits × 10^exponent, without leading or trailing zeros: `3.0` = `3e0`. */
function decimalForm(literal: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(literal);
  if (!m) return literal;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = m;
  let digits = `${whole}${fraction}`.replace(/^0+/, '');
  if (digits === '') return '0';
  let power = Number(exponent) - fraction.length;
  // A loop, not /0+$/: that regex is quadratic on a long run of zeros followed by a digit.
  let end = digits.length;
  while (digits.charCodeAt(end - 1) === 0x30) end--;
  power += digits.length - end;
  digits = digits.slice(0, end);
  return `${sign}${digits}e${power}`;
}

const MAX_NUMBER_LITERAL = 40;

/**
 * The first number literal that JSON readers take as another number (red team 13): `version`
 * 2.99999999999999999 is read as 3, 9007199254740993 as …992, 1e400 as Infinity, 1e-400 as 0. What
 * a reviewer reads must be what agents get, as with duplicate keys. Linear; strings are skipped.
 */
export function impreciseNumberAt(
  text: string,
): { position: number; literal: string; read: number | undefined } | undefined {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string: to the next quote not escaped by an odd run of backslashes.
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) continue;
      const literal = text.slice(i, NUMBER.lastIndex);
      // No pack needs a 40-character number; converting a huge one costs more than linear time.
      if (literal.length > MAX_NUMBER_LITERAL) return { position: i, literal, read: undefined };
      const read = Number(literal);
      if (decimalForm(literal) !== decimalForm(String(read).replace('Infinity', 'x')))
        return { position: i, literal, read };
      i = NUMBER.lastIndex - 1;
    }
  }
  return undefined;
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
