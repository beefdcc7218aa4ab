import { suggestOptions } from '../../../lib/plan/options';
import { computePlan } from '../../../lib/plan/request';
import { cnPolicy, usPolicy } from './fixtures';

const base = { balance: 1_000_000, policy: cnPolicy, today: '2026-02-15', currency: 'CNY', locale: 'zh-CN' };
const summary = (monthlyAmount: number, extra: Partial<Parameters<typeof suggestOptions>[0]> = {}) =>
  suggestOptions({ ...base, monthlyAmount, ...extra }).options.map((o) => [
    o.type,
    o.periods,
    o.payment,
    o.verdict,
  ]);

describe('what can they pay a month?', () => {
  it('¥800 a month on ¥10,000: the 24-period instalment (¥471.82), then the minimum payment', () => {
    expect(summary(80_000, { minimumDue: 50_000 })).toEqual([
      ['instalmentFlat', 24, 47_182, 'ok'],
      ['minimum', 1, 50_000, 'ok'],
    ]);
  });

  it('¥900 a month: 12 periods (¥893.37 first) fits, and 24', () => {
    expect(summary(90_000)).toEqual([
      ['instalmentFlat', 12, 89_337, 'ok'],
      ['instalmentFlat', 24, 47_182, 'ok'],
    ]);
  });

  it('one fen under the first payment does not fit', () => {
    expect(summary(89_336).map(([type, periods]) => `${type}/${periods}`)).toEqual(['instalmentFlat/24']);
  });

  it('a hardship account also gets the shortest personalised instalment that fits, marked needs approval', () => {
    const result = suggestOptions({ ...base, monthlyAmount: 80_000, hardship: true, minimumDue: 50_000 });
    expect(result.options.map((o) => [o.type, o.periods, o.payment, o.verdict])).toEqual([
      ['instalmentFlat', 24, 47_182, 'ok'],
      ['personalised', 13, 76_924, 'needsApproval'], // 1,000,000 / 13 = 76,923 rem 1
      ['minimum', 1, 50_000, 'ok'],
    ]);
    expect(result.options[1]?.savingVsFull).toBe(0); // no fee
  });

  it('¥5,000 a month: two instalments and the agent’s own settlement (10 % off in two payments)', () => {
    const result = suggestOptions({ ...base, monthlyAmount: 500_000 });
    expect(result.options.map((o) => [o.type, o.periods, o.payment, o.verdict])).toEqual([
      ['instalmentFlat', 3, 340_834, 'ok'],
      ['instalmentFlat', 6, 173_170, 'ok'],
      ['settlement', 2, 450_000, 'ok'],
    ]);
    const settlement = result.options[2];
    expect(settlement?.savingVsFull).toBe(100_000);
    expect(settlement?.annualised).toBeNull();
    expect(result.options[0]?.savingVsFull).toBe(-22_500); // the instalment costs its fees
    expect(result.options[0]?.annualised?.nominal).toBeGreaterThan(0);
  });

  it('the supervisor’s settlement when the agent’s does not fit, marked needs approval', () => {
    // ¥2,400 a month: 10 % off is ¥9,000 in at most 3 payments (¥3,000 each, too much); 30 % off is
    // ¥7,000 → ¥2,333.34 first. Two instalments come first; the approval-bound option after them.
    expect(summary(240_000)).toEqual([
      ['instalmentFlat', 6, 173_170, 'ok'],
      ['instalmentFlat', 12, 89_337, 'ok'],
      ['settlement', 3, 233_334, 'needsApproval'],
    ]);
  });

  it('the whole balance fits: full payment first', () => {
    expect(summary(1_000_000).map(([type, periods]) => `${type}/${periods}`)).toEqual([
      'full/1',
      'instalmentFlat/3',
      'instalmentFlat/6',
    ]);
  });

  it('never suggests a plan the policy refuses (here: below the minimum instalment)', () => {
    // ¥3,000 over 24 periods is ¥141.50 a period, under the ¥200.00 minimum instalment.
    const result = suggestOptions({ ...base, balance: 300_000, monthlyAmount: 20_000 });
    expect(result.options).toEqual([]);
    expect(result.nearest).toMatchObject({
      type: 'instalmentFlat',
      periods: 12,
      payment: 26_800,
      verdict: 'ok',
    });
  });

  it('nothing fits: says the nearest plan and what it would take', () => {
    const result = suggestOptions({ ...base, monthlyAmount: 100 });
    expect(result.options).toEqual([]);
    expect(result.nearest).toMatchObject({ type: 'instalmentFlat', periods: 24, payment: 47_182 });
  });

  it('uses the policy’s minimum down payment (US: 10 %) and amortising terms', () => {
    // $700 a month on $5,000 with $500 down: 6 months at 12 % is $776.47 (too much); 12 months $399.82;
    // 24 months at 15 % $218.19; the agent's 20 % settlement, $4,000 in 6 payments ($666.70 first).
    const result = suggestOptions({
      balance: 500_000,
      monthlyAmount: 70_000,
      policy: usPolicy,
      today: '2026-01-15',
      currency: 'USD',
      locale: 'en-US',
    });
    expect(result.options.map((o) => [o.type, o.periods, o.payment, o.verdict])).toEqual([
      ['instalmentAmortising', 12, 39_982, 'ok'],
      ['instalmentAmortising', 24, 21_819, 'ok'],
      ['settlement', 6, 66_670, 'ok'],
    ]);
    expect(result.options[0]?.result.downPayment).toBe(50_000);
    expect(result.options[0]?.label).toEqual({
      zh: '等额本息分期 12期',
      en: 'Instalment (amortising), 12 payments',
    });
  });

  it('each option carries the request that reproduces it', () => {
    for (const option of suggestOptions({ ...base, monthlyAmount: 500_000, hardship: true }).options) {
      expect(computePlan(option.request)).toEqual(option.result);
      expect(option.result.verdict).toBe(option.verdict);
    }
  });

  it('at most `max` options', () => {
    expect(suggestOptions({ ...base, monthlyAmount: 1_000_000, max: 1 }).options).toHaveLength(1);
  });
});
