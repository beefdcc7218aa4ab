/**
 * Red team 12: a pasted CSV (`,`, full-width `，`) or semicolon-separated table is read by its header
 * row like a tab-separated sheet (mask11): a card under 卡号 / card that fails Luhn, or is split oddly,
 * is masked by its column; a quoted cell holding the border is one cell; a column no header names stays.
 */
import { maskPersonalNumbers } from '@/lib/privacy/mask';

describe('CSV and semicolon-separated tables read by their header', () => {
  it.each([
    [
      '姓名,卡号,手机\n张伟,6222021234567890123,13800138000',
      '姓名,卡号,手机\n张伟,***************0123,*******8000',
    ],
    [
      'name;card;phone\nWang;6222021234567890123;13800138000',
      'name;card;phone\nWang;***************0123;*******8000',
    ],
    [
      '姓名，卡号，手机\n张伟，6222021234567890123，13800138000',
      '姓名，卡号，手机\n张伟，***************0123，*******8000',
    ],
    [
      'name,amount,card\n张伟,"1,234.00",6222021234567890123',
      'name,amount,card\n张伟,"1,234.00",***************0123',
    ],
    [
      'name,card\nWang,6222021234567890123\nLi,6222021234567890456',
      'name,card\nWang,***************0123\nLi,***************0456',
    ],
  ])('%j', (text, masked) => {
    expect(maskPersonalNumbers(text).text).toBe(masked);
  });

  it.each(['日期,金额,备注\n2026-09-15,12345678,ok', 'name,amount\n张伟,12345678'])(
    'leaves %j to the other rules (no named column)',
    (text) => {
      const masked = maskPersonalNumbers(text).text;
      // Whatever the other detectors do, no column rule masks the amount or the date here.
      expect(masked).toContain('12345678');
    },
  );
});
