/**
 * Red team 10: IBANs and passport or travel-permit numbers were stored whole. An IBAN valid by its
 * mod-97 check is an account number; a passport number after its cue is hidden but its letters and
 * last two digits. Reference numbers that only look like them stay.
 */

import { maskPersonalNumbers } from '@/lib/privacy/mask';
import { isIbanValid } from '@/lib/privacy/mask/documents';

describe('IBANs and passport numbers (red team 10)', () => {
  it.each([
    [
      '客户IBAN GB82 WEST 1234 5698 7654 32，下周转账',
      '客户IBAN GB** WEST **** **** **54 32，下周转账',
      'account',
    ],
    ['IBAN: DE89370400440532013000', 'IBAN: DE****************3000', 'account'],
    [
      'his iban is fr14 2004 1010 0505 0001 3m02 606.',
      'his iban is fr** **** **** **** **** *m*2 606.',
      'account',
    ],
    ['护照号E12345678', '护照号E******78', 'number'],
    ['港澳通行证：C12345678', '港澳通行证：C******78', 'number'],
    ['passport no. EA1234567, expires 2030', 'passport no. EA*****67, expires 2030', 'number'],
  ])('masks %j', (text, masked, kind) => {
    const result = maskPersonalNumbers(text);
    expect(result.text).toBe(masked);
    expect(result.masked).toEqual([{ kind, count: 1 }]);
  });

  it.each([
    'GB82 WEST 1234 5698 7654 33',
    'Ref GB12 ABCD 1234 5678 9012 34',
    '订单号AB12345678',
    'Case CN12 2026 0001 0002',
    '护照快到期了，E栋 3 楼',
  ])('keeps %j as typed', (text) => {
    expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
  });

  it('checks an IBAN by ISO 13616 mod 97', () => {
    expect(isIbanValid('gb82 west 1234 5698 7654 32')).toBe(true);
    expect(isIbanValid('gb82 west 1234 5698 7654 23')).toBe(false);
    expect(isIbanValid('gb82 west')).toBe(false);
  });
});
