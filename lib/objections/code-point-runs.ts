/**
 * Ascending code points written as ASCII (concept-typed-data.ts): each the gap from the one before
 * as base-32 digits, the last digit of a gap from one alphabet, the others from a second, so no
 * separator is needed. The build writes non-ASCII as \u escapes: the 17,935 characters of the
 * IME-slip table as themselves were 47.5 KB gzip in the search chunk, as gaps 25 KB (issue 11).
 */
const LAST = 'abcdefghijklmnopqrstuvwxyzABCDEF';
const MORE = 'GHIJKLMNOPQRSTUVWXYZ0123456789+/';

/** `codePoints` ascending, as a string of gaps. */
export function encodeCodePoints(codePoints: readonly number[]): string {
  let out = '';
  let previous = 0;
  for (const code of codePoints) {
    let gap = code - previous;
    previous = code;
    let digits = LAST[gap % 32] as string;
    gap = Math.floor(gap / 32);
    while (gap > 0) {
      digits = (MORE[gap % 32] as string) + digits;
      gap = Math.floor(gap / 32);
    }
    out += digits;
  }
  return out;
}

/** Per ASCII code: a last digit's value, or 32 + a further digit's (read when the search loads). */
const DIGIT = new Uint8Array(128);
for (let d = 0; d < 32; d++) {
  DIGIT[LAST.charCodeAt(d)] = d;
  DIGIT[MORE.charCodeAt(d)] = 32 + d;
}

/** Calls `each` with every code point of an encodeCodePoints string, ascending. */
export function forEachCodePoint(encoded: string, each: (code: number) => void): void {
  let previous = 0;
  let gap = 0;
  for (let i = 0; i < encoded.length; i++) {
    const digit = DIGIT[encoded.charCodeAt(i) & 127] as number;
    if (digit >= 32) {
      gap = gap * 32 + digit - 32;
      continue;
    }
    previous += gap * 32 + digit;
    gap = 0;
    each(previous);
  }
}
