import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/crm/parse-value';
import { parseMoneyText } from '../../../lib/plan/money-input';
import { foldForNumbers, readAmount } from '../../../lib/text/amount';
import { foldText } from '../../../lib/text/fold';

describe('foldForNumbers: the one folding every number reader reads', () => {
  it.each([
    ['\u221212.30', '-12.30'],
    ['\u201212', '-12'],
    ['\u20133 天', '-3 天'],
    ['－１２，３４５．６７', '-12,345.67'],
    ['2026\u20139\u201315', '2026-9-15'],
  ])('%j → %j', (input, expected) => {
    expect(foldForNumbers(input)).toBe(expected);
  });

  it('is the one folding plus the minus dashes, nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const folded = foldForNumbers(s);
        return (
          folded.length === foldText(s).length && folded === foldText(s).replace(/[\u2212\u2012\u2013]/g, '-')
        );
      }),
    );
  });
});

describe('readAmount reads through foldForNumbers', () => {
  it.each(['\u2212', '\u2012', '\u2013', '-', '－'])('a leading %j is a minus', (dash) => {
    expect(readAmount(`${dash}¥1,234.50`)).toEqual({
      negative: true,
      whole: '1234',
      fraction: '50',
      shift: 0,
    });
  });

  it('refuses a dash anywhere but in front, and a minus inside brackets', () => {
    expect(readAmount('12\u221230')).toBeNull();
    expect(readAmount('(\u221212.30)')).toBeNull();
  });

  it('reads a text exactly as it reads its folded form (no second folding of its own)', () => {
    const parts = [
      '\u2212',
      '\u2013',
      '-',
      '+',
      '(',
      ')',
      '1',
      '０',
      ',',
      '，',
      '.',
      '．',
      '万',
      '¥',
      ' ',
      '\u200b',
    ];
    const written = fc.array(fc.constantFrom(...parts), { maxLength: 10 }).map((a) => a.join(''));
    fc.assert(
      fc.property(written, (s) => {
        expect(readAmount(s)).toEqual(readAmount(foldForNumbers(s)));
      }),
    );
  });
});

describe('a unit followed by a digit, typed as said (live-call walk 10)', () => {
  it('reads 2万5 as 2.5万, 1千5 as 1.5千 and 3k5 as 3.5k, full width too', () => {
    expect(parseMoneyText('2万5', 'CNY')).toEqual({ ok: true, value: 2_500_000 });
    expect(parseMoneyText('1千5', 'CNY')).toEqual({ ok: true, value: 150_000 });
    expect(parseMoneyText('3k5', 'USD')).toEqual({ ok: true, value: 350_000 });
    expect(parseMoneyText('２万５', 'CNY')).toEqual({ ok: true, value: 2_500_000 });
  });

  it('still refuses two digits after the unit, a decimal before it, and any unit on a CRM amount', () => {
    expect(parseMoneyText('2万50', 'CNY').ok).toBe(false);
    expect(parseMoneyText('2.5万5', 'CNY').ok).toBe(false);
    expect(parseMoney('2万5')).toBeNull();
  });
});
