/**
 * Red team 12: a plate needs a plate's shape. After "reg:" (an aircraft's, a company's registration
 * too) only a UK plate's shape is masked, and a plate-shaped code named as a flight, an invoice or an
 * order stays; UK plates after reg: and plates after a plate cue are still masked.
 */
import { maskPersonalNumbers } from '@/lib/privacy/mask';

describe('codes that are no plates', () => {
  it.each([
    'reg: BA0287',
    'registration no. MU5101',
    'invoice no. AB12 CDE',
    'REF AB12 CDE',
    '航班 CA12 ABC',
    '订单号: AB12CDE',
  ])('keeps %j', (text) => expect(maskPersonalNumbers(text).text).toBe(text));
  it.each([
    ['reg: AB12CDE', 'reg: *******'],
    ['registration number A123 BCD', 'registration number **** ***'],
    ['car AB12 CDE seen at the address', 'car **** *** seen at the address'],
    ['车牌 BA0287', '车牌 ******'],
  ])('masks %j', (text, masked) => expect(maskPersonalNumbers(text).text).toBe(masked));
});
