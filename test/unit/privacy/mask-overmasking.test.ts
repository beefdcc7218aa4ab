import { findUnmaskedRuns, maskPersonalNumbers } from '../../../lib/privacy/mask';

/**
 * mask13: numbers that name no one stay readable (the agent looks orders and invoices up by them),
 * while a card or ID among them is still masked: dates, times, amounts, flights, waybills, orders
 * and invoices as agents paste them.
 */
describe('numbers that name no one stay as typed (mask13)', () => {
  it.each([
    ['an order number shaped like a mobile', '订单号 13912345678'],
    ['an order number after a colon, a phone after it masked separately', '订单号：13912345678'],
    ['an invoice code shaped like a landline', '发票代码 044031900111'],
    ['an order number starting with its date, Luhn-valid', '工单号 202612020001234'],
    ['the same with no cue', '202612020001234'],
    ['a date-first number split over two lines', '订单 2026120200\n01234'],
    ['a courier waybill', '快递单号 SF1234567890123'],
    ['a grouped waybill', '顺丰单号 SF 1234 5678 9012'],
    ['a waybill shaped like a landline with its courier', '快递单号 SF 13800138000'],
    ['a courier code glued to a mobile-shaped number', 'SF13800138000'],
    ['a JD order number (00 and a NANP shape, an IBAN by mod 97)', 'JD0012345678901'],
    ['a UPS tracking number', 'tracking 1Z999AA10123456784'],
    ['an order number in English', 'order no. 13912345678'],
    ['a US-phone-shaped order number', 'Order #415-555-0134'],
    ['a contract number', '合同编号 HT-2026-1202-0001'],
    ['a flight', '航班 CA1234，MU5735 延误'],
    ['dates', '2026-12-02、20261202、2026/12/02 14:30:00、2026年12月2日'],
    ['times', '09:00 12:00 15:00 18:00，14:30-15:00'],
    ['amounts', "12,345.67 元，¥1,234,567.89，12'345.67"],
    ['a sum of amounts', '150+2000+3000'],
    ['a sum after a payment word', '还款 150+2000+3000'],
    ['tight-marked round amounts after a payment word', '还款 150-2000-3000'],
    ['round instalments', '1000+2000+3000+4000'],
  ])('%s', (_name, text) => {
    expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
  });

  it('a reference cue does not keep a card, an ID or a phone after the reference', () => {
    expect(maskPersonalNumbers('订单号 4111111111111111').text).toBe('订单号 411111******1111');
    expect(maskPersonalNumbers('订单号 11010519491231002X').text).toBe('订单号 110*************2X');
    expect(maskPersonalNumbers('订单 12 4111 1111 1111 1111').text).toBe('订单 12 4111 11** **** 1111');
    expect(maskPersonalNumbers('订单号 SF123456 13800138000').text).toBe('订单号 SF123456 *******8000');
    expect(maskPersonalNumbers('订单号 123456 138 0013 8000').text).toBe('订单号 123456 *** **** 8000');
    expect(maskPersonalNumbers('订单号：13912345678，客户手机 13800138000').text).toBe(
      '订单号：13912345678，客户手机 *******8000',
    );
  });

  it('a reference number after its cue is not reported as an unmasked long run', () => {
    expect(findUnmaskedRuns('运单号 773012345678901')).toEqual([]);
    expect(findUnmaskedRuns('客户编号 773012345678901')).toEqual(['773012345678901']);
  });

  it('phone words glued to a phone, and a leading-zero group after a payment word, are still phones', () => {
    for (const text of [
      'tel13800138000',
      'TEL13800138000',
      'wang13800138000',
      'mob:13800138000',
      '还款后回电 138 - 0013 - 8000',
      '还款 138-0013-8000',
      // Capitals before a number's + are not glued to its digits (mask.test's property found it).
      'ZX+13000000000',
      'AB+8613800138000',
    ])
      expect(maskPersonalNumbers(text).masked, text).toEqual([{ kind: 'phone', count: 1 }]);
  });

  it('a card that does not start with a date is still one with no cue', () => {
    expect(maskPersonalNumbers('2221000000000009').masked).toEqual([{ kind: 'card', count: 1 }]);
  });
});
