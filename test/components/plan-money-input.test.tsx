import { parseCountText, parseMoneyText } from '@/lib/plan/money-input';

describe('money as the agent types it', () => {
  it('turns yuan and dollars into exact minor units', () => {
    expect(parseMoneyText('800', 'CNY')).toEqual({ ok: true, value: 80000 });
    expect(parseMoneyText('1,234.5', 'CNY')).toEqual({ ok: true, value: 123450 });
    expect(parseMoneyText(' ¥ 1,234.56 元', 'CNY')).toEqual({ ok: true, value: 123456 });
    expect(parseMoneyText('$19.99', 'USD')).toEqual({ ok: true, value: 1999 });
    // 0.1 + 0.2 style float error never reaches the amount: digits are shifted as text.
    expect(parseMoneyText('0.29', 'CNY')).toEqual({ ok: true, value: 29 });
    expect(parseMoneyText('1.5万', 'CNY')).toEqual({ ok: true, value: 1500000 });
    expect(parseMoneyText('1500', 'JPY')).toEqual({ ok: true, value: 1500 });
  });

  it('reads an amount typed with the IME in full-width mode, or with an invisible character in it', () => {
    expect(parseMoneyText('１２，０００', 'CNY')).toEqual({ ok: true, value: 1_200_000 });
    expect(parseMoneyText('￥８００．５０元', 'CNY')).toEqual({ ok: true, value: 80050 });
    expect(parseMoneyText('１．５万', 'CNY')).toEqual({ ok: true, value: 1_500_000 });
    expect(parseMoneyText('1,2\u200b00', 'CNY')).toEqual({ ok: true, value: 120000 });
    expect(parseMoneyText('\u3000', 'CNY')).toEqual({ ok: true, value: undefined });
  });

  it('reads the units an agent types on a call: k and 千 (thousands), w and 万 (ten-thousands)', () => {
    expect(parseMoneyText('3k', 'CNY')).toEqual({ ok: true, value: 300_000 });
    expect(parseMoneyText('1.5K', 'CNY')).toEqual({ ok: true, value: 150_000 });
    expect(parseMoneyText('３ｋ', 'CNY')).toEqual({ ok: true, value: 300_000 });
    expect(parseMoneyText('2千', 'CNY')).toEqual({ ok: true, value: 200_000 });
    expect(parseMoneyText('2w', 'CNY')).toEqual({ ok: true, value: 2_000_000 });
    expect(parseMoneyText('$2.5k', 'USD')).toEqual({ ok: true, value: 250_000 });
    // A unit moves the point; it never invents digits past the currency's smallest unit.
    expect(parseMoneyText('1.23456k', 'CNY')).toEqual({ ok: true, value: 123_456 });
    expect(parseMoneyText('1.234567k', 'CNY')).toEqual({ ok: false, problem: 'decimals' });
    expect(parseMoneyText('k', 'CNY')).toEqual({ ok: false, problem: 'noNumber' });
    expect(parseMoneyText('3kk', 'CNY')).toEqual({ ok: false, problem: 'format' });
  });

  it('refuses thousands separators that do not group by three (1,2 is not 12)', () => {
    for (const text of ['1,2', '12,34', '1,2345'])
      expect(parseMoneyText(text, 'CNY'), text).toEqual({ ok: false, problem: 'grouping' });
  });

  it('gives nothing for blank text and refuses what is not an amount, saying why', () => {
    expect(parseMoneyText('  ', 'CNY')).toEqual({ ok: true, value: undefined });
    for (const text of ['8oo', '1e5'])
      expect(parseMoneyText(text, 'CNY'), text).toEqual({ ok: false, problem: 'format' });
    expect(parseMoneyText('1.2.3', 'CNY')).toEqual({ ok: false, problem: 'points' });
    expect(parseMoneyText('.', 'CNY')).toEqual({ ok: false, problem: 'noNumber' });
    const refused: [string, string, string][] = [
      ['-5', 'CNY', 'negative'],
      ['－５', 'CNY', 'negative'],
      ['(12.30)', 'CNY', 'negative'],
      ['1.234', 'CNY', 'decimals'],
      ['１．２３４', 'CNY', 'decimals'],
      ['12.5', 'JPY', 'decimals'],
      ['10000000001', 'CNY', 'tooLarge'],
      ['99999999999', 'CNY', 'tooLarge'],
      ['１０００００００万', 'CNY', 'tooLarge'],
      ['-99999999999', 'CNY', 'negative'],
      ['0', 'CNY', 'zero'],
      ['0.00', 'CNY', 'zero'],
      ['０万', 'CNY', 'zero'],
    ];
    for (const [text, currency, problem] of refused)
      expect(parseMoneyText(text, currency), text).toEqual({ ok: false, problem });
  });

  it('takes 0 where it is an answer, and decimals that are only zeros', () => {
    expect(parseMoneyText('0', 'CNY', { allowZero: true })).toEqual({ ok: true, value: 0 });
    expect(parseMoneyText('-0', 'CNY', { allowZero: true })).toEqual({ ok: true, value: 0 });
    expect(parseMoneyText('12.300', 'CNY')).toEqual({ ok: true, value: 1230 });
    expect(parseMoneyText('10000000000', 'CNY')).toEqual({ ok: true, value: 1e12 });
  });

  it('reads whole counts only', () => {
    expect(parseCountText('36')).toEqual({ ok: true, value: 36 });
    expect(parseCountText('３６')).toEqual({ ok: true, value: 36 });
    expect(parseCountText('')).toEqual({ ok: true, value: undefined });
    expect(parseCountText('3.5')).toEqual({ ok: false, problem: 'decimals' });
    expect(parseCountText('12.0')).toEqual({ ok: true, value: 12 });
    expect(parseCountText('-1')).toEqual({ ok: false, problem: 'negative' });
    expect(parseCountText('0')).toEqual({ ok: false, problem: 'zero' });
    expect(parseCountText('0', { allowZero: true })).toEqual({ ok: true, value: 0 });
    expect(parseCountText('99999999')).toEqual({ ok: false, problem: 'tooLarge' });
    expect(parseCountText('一二')).toEqual({ ok: false, problem: 'format' });
  });

  it("reads a count in Chinese numerals and with its field's own unit, never another field's", () => {
    expect(parseCountText('十二')).toEqual({ ok: true, value: 12 });
    expect(parseCountText('二十四期', { unit: 'periods' })).toEqual({ ok: true, value: 24 });
    expect(parseCountText('12期', { unit: 'periods' })).toEqual({ ok: true, value: 12 });
    expect(parseCountText('１２ 个月', { unit: 'periods' })).toEqual({ ok: true, value: 12 });
    expect(parseCountText('24 months', { unit: 'periods' })).toEqual({ ok: true, value: 24 });
    expect(parseCountText('6个月', { unit: 'months' })).toEqual({ ok: true, value: 6 });
    expect(parseCountText('3次', { unit: 'payments' })).toEqual({ ok: true, value: 3 });
    expect(parseCountText('90天', { unit: 'days', allowZero: true })).toEqual({ ok: true, value: 90 });
    // 6期 in the deferral's months, 12天 in periods: another field's unit is a slip, said.
    expect(parseCountText('6期', { unit: 'months' })).toEqual({ ok: false, problem: 'format' });
    expect(parseCountText('12天', { unit: 'periods' })).toEqual({ ok: false, problem: 'format' });
    // Without a unit named, none is read; a unit alone is no count.
    expect(parseCountText('12期')).toEqual({ ok: false, problem: 'format' });
    expect(parseCountText('期', { unit: 'periods' })).toEqual({ ok: false, problem: 'format' });
  });
});
