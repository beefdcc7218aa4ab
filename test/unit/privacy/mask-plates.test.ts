/**
 * Red team 11: licence plates were stored whole (京A·12345, 粤B D12345, AB12 CDE). A plate names
 * one car and its keeper; its serial is hidden, letters included. Flights, orders, tickets and
 * regulation numbers that only look like one stay.
 */

import { maskPersonalNumbers } from '@/lib/privacy/mask';

describe('licence plates (red team 11)', () => {
  it.each([
    ['客户车牌京A·12345，已登记', '客户车牌京A·*****，已登记'],
    ['车牌 粤B D12345 新能源', '车牌 粤B ****** 新能源'],
    ['车牌京AF12345', '车牌京A******'],
    ['客户开的车是川A 8K9L2', '客户开的车是川A *****'],
    ['车牌 浙A-9B8C7', '车牌 浙A-*****'],
    ['车牌號碼：粵B·D12345', '车牌號碼：粵B·******'],
    ['car AB12 CDE seen at the address', 'car **** *** seen at the address'],
    ['UK reg: AB12CDE', 'UK reg: *******'],
    ['US plate 7ABC123 (CA)', 'US plate ******* (CA)'],
    ['licence plate SGX1234A', 'licence plate ********'],
    ['plate no. WXY 1234 (MY)', 'plate no. *** **** (MY)'],
    ['Singapore plate SBA 1234 Z', 'Singapore plate *** **** *'],
    ['HK plate AB 1234', 'HK plate ** ****'],
    ['港牌 AB1234', '港牌 ******'],
    ['registration number KL 3456 B', 'registration number ** **** *'],
    ['license plate ABC-1234', 'license plate ***-****'],
  ])('masks %j', (text, masked) => {
    const result = maskPersonalNumbers(text);
    expect(result.text).toBe(masked);
    expect(result.masked).toEqual([{ kind: 'number', count: 1 }]);
  });

  it.each([
    'Flight CA1234 on 3 May',
    'order AB12345 shipped',
    'ticket INC0012345',
    '客户住在A座12层',
    'Reg F 1006.2 applies to this call',
    'a plate of 3 dishes',
    'code ab12 cde in lower case',
    '沪A股 涨了 12345 点',
    '京A12 号楼',
  ])('keeps %j as typed', (text) => {
    expect(maskPersonalNumbers(text)).toEqual({ text, masked: [] });
  });
});
