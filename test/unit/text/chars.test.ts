import { isAsciiDigit, isGroupSpace } from '@/lib/text/chars';

describe('the one digit and group-space test', () => {
  it('reads one ASCII digit, nothing else', () => {
    for (const digit of '0123456789') expect(isAsciiDigit(digit)).toBe(true);
    for (const other of ['', '12', '١', '３', '七', 'a', '/', ':', undefined])
      expect(isAsciiDigit(other), String(other)).toBe(false);
  });

  it('reads a space or a tab as the space between groups, not a line break', () => {
    expect(isGroupSpace(' ')).toBe(true);
    expect(isGroupSpace('\t')).toBe(true);
    for (const other of ['\n', '', '  ', '\u3000', '-', undefined]) expect(isGroupSpace(other)).toBe(false);
  });
});
