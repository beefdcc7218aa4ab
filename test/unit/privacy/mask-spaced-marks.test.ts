/**
 * Red team 11: a phone, card or ID written with a mark and a space on each side between its groups
 * (138 - 0013 - 8000, 4111 / 1111 …, 310101 · 19900101 · 0020, en and em dashes, middle dots) was
 * stored whole. Dates, times, ranges and plan figures written the same way stay as typed.
 */

import { maskPersonalNumbers } from '@/lib/privacy/mask';

describe('marks typed with spaces between digit groups (red team 11)', () => {
  it.each([
    ['手机 138 - 0013 - 8000', '手机 *** - **** - 8000', 'phone'],
    ['+86 138 - 0013 - 8000', '+** *** - **** - 8000', 'phone'],
    ['0086 - 138 - 0013 - 8000', '**** - *** - **** - 8000', 'phone'],
    ['(021) - 5555 - 1234', '(***) - **** - 1234', 'phone'],
    ['电话 021 / 5555 / 1234', '电话 *** / **** / 1234', 'phone'],
    ['138 – 0013 – 8000', '*** – **** – 8000', 'phone'],
    ['138 · 0013 · 8000', '*** · **** · 8000', 'phone'],
    ['138 . 0013 . 8000', '*** . **** . 8000', 'phone'],
    ['cell 415 - 555 - 0134', 'cell *** - *** - 0134', 'phone'],
    ['+1 415 – 555 – 0134', '+* *** – *** – 0134', 'phone'],
    ['4111 - 1111 - 1111 - 1111', '4111 - 11** - **** - 1111', 'card'],
    ['4111 . 1111 . 1111 . 1111', '4111 . 11** . **** . 1111', 'card'],
    ['4111 · 1111 · 1111 · 1111', '4111 · 11** · **** · 1111', 'card'],
    ['310101 · 19900101 · 0020', '310*** · ******** · **20', 'idCard'],
    ['310101 — 19900101 — 0020', '310*** — ******** — **20', 'idCard'],
  ])('masks %j', (text, masked, kind) => {
    const result = maskPersonalNumbers(text);
    expect(result.text).toBe(masked);
    expect(result.masked).toEqual([{ kind, count: 1 }]);
  });

  it.each([
    '2024 - 03 - 05',
    '2024 — 03 — 05 还款',
    '2024 · 03 · 05 还 3000 - 5000',
    '3000 - 5000 元',
    '3000–5000元',
    '10:00 - 12:00',
    '09:00 · 12:00 · 18:00',
    '每期 2500 - 2500 - 2500',
    '方案 1000 - 2000 - 3000 - 4000',
    '还款 1380 - 2000 - 3000',
    '250 - 300 - 1000',
    '150 - 2000 - 3000',
    '还 138 - 2000 - 3000',
    'paid 250 - 355 - 1234',
    '12 - 24 - 36 期',
    '2026 - 0315 - 1200',
  ])('keeps %j as typed', (text) => {
    expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
  });
});
