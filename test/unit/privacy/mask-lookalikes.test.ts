/**
 * Red team 10: numbers typed with the letters O, I and l for 0 and 1 (a habit of fast typists and
 * of some fonts' readers) are read as the digits they stand for; words and short codes are not.
 */
import { maskPersonalNumbers } from '@/lib/privacy/mask';

describe('the letters O, I and l typed for 0 and 1 (red team 10)', () => {
  it.each([
    ['卡号 6222 O2l2 3456 789O l23', '卡号 **** **** **** ***0 123', 'account'],
    ['手机 l38 OOl3 8OOO', '手机 *** **** 8000', 'phone'],
    ['手机号l3800138000', '手机号*******8000', 'phone'],
    ['his card is 4111 I111 1111 1111', 'his card is 4111 11** **** 1111', 'card'],
    ['身份证 ll0l05l985OlOll234', '身份证 110*************34', 'idCard'],
  ])('masks %j', (text, masked, kind) => {
    const result = maskPersonalNumbers(text);
    expect(result.text).toBe(masked);
    expect(result.masked).toEqual([{ kind, count: 1 }]);
  });

  it.each([
    'I will pay 1000 on 10 Oct, oil lol io 1O',
    'Ref IO2345, l0 items',
    '客户说 l0 号还 3000',
    'version 1.0.1 log 2026',
    'Hello, Iol 2000 Ollie 1234',
  ])('keeps %j as typed', (text) => {
    expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
  });
});
