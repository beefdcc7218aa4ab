/**
 * The first due date as an agent types it (lib/plan/typed-date.ts): read from today, 2026-12-03, a
 * Thursday, in the pack's locale.
 */
import fc from 'fast-check';
import { addDays, daysBetween } from '@/lib/plan/dates';
import { monthFirst, readTypedDate } from '@/lib/plan/typed-date';

const TODAY = '2026-12-03';
const read = (text: string, locale = 'zh-CN') => {
  const r = readTypedDate(text, TODAY, locale);
  return r.ok ? r.value : r.problem;
};

describe('readTypedDate', () => {
  it.each([
    ['2026-12-15', '2026-12-15'],
    ['2026/12/15', '2026-12-15'],
    ['2026.1.5', '2026-01-05'],
    ['2026年12月15日', '2026-12-15'],
    ['２０２６年１２月１５日', '2026-12-15'],
    ['12月15号', '2026-12-15'],
    ['十二月十五日', '2026-12-15'],
    ['12月2日', '2027-12-02'],
    ['15号', '2026-12-15'],
    ['3号', '2026-12-03'],
    ['2号', '2027-01-02'],
    ['十五号', '2026-12-15'],
    ['二十一日', '2026-12-21'],
    ['下个月15号', '2027-01-15'],
    ['下月5号', '2027-01-05'],
    ['本月31号', '2026-12-31'],
    ['明天', '2026-12-04'],
    ['后天', '2026-12-05'],
    ['今天', '2026-12-03'],
    ['周五', '2026-12-04'],
    ['星期四', '2026-12-03'],
    ['下周五', '2026-12-11'],
    ['下个星期一', '2026-12-07'],
    ['礼拜天', '2026-12-06'],
  ])('reads %j (zh) as %s', (text, date) => {
    expect(read(text)).toBe(date);
  });

  it.each([
    ['Dec 15', 'en-US', '2026-12-15'],
    ['December 15th', 'en-US', '2026-12-15'],
    ['on the 15th', 'en-US', '2026-12-15'],
    ['the 2nd', 'en-US', '2027-01-02'],
    ['the 15th of December', 'en-GB', '2026-12-15'],
    ['15 Dec', 'en-GB', '2026-12-15'],
    ['Jan 5, 2027', 'en-US', '2027-01-05'],
    ['tomorrow', 'en-US', '2026-12-04'],
    ['Friday', 'en-US', '2026-12-04'],
    ['next friday', 'en-US', '2026-12-11'],
    ['12/15', 'en-US', '2026-12-15'],
    ['1/2/2027', 'en-US', '2027-01-02'],
    ['1/2/2027', 'en-GB', '2027-02-01'],
    ['15/12', 'en-AU', '2026-12-15'],
  ])('reads %j (%s) as %s', (text, locale, date) => {
    expect(read(text, locale)).toBe(date);
  });

  it('refuses what is not a date, and a day no calendar has, never moving it', () => {
    for (const text of ['foo', '15', '下下周', 'Mayo 3', '12/15/26', 'next month'])
      expect(read(text, 'en-US')).toBe('format');
    for (const text of ['2月30日', '2026-02-30', '11月31号', '本月32号'])
      expect(read(text)).toBe('noSuchDate');
    expect(read('31/11/2026', 'en-GB')).toBe('noSuchDate');
  });

  it('says whether the text was already yyyy-mm-dd (then nothing needs saying back) and leaves blank blank', () => {
    expect(readTypedDate('2026-12-15', TODAY, 'zh-CN')).toEqual({
      ok: true,
      value: '2026-12-15',
      written: 'iso',
    });
    expect(readTypedDate('12月15日', TODAY, 'zh-CN')).toEqual({
      ok: true,
      value: '2026-12-15',
      written: 'other',
    });
    expect(readTypedDate(' \u3000', TODAY, 'zh-CN')).toEqual({ ok: true, value: undefined, written: 'iso' });
  });

  it('orders month and day by the locale, not by the text', () => {
    expect([monthFirst('zh-CN'), monthFirst('en-US'), monthFirst('en-GB'), monthFirst('en-SG')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('reads a month and day, or a day, as the next such date: never before today, within a year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (shift, month, day) => {
          const today = addDays('2024-01-01', shift);
          for (const text of [`${month}月${day}日`, `${day}号`]) {
            const r = readTypedDate(text, today, 'zh-CN');
            if (!r.ok) {
              expect(r.problem).toBe('noSuchDate');
              continue;
            }
            const value = r.value as string;
            expect(daysBetween(today, value)).toBeGreaterThanOrEqual(0);
            // 29 February waits for a leap year; any other date comes within a year.
            if (!(month === 2 && day === 29)) expect(daysBetween(today, value)).toBeLessThan(366);
            expect(Number(value.slice(8))).toBe(day);
          }
        },
      ),
    );
  });

  it('reads any yyyy-mm-dd as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), (shift) => {
        const date = addDays('1990-01-01', shift);
        expect(readTypedDate(date, TODAY, 'en-US')).toEqual({ ok: true, value: date, written: 'iso' });
      }),
    );
  });
});
