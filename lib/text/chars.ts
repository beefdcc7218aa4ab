/**
 * The one test of a digit and of a space between a number's groups (code review: the masking
 * readers wrote isDigit / isSpace three times, one of them without the tab). Char-code tests on
 * one UTF-16 unit: the masking runs them on every unit of every note. Text is folded first, so a
 * full-width digit is already ASCII here.
 */

/** One ASCII digit, 0–9. */
export function isAsciiDigit(char: string | undefined): boolean {
  if (char?.length !== 1) return false;
  const c = char.charCodeAt(0);
  return c >= 0x30 && c <= 0x39;
}

/** A space or a tab, as typed between a number's groups ("4532 1234", "4532\t1234"). */
export function isGroupSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}
