import {
  addMonthsClamped,
  daysBetween,
  daysInMonth,
  formatDate,
  isIsoDate,
  monthlyDates,
  parseIsoDate,
} from '../../../lib/plan/dates';

describe('ISO dates', () => {
  it('accepts dates that exist, leap days included', () => {
    expect(parseIsoDate('2026-03-15')).toEqual({ year: 2026, month: 3, day: 15 });
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('refuses dates that do not exist or are not yyyy-mm-dd', () => {
    for (const text of [
      '2026-02-29',
      '1900-02-29',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-1-5',
      '15/03/2026',
      '',
      '2026-03-15T00:00',
    ]) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });

  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2028, 2)).toBe(29);
  });
});

describe('monthly dates: same day of month, clamped to month end, anchored on the original day', () => {
  it('31 Jan → 28 Feb → 31 Mar → 30 Apr', () => {
    expect(monthlyDates('2026-01-31', 4)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('31 Jan → 29 Feb in a leap year', () => {
    expect(monthlyDates('2028-01-31', 3)).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
  });

  it('29 Feb anchors on the 29th: 28 Feb in common years, 29th again in 2028', () => {
    expect(addMonthsClamped('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsClamped('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonthsClamped('2024-02-29', 1)).toBe('2024-03-29');
  });

  it('crosses years both ways', () => {
    expect(addMonthsClamped('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonthsClamped('2026-01-15', -1)).toBe('2025-12-15');
    expect(monthlyDates('2026-11-30', 4)).toEqual(['2026-11-30', '2026-12-30', '2027-01-30', '2027-02-28']);
  });

  it('keeps a given day of month when the first date is already clamped', () => {
    expect(monthlyDates('2026-02-28', 3, 31)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
    expect(() => monthlyDates('2026-03-15', 2, 31)).toThrow(RangeError);
  });

  it('refuses a date that does not exist', () => {
    expect(() => monthlyDates('2026-02-30', 2)).toThrow(RangeError);
    expect(() => addMonthsClamped('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('date arithmetic and display', () => {
  it('counts days', () => {
    expect(daysBetween('2026-02-28', '2026-03-01')).toBe(1);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-03-01', '2026-02-01')).toBe(-28);
  });

  it('formats for reading aloud without a time-zone shift', () => {
    expect(formatDate('2026-03-15', 'zh-CN')).toBe('2026年3月15日');
    expect(formatDate('2026-03-15', 'en-US')).toBe('March 15, 2026');
    expect(formatDate('2026-01-01', 'en-US')).toBe('January 1, 2026');
  });
});
