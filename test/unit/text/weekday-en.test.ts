import { describe, expect, it } from 'vitest';
import { EN_WEEKDAYS, isEnWeekday } from '../../../lib/text/weekday-en';

describe('weekday-en: the one list of English weekday names', () => {
  it('names the seven days as Intl does, lower case, Monday first (ISO 1–7)', () => {
    const format = new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    const fromIntl = Array.from({ length: 7 }, (_, i) =>
      format.format(Date.UTC(2024, 0, 1 + i)).toLowerCase(),
    );
    expect([...EN_WEEKDAYS]).toEqual(fromIntl);
  });

  it('tells a weekday from other words as a folded reader sees them', () => {
    expect(isEnWeekday('friday')).toBe(true);
    expect(isEnWeekday('sunday')).toBe(true);
    expect(isEnWeekday('Friday')).toBe(false);
    expect(isEnWeekday('fri')).toBe(false);
    expect(isEnWeekday('weekend')).toBe(false);
  });
});
