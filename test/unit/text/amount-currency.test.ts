import { parseMoney } from '../../../lib/crm/parse-value';
import { parseMoneyText } from '../../../lib/plan/money-input';
import { moneyProblem } from '../../../lib/plan/typed-problem';
import { currenciesWritten, otherCurrencyWritten, readAmount } from '../../../lib/text/amount';
import { readTypedAmount } from '../../../lib/text/typed-amount';

/**
 * mask13, by class: every currency sign or word the grammar names is read around an amount, before
 * it or after it, in full width or 繁體 too; nowhere else (a mark between digits is two numbers); an
 * amount in another currency than the plan's is refused with its name, never read as the plan's.
 */
describe('currency marks around an amount (mask13)', () => {
  it.each([
    ['新台币1,000', 'TWD', '1000'],
    ['新臺幣 1,000', 'TWD', '1000'],
    ['NT$1,000', 'TWD', '1000'],
    ['ＮＴ＄ 1,000', 'TWD', '1000'],
    ['台币 800', 'TWD', '800'],
    ['HK$500', 'HKD', '500'],
    ['港币500', 'HKD', '500'],
    ['500港元', 'HKD', '500'],
    ['500 港幣', 'HKD', '500'],
    ['澳门元 300', 'MOP', '300'],
    ['MOP$300', 'MOP', '300'],
    ['美金200', 'USD', '200'],
    ['200美元', 'USD', '200'],
    ['100 USD', 'USD', '100'],
    ['US$100', 'USD', '100'],
    ['S$100', 'SGD', '100'],
    ['€100', 'EUR', '100'],
    ['£100', 'GBP', '100'],
    ['1000日元', 'JPY', '1000'],
    ['RMB 1,000', 'CNY', '1000'],
    ['1000 CNY', 'CNY', '1000'],
    ['￥1,000', 'CNY', '1000'],
    ['1,000元整', 'CNY', '1000'],
    ['1000圆', 'CNY', '1000'],
    ['500块', 'CNY', '500'],
    ['500块钱', 'CNY', '500'],
    ['人民币 12,345.67 元', 'CNY', '12345'],
    ['3000元人民币', 'CNY', '3000'],
    ['300 dollars', 'USD', '300'],
    ['1 dollar', 'USD', '1'],
    ['300 Bucks', 'USD', '300'],
    ['300bucks', 'USD', '300'],
  ])('%j is %s %s', (text, currency, whole) => {
    expect(readAmount(text)?.whole).toBe(whole);
    expect([...currenciesWritten(text)]).toEqual([currency]);
  });

  it('reads a sign or bracket outside or inside the currency', () => {
    for (const text of ['-¥500', '¥-500', '(¥500)', '¥(500)', '-HK$500', '(500港元)'])
      expect(readAmount(text), text).toEqual({ negative: true, whole: '500', fraction: '', shift: 0 });
  });

  it.each([
    ['12元34', 'minorAmbiguous'],
    ['$12 $34', 'markBetween'],
    ['约1000元', 'approximate'],
    ['1000多', 'approximate'],
    ['¥', 'noNumber'],
    ['元整', 'noNumber'],
    ['HK$', 'noNumber'],
    ['12港元34', 'minorAmbiguous'],
  ])('refuses %j rather than read part of it (%s)', (text, problem) => {
    expect(readAmount(text)).toBeNull();
    expect(parseMoneyText(text, 'CNY')).toEqual({ ok: false, problem });
  });

  it('leaves 1000元5角 to the typed reader: a CRM amount is never in 角', () => {
    expect(readAmount('1000元5角')).toBeNull();
    expect(parseMoneyText('1000元5角', 'CNY')).toEqual({ ok: true, value: 100_050 });
  });
});

describe('Chinese numerals and units (mask13)', () => {
  it.each([
    ['一万', 10_000],
    ['两万五', 25_000],
    ['三千零五十', 3_050],
    ['十五', 15],
    ['壹仟贰佰元整', 1_200],
    ['人民币壹万元整', 10_000],
    ['3万5千', 35_000],
    ['3万5千元', 35_000],
    ['1亿2000万', 120_000_000],
    ['5百', 500],
    ['兩萬五', 25_000],
  ])('%j is %d yuan in the plan', (text, yuan) => {
    expect(parseMoneyText(text, 'CNY')).toEqual({ ok: true, value: yuan * 100 });
  });

  it.each([
    ['一二三', 'digitsReadOut'],
    ['万万', 'noNumber'],
    ['百', 'noNumber'],
    ['2万50', 'unitPlace'],
    ['两万五十', 'unitPlace'],
  ])('refuses %j (no place can be trusted: %s)', (text, problem) => {
    expect(readTypedAmount(text)).toBeNull();
    expect(parseMoneyText(text, 'CNY')).toEqual({ ok: false, problem });
  });

  it('a CRM amount in words or units is not read (no bank system prints one)', () => {
    expect(parseMoney('壹万元整')).toBeNull();
    expect(parseMoney('1,000元整')).toBe(100_000);
  });
});

describe('an amount in another currency (mask13)', () => {
  it.each([
    ['HK$500', 'HKD'],
    ['500港元', 'HKD'],
    ['美金200', 'USD'],
    ['NT$1,000', 'TWD'],
    ['US$100', 'USD'],
    ['€100', 'EUR'],
  ])('%j in a CNY plan is refused as %s, with a message naming both', (text, written) => {
    expect(parseMoneyText(text, 'CNY')).toEqual({ ok: false, problem: 'currency', written });
    expect(moneyProblem('currency', 'CNY', written)).toEqual({
      key: 'plan.typed.moneyCurrency',
      params: { written, currency: 'CNY' },
    });
    expect(otherCurrencyWritten(text, 'CNY')).toBe(written);
  });

  it('reads the same text in its own currency, and a bare 元 or $ in any of its family', () => {
    expect(parseMoneyText('HK$500', 'HKD')).toEqual({ ok: true, value: 50_000 });
    expect(parseMoneyText('500元', 'HKD')).toEqual({ ok: true, value: 50_000 });
    expect(parseMoneyText('$500', 'TWD')).toEqual({ ok: true, value: 50_000 });
  });
});
