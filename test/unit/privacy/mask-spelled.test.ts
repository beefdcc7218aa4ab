/**
 * Red team 11: numbers read aloud and typed as words were stored whole: English digit words (four
 * five three two …), mixed with digits (6 two 2 two …), 两 for 2 among spelled numerals. Amounts,
 * times, quantities and short counts in words stay as typed.
 */

import { maskPersonalNumbers } from '@/lib/privacy/mask';

describe('numbers spelled in words (red team 11)', () => {
  it.each([
    ['手机 一三八 两两两两 三三三三', '手机 *** **** 3333', 'phone'],
    ['手机幺三八两两两两三三三三', '手机*******3333', 'phone'],
    [
      'card four five three two one two three four five six seven eight nine zero one two',
      'card ************9012',
      'account',
    ],
    [
      'card number four five three two, one two three four, five six seven eight, nine zero one two',
      'card number ****, ****, ****, 9012',
      'account',
    ],
    ['account 6 two 2 two 8 four 0 0 1234 5678', 'account ******** **** 5678', 'account'],
    ['phone one three eight zero zero one three eight zero zero zero', 'phone *******8000', 'phone'],
    ['Phone: One-Three-Eight double zero one three eight triple zero', 'Phone: *******8000', 'phone'],
    [
      'card four five three two one two three four\nfive six seven eight nine zero one two',
      'card ********\n****9012',
      'account',
    ],
    ['acct 4532 1234 five six seven eight 9012', 'acct **** **** **** 9012', 'account'],
  ])('masks %j', (text, masked, kind) => {
    const result = maskPersonalNumbers(text);
    expect(result.text).toBe(masked);
    expect(result.masked).toEqual([{ kind, count: 1 }]);
  });

  it.each([
    'call back in one or two days, two to three weeks at most',
    'she will pay five hundred on the first, then one two three plan',
    'pay two five zero tomorrow',
    'oh well, one more try',
    '两万五，分十二期，每期两千一百元',
    '两三天后再打，三三两两的',
    '客户说明天下午两点再打',
    '二〇二六年三月十五日下午三点',
    'one 500 payment',
  ])('keeps %j as typed', (text) => {
    expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
  });
});
