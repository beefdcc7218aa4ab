/**
 * Red team 9: separators people really type between digit groups that the masker did not read as
 * one: every dash an IME or a word processor gives (‐ ‑ ‒ ― −, 〜, katakana ー), tildes, a mark or
 * spaces typed twice, and Chinese commas between groups of four (a card listed 4111，1111，…, or a
 * mistyped card after its cue). Amounts, dates, ranges and lists around them stay as typed.
 */
import { maskPersonalNumbers } from '../../../lib/privacy/mask';

/**
 * Whether more of the number can be read than masking keeps: a card its first six and last four,
 * every other number its last four (or an ID's first three and last two plus the check letter).
 */
function leaks(original: string, masked: string): boolean {
  const digits = (original.match(/\d/g) ?? []).length;
  const hidden = (masked.match(/\*/g) ?? []).length;
  return digits - hidden > 10 || hidden < digits / 3;
}

const CARD = ['4111', '1111', '1111', '1111'];
const DASHES = [
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2015',
  '\u2212',
  '\u301c',
  '\u30fc',
  '~',
  '～',
  '--',
  '..',
  '    ',
];

describe('separators people type between digit groups', () => {
  it.each(DASHES)('masks a Luhn-valid card grouped by %j', (mark) => {
    const text = `新卡 ${CARD.join(mark)} 已激活`;
    const masked = maskPersonalNumbers(text);
    expect(leaks(text, masked.text), masked.text).toBe(false);
    expect(masked.masked).toEqual([{ kind: 'card', count: 1 }]);
  });

  it.each(['\u2212', '\u30fc', '~', '--'])('masks a mobile and an ID grouped by %j', (mark) => {
    for (const text of [`手机 138${mark}0013${mark}8000`, `身份证 110101${mark}19900307${mark}1234`]) {
      const masked = maskPersonalNumbers(text);
      expect(leaks(text, masked.text), masked.text).toBe(false);
    }
  });

  it.each([
    ['a mobile', '手机 138，0013，8000'],
    ['a mobile, no cue', '他说打 139、1234、5678 找他'],
    ['a resident ID, no cue', '110101，19900307，1233 是他的'],
    ['a resident ID after its cue', '身份证：110101, 19900307, 1235'],
  ])('masks %s listed with commas', (_name, text) => {
    const masked = maskPersonalNumbers(text);
    expect(leaks(text, masked.text), masked.text).toBe(false);
  });

  it.each([
    ['Chinese commas, no cue', '4111，1111，1111，1111'],
    ['enumeration commas, no cue', '4111、1111、1111、1111'],
    ['a mistyped 19-digit card after its cue, Chinese commas', '卡号：6222，0212，3456，7890，123'],
    ['the same with ASCII commas and spaces', '卡号 6222 , 0212 , 3456 , 7890 , 123'],
  ])('masks a card listed with %s', (_name, text) => {
    const masked = maskPersonalNumbers(text);
    expect(leaks(text, masked.text), masked.text).toBe(false);
    expect(masked.masked).toEqual([{ kind: 'card', count: 1 }]);
  });

  it.each([
    '还款 1,234 元 2,345 元 3,456 元',
    '每月 3000~5000 元',
    '2026.12.15~2027.01.15 之间',
    '时间 14:30~15:00',
    '方案 1000，2000，3000，4000 元',
    '1200，1300，1400，1500，1600 元',
    '12,345.67，23,456.78，34,567.89',
    '第 1、2、3 期 各 1000 元',
    '2026-12-15--2027-01-15',
    '3000--4000 元',
    '分期 12，24，36 期',
    '1234，5678 元',
    '还 150，2000，3000',
    '分三次 130，1200，1500',
    '每期 139，1234，5678 元',
  ])('keeps %j', (text) => {
    expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
  });
});

describe('contact ids that name one person (red team 9)', () => {
  it.each([
    ['邮箱 zhang.wei@example.com', '邮箱 z********@example.com', 'email'],
    ['邮箱 zhangwei＠qq．com', '邮箱 z*******＠qq．com', 'email'],
    ['客户邮箱1234567@qq.com已核实', '客户邮箱1******@qq.com已核实', 'email'],
    ['Mail: ZHANG.Wei@Example.COM', 'Mail: Z********@Example.COM', 'email'],
    ['微信 zhangwei_1990', '微信 ***********90', 'im'],
    ['微信号：wxid_abc123xyz', '微信号：************yz', 'im'],
    ['QQ 12345678', 'QQ ******78', 'im'],
    ['QQ号：1234567890', 'QQ号：********90', 'im'],
    ['wechat: zw1990', 'wechat: ****90', 'im'],
  ])('masks %j', (text, expected, kind) => {
    expect(maskPersonalNumbers(text)).toEqual({ text: expected, masked: [{ kind, count: 1 }] });
  });

  it('leaves a mobile given as a WeChat id a phone', () => {
    expect(maskPersonalNumbers('加微信13800138000').masked).toEqual([{ kind: 'phone', count: 1 }]);
  });

  it.each(['用微信还款', '微信支付 3000 元', 'qq群 不方便', '3000 元 @客服', '发到 support@bank 吧'])(
    'keeps %j',
    (text) => {
      expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
    },
  );
});
