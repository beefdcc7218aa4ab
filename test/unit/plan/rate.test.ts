import { annualisedCost, monthlyIrr, RATE_LABELS } from '../../../lib/plan/rate';

describe('monthly IRR', () => {
  it('solves flows with a known root: 200 lent, 110 and 121 paid → 10 % a month', () => {
    expect(
      monthlyIrr(200, [
        { month: 1, amount: 110 },
        { month: 2, amount: 121 },
      ]),
    ).toBeCloseTo(0.1, 12);
  });

  it('one payment of 1,100 for 1,000 lent is 10 % a month: 120 % nominal, 213.84 % effective', () => {
    const cost = annualisedCost(1_000, [{ month: 1, amount: 1_100 }]);
    expect(cost?.monthly).toBe(0.1);
    expect(cost?.nominal).toBe(1.2);
    expect(cost?.effective).toBeCloseTo(1.1 ** 12 - 1, 6);
  });

  it('is zero when exactly the amount lent is paid back, and negative when less', () => {
    expect(
      annualisedCost(
        1_200,
        [1, 2, 3].map((month) => ({ month, amount: 400 })),
      )?.nominal,
    ).toBe(0);
    expect(
      monthlyIrr(
        1_200,
        [1, 2, 3].map((month) => ({ month, amount: 300 })),
      ),
    ).toBeLessThan(0);
  });

  it('counts the months payments wait: paying later costs less a year', () => {
    const soon = monthlyIrr(1_000, [{ month: 1, amount: 1_100 }]) ?? 0;
    const later = monthlyIrr(1_000, [{ month: 4, amount: 1_100 }]) ?? 0;
    expect(later).toBeLessThan(soon);
    expect((1 + later) ** 4).toBeCloseTo(1.1, 10);
  });

  it('has nothing to solve without money lent or a payment', () => {
    expect(monthlyIrr(0, [{ month: 1, amount: 100 }])).toBeNull();
    expect(monthlyIrr(100, [])).toBeNull();
    expect(annualisedCost(100, [{ month: 1, amount: 0 }])).toBeNull();
  });

  it('gives up outside its bracket rather than return a wrong number', () => {
    expect(monthlyIrr(1, [{ month: 1, amount: 1_000_000 }])).toBeNull();
    expect(() => monthlyIrr(100, [{ month: 0, amount: 100 }])).toThrow(RangeError);
  });

  it('labels both rates in both languages', () => {
    expect(RATE_LABELS.nominal.zh).toContain('名义年化');
    expect(RATE_LABELS.effective.en).toContain('Effective');
  });
});
