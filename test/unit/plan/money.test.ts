import {
  applyRate,
  formatMoney,
  formatRate,
  MAX_MINOR,
  minorDigits,
  roundHalfUp,
  roundRate,
  toMajorString,
} from '../../../lib/plan/money';

describe('applyRate: amount × rate rounded half-up to the minor unit, exactly', () => {
  it('¥10,000 at 0.6 % is ¥60.00', () => {
    expect(applyRate(1_000_000, 0.006)).toBe(6_000);
  });

  it('rounds an exact half up', () => {
    expect(applyRate(100, 0.005)).toBe(1); // 0.5 fen → 1
    expect(applyRate(3, 0.5)).toBe(2); // 1.5 → 2
    expect(applyRate(12_345, 0.0055)).toBe(68); // 67.8975 → 68
    expect(applyRate(5_000_000, 1e-7)).toBe(1); // 0.5 with a rate in exponent notation
  });

  it('rounds just below a half down', () => {
    expect(applyRate(100, 0.0049)).toBe(0); // 0.49
    expect(applyRate(12_345, 0.00404)).toBe(50); // 49.8738
  });

  it('is exact where floats are not: 100 × 0.285 is 28.5, not 28.4999…', () => {
    expect(100 * 0.285).toBeLessThan(28.5); // the float trap this module avoids
    expect(applyRate(100, 0.285)).toBe(29);
    expect(applyRate(1_000, 0.0065)).toBe(7); // 6.5 → 7
  });

  it('divides exactly for a monthly rate from an APR (APR / 12)', () => {
    expect(applyRate(50, 0.12, 12)).toBe(1); // 0.5
    expect(applyRate(49, 0.12, 12)).toBe(0); // 0.49
    expect(applyRate(66_998, 0.12, 12)).toBe(670); // 669.98
    expect(applyRate(100_000, 0.1999, 12)).toBe(1_666); // 1665.8333…
  });

  it('handles the largest balance without losing a unit', () => {
    expect(applyRate(MAX_MINOR, 0.0055)).toBe(5_500_000_000);
    expect(applyRate(MAX_MINOR - 1, 0.0055)).toBe(5_500_000_000); // 5_499_999_999.9945 → up
  });

  it('refuses a negative rate and a non-integer amount', () => {
    expect(() => applyRate(100, -0.1)).toThrow(RangeError);
    expect(() => applyRate(10.5, 0.1)).toThrow(RangeError);
    expect(() => applyRate(100, Number.NaN)).toThrow(RangeError);
  });
});

describe('roundHalfUp', () => {
  it('rounds halves away from zero and never rounds 0.49999999999999994 up', () => {
    expect(roundHalfUp(2.5)).toBe(3);
    expect(roundHalfUp(2.4999)).toBe(2);
    expect(roundHalfUp(-2.5)).toBe(-3);
    expect(roundHalfUp(0.49999999999999994)).toBe(0);
    expect(Object.is(roundHalfUp(-0.2), 0)).toBe(true);
  });

  it('roundRate keeps six places', () => {
    expect(roundRate(0.1302345678)).toBe(0.130235);
    expect(roundRate(0.1234565)).toBe(0.123457);
  });
});

describe('formatting money and rates', () => {
  it('formats minor units in the currency and locale', () => {
    expect(formatMoney(123_456, 'CNY', 'zh-CN')).toBe('¥1,234.56');
    expect(formatMoney(123_456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(5, 'USD', 'en-US')).toBe('$0.05');
    expect(formatMoney(-5, 'USD', 'en-US')).toBe('-$0.05');
    expect(formatMoney(1_234, 'JPY', 'en-US')).toBe('¥1,234');
  });

  it('formats the largest balance exactly (no float division)', () => {
    expect(formatMoney(MAX_MINOR - 1, 'CNY', 'zh-CN')).toBe('¥9,999,999,999.99');
  });

  it('knows each currency’s minor digits', () => {
    expect(minorDigits('CNY')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(toMajorString(7, 'CNY')).toBe('0.07');
    expect(toMajorString(89_337, 'CNY')).toBe('893.37');
    expect(toMajorString(1_234, 'JPY')).toBe('1234');
  });

  it('formats rates as percentages', () => {
    expect(formatRate(0.006, 'zh-CN')).toBe('0.6%');
    expect(formatRate(0.0055, 'en-US')).toBe('0.55%');
    expect(formatRate(0.130312, 'en-US', { min: 2, max: 2 })).toBe('13.03%');
  });
});
