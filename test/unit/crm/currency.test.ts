import type { AccountContext } from '@/lib/crm/context';
import { inPackCurrency } from '@/lib/crm/currency';
import { currenciesWritten } from '@/lib/text/amount';

const account = (key: string, name: string, _overdue: number, dpd: number): AccountContext => ({
  adapterId: 'demo-crm',
  accountKey: key,
  fields: {
    name: { raw: name, value: name, parse: 'text', source: { selector: '#customer-name' } },
    dpd: { raw: String(dpd), value: dpd, parse: 'int', source: { label: '逾期天数' } },
  },
  problems: [],
  url: `http://127.0.0.1/accounts/${key}`,
  readAt: 0,
});

const usd = (raw: string) => ({ raw, value: 123400, parse: 'money' as const, source: { label: '逾期金额' } });
const pack = { currency: 'CNY', crm: { adapters: [] } };

describe('an amount in another currency than the pack’s (live-call walk 10)', () => {
  it('names the currency an amount is written in, sign or word, any width', () => {
    expect([...currenciesWritten('US$1,234.00')]).toEqual(['USD']);
    expect([...currenciesWritten('USD 1,234.00')]).toEqual(['USD']);
    expect([...currenciesWritten('＄１，２３４')]).toEqual(['USD']);
    expect([...currenciesWritten('￥1,234.00')]).toEqual(['CNY']);
    expect([...currenciesWritten('1,234.00 元')]).toEqual(['CNY']);
    expect([...currenciesWritten('人民币 1234')]).toEqual(['CNY']);
    expect([...currenciesWritten('1,234.00')]).toEqual([]);
  });

  it('leaves a US$ amount on a CNY pack unread, with both currencies in the problem', () => {
    const read = account('CC1', '王芳', 0, 12);
    read.fields.overdueAmount = usd('US$1,234.00');
    const checked = inPackCurrency(read, pack);
    expect(checked.fields.overdueAmount).toBeUndefined();
    expect(checked.fields.dpd?.value).toBe(12);
    expect(checked.problems).toEqual([
      {
        field: 'overdueAmount',
        problem: 'unparseable',
        required: false,
        raw: 'US$1,234.00',
        currency: { written: 'USD', expected: 'CNY' },
      },
    ]);
  });

  it('keeps amounts in the pack’s currency or with no sign, and a ¥ amount on a USD pack is unread', () => {
    const read = account('CC1', '王芳', 0, 12);
    read.fields.overdueAmount = usd('¥1,234.00');
    read.fields.balance = usd('1,234.00');
    expect(inPackCurrency(read, pack)).toBe(read);
    const onUsd = inPackCurrency(read, { ...pack, currency: 'USD' });
    expect(Object.keys(onUsd.fields)).not.toContain('overdueAmount');
    expect(onUsd.fields.balance?.value).toBe(123400);
  });

  it('reads a bare $, ¥ or 元 as the family it names: the pack’s own dollar, yen or yuan is no other currency', () => {
    const read = account('CC1', '陈大文', 0, 12);
    read.fields.overdueAmount = usd('$1,234.00');
    read.fields.balance = usd('1,234.00元');
    expect(inPackCurrency(read, { ...pack, currency: 'HKD' })).toBe(read);
    const yen = account('CC2', '佐藤', 0, 3);
    yen.fields.overdueAmount = usd('¥123,400');
    expect(inPackCurrency(yen, { ...pack, currency: 'JPY' })).toBe(yen);
    // A named dollar is still another currency: US$ on an HKD pack, HK$ on a USD pack.
    read.fields.overdueAmount = usd('US$1,234.00');
    expect(inPackCurrency(read, { ...pack, currency: 'HKD' }).problems[0]?.currency).toEqual({
      written: 'USD',
      expected: 'HKD',
    });
    read.fields.overdueAmount = usd('HK$1,234.00');
    expect(inPackCurrency(read, { ...pack, currency: 'USD' }).problems[0]?.currency).toEqual({
      written: 'HKD',
      expected: 'USD',
    });
  });
});
