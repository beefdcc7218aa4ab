/**
 * Red team 11: a 19-digit card with no spaces, named only by a 卡号 / Card No. header in an earlier
 * row of a pasted table, was stored whole. The column a header row names (tabs, two or more spaces
 * or bars between cells) is masked as its kind; amounts, dates and other columns stay.
 */

import { maskPersonalNumbers } from '@/lib/privacy/mask';

describe('columns named by a pasted table header (red team 11)', () => {
  it.each([
    [
      '姓名\t卡号\t备注\n张伟\t6222021234567890123\t已承诺',
      '姓名\t卡号\t备注\n张伟\t***************0123\t已承诺',
      { account: 1 },
    ],
    [
      '| 姓名 | Card No. | 备注 |\n| --- | --- | --- |\n| 张伟 | 6222021234567890123 | 信用卡逾期 |\n| 李四 | 6222021234567890124 | ok |',
      '| 姓名 | Card No. | 备注 |\n| --- | --- | --- |\n| 张伟 | ***************0123 | 信用卡逾期 |\n| 李四 | ***************0124 | ok |',
      { account: 2 },
    ],
    [
      'Name  Card No.  Amount\nZhang Wei  6222021234567890123  5000.00',
      'Name  Card No.  Amount\nZhang Wei  ***************0123  5000.00',
      { account: 1 },
    ],
    [
      '客户\t身份证\t手机\t账号\n张伟\t110105194912310021\t021 5555 1234\t98765432109',
      '客户\t身份证\t手机\t账号\n张伟\t110*************21\t*** **** 1234\t*******2109',
      { idCard: 1, phone: 1, account: 1 },
    ],
  ])('masks the named column of %j', (text, stored, counts) => {
    const result = maskPersonalNumbers(text);
    expect(result.text).toBe(stored);
    expect(Object.fromEntries(result.masked.map(({ kind, count }) => [kind, count]))).toEqual(counts);
  });

  it.each([
    '卡号\t金额\t日期\n5000\t2026-03-15\t1\n1234.56\t2026-04-15\t2',
    '期数\t金额\t账户余额\n1\t2000\t12,345.67\n2\t2000\t20260315',
    'Name  Card No.  Due\nZhang Wei  5,000.00  2026-03-15',
  ])('keeps %j as typed', (text) => {
    expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
  });
});

describe('a header in the words the other cues accept (found reading round 11 again)', () => {
  it.each([
    ['借记卡\t姓名\n6222021234567890123\t张三', '借记卡\t姓名\n***************0123\t张三'],
    ['acount\tname\n6222021234567890123\tLee', 'acount\tname\n***************0123\tLee'],
  ])('%j', (text, masked) => {
    expect(maskPersonalNumbers(text).text).toBe(masked);
  });
  it('身分证 (an IME slip) names an ID column', () => {
    expect(maskPersonalNumbers('身分证\t姓名\n1234567890123\t张三').text).not.toContain('1234567890123');
  });
});
