/**
 * Red team 11: note text pasted from a spreadsheet (tabs, CSV, quoted cells, table bars). A
 * 19-digit card that fails Luhn (one digit mistyped) in a cell had its middle groups taken for a
 * phone and the rest stored readable; card-shaped groups (4-4-4-4 and up to three more, starting
 * as a card network's do) are now an account number whatever their checksum. Tables of amounts,
 * dates, instalments and times stay as typed.
 */

import { maskPersonalNumbers } from '@/lib/privacy/mask';

describe('spreadsheet rows and card-shaped numbers (red team 11)', () => {
  it.each([
    ['"张伟","6222 0212 3456 7890 123","备注"', '"张伟","**** **** **** ***0 123","备注"', 'account'],
    ['客户 6222-0212-3456-7890 已核', '客户 ****-****-****-7890 已核', 'account'],
    ['张伟\t5210 1234 5678 9013\t已承诺', '张伟\t**** **** **** 9013\t已承诺', 'account'],
  ])('masks %j', (text, masked, kind) => {
    const result = maskPersonalNumbers(text);
    expect(result.text).toBe(masked);
    expect(result.masked).toEqual([{ kind, count: 1 }]);
  });

  it('masks every number of a tab-separated row', () => {
    const row = 'Zhang Wei\t4111111111111111\t13800138000\t110105198501011234';
    expect(maskPersonalNumbers(row).text).toBe(
      'Zhang Wei\t411111******1111\t*******8000\t110*************34',
    );
  });

  it.each([
    '金额\t日期\n5000\t2026-03-15\n1234.56\t2026-04-15',
    '期数,金额\n1,2000\n2,2000\n3,2000',
    '回访时间 0900 1200 1500 1800',
    '2026 0315 1200 5000',
    '方案 1000 2000 3000 4000 5000',
    '方案 3000 4000 5000 6000',
    '每期 2500 2500 2500 2500 2500',
    '工单 1234 5678 9012 3456',
  ])('keeps %j as typed', (text) => {
    expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
  });
});
