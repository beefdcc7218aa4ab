/**
 * Red team 11: emoji typed into a number (a thumbs-up between a card's groups, a family sequence
 * with joiners between an account's groups, keycap digits, a smiley in a phone) left the number
 * readable or half masked. Emoji next to amounts, dates and words stay as typed.
 */

import { maskPersonalNumbers } from '@/lib/privacy/mask';

describe('emoji in and around numbers (red team 11)', () => {
  it.each([
    ['4111👍1111👍1111👍1111', '4111👍11**👍****👍1111', 'card'],
    ['卡号 6222 0212 👨‍👩‍👧 3456 7890 123', '卡号 **** **** 👨‍👩‍👧 **** ***0 123', 'account'],
    ['1️⃣3️⃣8️⃣0️⃣0️⃣1️⃣3️⃣8️⃣0️⃣0️⃣0️⃣', '*******8000', 'phone'],
    ['手机 138🙂0013🙂8000', '手机 ***🙂****🙂8000', 'phone'],
    ['手机 138🇨🇳0013🇨🇳8000', '手机 ***🇨🇳****🇨🇳8000', 'phone'],
    ['4111-1111-1111-1111✅', '4111-11**-****-1111✅', 'card'],
    // A tab beside the emoji is the same space between groups as in a number without emoji.
    ['4111\t👍\t1111\t👍\t1111\t👍\t1111', '4111\t👍\t11**\t👍\t****\t👍\t1111', 'card'],
  ])('masks %j', (text, masked, kind) => {
    const result = maskPersonalNumbers(text);
    expect(result.text).toBe(masked);
    expect(result.masked).toEqual([{ kind, count: 1 }]);
  });

  it.each([
    '客户答应还款5000👍 下周再打',
    '2026-03-15 ✅ 已还 5000',
    '好的👌 明天3点 😊 打 2 次',
    '分3️⃣期，每期2000元',
    '第1期👉2000元，第2期👉2000元',
    '❤️ 123 ❤️ 456',
  ])('keeps %j as typed', (text) => {
    expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
  });
});
