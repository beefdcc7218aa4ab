/** The one Intl formatter cache (code review 2026-11 item 7): one formatter per locale and options. */
import { dateTimeFormat, numberFormat } from '@/lib/i18n/intl-cache';

describe('intl-cache', () => {
  it('hands back the same formatter for the same locale and options', () => {
    const money = numberFormat('zh-CN', { style: 'currency', currency: 'CNY' });
    expect(numberFormat('zh-CN', { style: 'currency', currency: 'CNY' })).toBe(money);
    expect(money.format(1234.5)).toBe('¥1,234.50');
    const clock = dateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' });
    expect(dateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', hour: '2-digit', hourCycle: 'h23' })).toBe(
      clock,
    );
  });

  it('never shares a formatter across locales or options', () => {
    const cny = numberFormat('zh-CN', { style: 'currency', currency: 'CNY' });
    expect(numberFormat('en-US', { style: 'currency', currency: 'CNY' })).not.toBe(cny);
    expect(numberFormat('zh-CN', { style: 'currency', currency: 'USD' }).format(1)).toBe('US$1.00');
    const shanghai = dateTimeFormat('en-US', {
      timeZone: 'Asia/Shanghai',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    const newYork = dateTimeFormat('en-US', {
      timeZone: 'America/New_York',
      hour: '2-digit',
      hourCycle: 'h23',
    });
    expect(newYork).not.toBe(shanghai);
    const noon = Date.UTC(2026, 5, 15, 4); // 12:00 in Shanghai, 00:00 in New York (EDT)
    expect([shanghai.format(noon), newYork.format(noon)]).toEqual(['12', '00']);
  });

  it('refuses an unknown time zone as Intl does, and caches nothing for it', () => {
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
