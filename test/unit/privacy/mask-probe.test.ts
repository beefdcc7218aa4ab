import { maskPersonalNumbers } from '../../../lib/privacy/mask';
import { PROBE_NEAR_MISSES, PROBE_POSITIVES } from '../../fixtures/privacy/mask-probe';

/**
 * Reads the digits a person would read in a stored line, written independently of the masker:
 * the zero of each decimal script used in the probe, and the Chinese numerals (lower and 大写).
 */
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10, 0x1d7ce];
const NUMERALS: Record<string, string> = {};
for (const [digit, chars] of [
  ['0', '〇零'],
  ['1', '一壹幺'],
  ['2', '二贰貳'],
  ['3', '三叁參'],
  ['4', '四肆'],
  ['5', '五伍'],
  ['6', '六陆陸'],
  ['7', '七柒'],
  ['8', '八捌'],
  ['9', '九玖'],
] as const)
  for (const char of chars) NUMERALS[char] = digit;

function readable(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const zero = ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero !== undefined) out += String(code - zero);
    else if (NUMERALS[char]) out += NUMERALS[char];
    else if (/[xX]/.test(char)) out += 'X';
    else if (char === '*') out += '*';
  }
  return out;
}

/**
 * Masked means no 7 digits of the number still read in a row (a card keeps its first six and last
 * four, apart), and none of a shorter number (a security code) at all.
 */
function stillReadable(stored: string, number: string): string | undefined {
  const read = readable(stored);
  const length = Math.min(7, number.length);
  for (let at = 0; at + length <= number.length; at += 1) {
    const part = number.slice(at, at + length);
    if (read.includes(part)) return part;
  }
  return undefined;
}

describe('the masking probe (review item 7)', () => {
  it('has at least 80 positives and 60 near-misses', () => {
    expect(PROBE_POSITIVES.length).toBeGreaterThanOrEqual(80);
    expect(PROBE_NEAR_MISSES.length).toBeGreaterThanOrEqual(60);
  });

  it('reads the typed number in every positive (the probe itself is sound)', () => {
    for (const [typed, number] of PROBE_POSITIVES)
      expect(stillReadable(typed, number)).toBe(number.slice(0, Math.min(7, number.length)));
  });

  it.each(PROBE_POSITIVES.map(([typed, number]) => [typed, number] as const))('masks %j', (typed, number) => {
    const { text, masked } = maskPersonalNumbers(typed);
    expect(stillReadable(text, number)).toBeUndefined();
    expect(masked.length).toBeGreaterThan(0);
    // Masking a stored line again changes nothing.
    expect(maskPersonalNumbers(text).text).toBe(text);
  });

  it.each(PROBE_NEAR_MISSES.map((line) => [line] as const))('keeps %j', (line) => {
    expect(maskPersonalNumbers(line)).toEqual({ text: line, masked: [] });
  });
});
