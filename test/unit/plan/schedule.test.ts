import {
  amortisingInstalment,
  amortisingPayment,
  deferral,
  flatInstalment,
  fullPayment,
  largestPayment,
  minimumPayment,
  personalisedInstalment,
  scheduleCost,
  settlement,
  settlementAmount,
  smallestPayment,
  splitFirstTakesRemainder,
} from '../../../lib/plan/schedule';

const pick = <K extends string>(rows: Record<K, unknown>[], ...keys: K[]) =>
  rows.map((row) => Object.fromEntries(keys.map((k) => [k, row[k]])));

describe('splitting an amount', () => {
  it('gives floor(total / parts) to each and the remainder to the FIRST part', () => {
    expect(splitFirstTakesRemainder(1_000_000, 12)).toEqual([83_337, ...Array(11).fill(83_333)]);
    expect(splitFirstTakesRemainder(10, 3)).toEqual([4, 3, 3]);
    expect(splitFirstTakesRemainder(9, 3)).toEqual([3, 3, 3]);
  });
});

describe('instalment, flat fee (worked example checked by hand)', () => {
  // ¥10,000 over 12 periods at 0.6 % a month: fee ¥60.00 a period, ¥720.00 in all.
  // Principal 1,000,000 fen / 12 = 83,333 rem 4 → first period 83,337, then 83,333.
  const schedule = flatInstalment({
    balance: 1_000_000,
    downPayment: 0,
    today: '2026-02-15',
    firstDueDate: '2026-03-15',
    periods: 12,
    monthlyFeeRate: 0.006,
  });

  it('charges ¥60.00 fee every period and ¥720.00 in all', () => {
    expect(schedule.rows.every((row) => row.fee === 6_000)).toBe(true);
    expect(schedule.totals.fee).toBe(72_000);
  });

  it('puts the remainder of the principal in the first period', () => {
    expect(schedule.rows[0]).toMatchObject({ principal: 83_337, payment: 89_337, remaining: 916_663 });
    expect(schedule.rows.slice(1).every((row) => row.principal === 83_333 && row.payment === 89_333)).toBe(
      true,
    );
    expect(schedule.rows.at(-1)?.remaining).toBe(0);
  });

  it('adds up: principal ¥10,000.00, paid ¥10,720.00, cost ¥720.00', () => {
    expect(schedule.totals).toMatchObject({
      principal: 1_000_000,
      paid: 1_072_000,
      cost: 72_000,
      interest: 0,
    });
  });

  it('falls due on the 15th of each month from 15 March 2026 to 15 February 2027', () => {
    expect(schedule.rows.map((row) => row.dueDate)).toEqual([
      '2026-03-15',
      '2026-04-15',
      '2026-05-15',
      '2026-06-15',
      '2026-07-15',
      '2026-08-15',
      '2026-09-15',
      '2026-10-15',
      '2026-11-15',
      '2026-12-15',
      '2027-01-15',
      '2027-02-15',
    ]);
  });

  it('finances the balance less the down payment, paid today', () => {
    const withDown = flatInstalment({
      balance: 1_000_000,
      downPayment: 100_000,
      today: '2026-02-15',
      firstDueDate: '2026-03-15',
      periods: 6,
      monthlyFeeRate: 0.0065,
    });
    // F = ¥9,000.00; fee 900,000 × 0.65 % = 5,850 (¥58.50); principal 150,000 each.
    expect(withDown.financed).toBe(900_000);
    expect(withDown.downPaymentDate).toBe('2026-02-15');
    expect(withDown.rows.every((row) => row.payment === 155_850)).toBe(true);
    expect(withDown.totals).toMatchObject({ fee: 35_100, paid: 100_000 + 935_100 });
  });

  it('rounds the fee half-up: ¥123.45 at 0.55 % is 67.8975 fen → 68', () => {
    const s = flatInstalment({
      balance: 12_345,
      downPayment: 0,
      today: '2026-01-01',
      firstDueDate: '2026-02-01',
      periods: 3,
      monthlyFeeRate: 0.0055,
    });
    expect(s.rows.map((row) => row.fee)).toEqual([68, 68, 68]);
    expect(s.rows.map((row) => row.principal)).toEqual([4_115, 4_115, 4_115]);
  });

  it('costs about f × n × 24 / (n + 1) a year; the exact IRR of ¥10,000/12/0.6 % is 13.03 %', () => {
    const cost = scheduleCost(schedule);
    expect(cost).not.toBeNull();
    expect(cost?.nominal).toBeCloseTo(0.1303, 4);
    expect(cost?.effective).toBeCloseTo((1 + (cost?.monthly ?? 0)) ** 12 - 1, 5);
    // The rule of thumb (13.29 %) overstates it a little; the IRR is what is shown.
    expect((0.006 * 12 * 24) / 13).toBeGreaterThan(cost?.nominal ?? 1);
  });
});

describe('instalment, amortising (worked example checked by hand)', () => {
  // $1,000.00 over 3 months at 12 % APR: r = 1 %; payment = 10 / (1 − 1.01^−3) = 340.0221 → $340.02.
  // Month 1: interest 1,000.00 × 1 % = 10.00, principal 330.02, left 669.98.
  // Month 2: interest 6.6998 → 6.70, principal 333.32, left 336.66.
  // Month 3: interest 3.3666 → 3.37, principal 336.66 (the rest) → payment 340.03.
  const schedule = amortisingInstalment({
    balance: 100_000,
    downPayment: 0,
    today: '2026-01-15',
    firstDueDate: '2026-02-15',
    periods: 3,
    apr: 0.12,
  });

  it('matches the table worked by hand', () => {
    expect(amortisingPayment(100_000, 3, 0.12)).toBe(34_002);
    expect(pick(schedule.rows, 'interest', 'principal', 'payment', 'remaining')).toEqual([
      { interest: 1_000, principal: 33_002, payment: 34_002, remaining: 66_998 },
      { interest: 670, principal: 33_332, payment: 34_002, remaining: 33_666 },
      { interest: 337, principal: 33_666, payment: 34_003, remaining: 0 },
    ]);
    expect(schedule.totals).toMatchObject({ principal: 100_000, interest: 2_007, paid: 102_007 });
  });

  it('costs 12 % a year nominal, 12.68 % effective', () => {
    const cost = scheduleCost(schedule);
    expect(cost?.nominal).toBeCloseTo(0.12, 3);
    expect(cost?.effective).toBeCloseTo(0.1268, 3);
  });

  it('at 0 % splits evenly and the last payment absorbs the rounding', () => {
    const s = amortisingInstalment({
      balance: 100,
      downPayment: 0,
      today: '2026-01-01',
      firstDueDate: '2026-02-01',
      periods: 3,
      apr: 0,
    });
    expect(s.rows.map((row) => row.payment)).toEqual([33, 33, 34]);
    expect(scheduleCost(s)?.nominal).toBe(0);
  });

  it('never goes negative on a tiny balance over many periods', () => {
    const s = amortisingInstalment({
      balance: 100,
      downPayment: 0,
      today: '2026-01-01',
      firstDueDate: '2026-02-01',
      periods: 60,
      apr: 0,
    });
    expect(s.rows.every((row) => row.principal >= 0 && row.payment >= 0)).toBe(true);
    expect(s.totals.principal).toBe(100);
  });
});

describe('deferral', () => {
  // Agreed 31 Jan 2026: balance ¥10,000, ¥1,000 down, F = ¥9,000. Three months without payment at
  // 0.5 % a month simple interest: ¥45.00 a month, ¥135.00 in all, paid ¥22.50 with each of 6
  // instalments priced at 0.65 % (¥58.50 fee) with principal ¥1,500.00 → ¥1,581.00 a month.
  const schedule = deferral({
    balance: 1_000_000,
    downPayment: 100_000,
    today: '2026-01-31',
    firstDueDate: '2026-02-28',
    dayOfMonth: 31,
    periods: 6,
    months: 3,
    interest: 'accrue',
    monthlyRate: 0.005,
    pricing: { kind: 'flat', monthlyFeeRate: 0.0065 },
  });

  it('pays nothing for three months, anchored on the 31st', () => {
    expect(pick(schedule.rows.slice(0, 3), 'dueDate', 'kind', 'payment', 'accrued')).toEqual([
      { dueDate: '2026-02-28', kind: 'deferred', payment: 0, accrued: 4_500 },
      { dueDate: '2026-03-31', kind: 'deferred', payment: 0, accrued: 4_500 },
      { dueDate: '2026-04-30', kind: 'deferred', payment: 0, accrued: 4_500 },
    ]);
  });

  it('then six instalments carrying the accrued interest', () => {
    const instalments = schedule.rows.slice(3);
    expect(instalments.map((row) => row.dueDate)).toEqual([
      '2026-05-31',
      '2026-06-30',
      '2026-07-31',
      '2026-08-31',
      '2026-09-30',
      '2026-10-31',
    ]);
    expect(instalments.map((row) => row.period)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(
      instalments.every(
        (row) =>
          row.principal === 150_000 && row.fee === 5_850 && row.interest === 2_250 && row.payment === 158_100,
      ),
    ).toBe(true);
    expect(schedule.totals).toMatchObject({
      principal: 900_000,
      interest: 13_500,
      fee: 35_100,
      paid: 100_000 + 948_600,
    });
  });

  it('with frozen interest accrues nothing', () => {
    const frozen = deferral({
      balance: 600_000,
      downPayment: 0,
      today: '2026-01-10',
      firstDueDate: '2026-02-10',
      periods: 1,
      months: 2,
      interest: 'frozen',
      monthlyRate: 0.005,
      pricing: { kind: 'flat', monthlyFeeRate: 0 },
    });
    expect(frozen.rows.map((row) => [row.dueDate, row.payment])).toEqual([
      ['2026-02-10', 0],
      ['2026-03-10', 0],
      ['2026-04-10', 600_000],
    ]);
    expect(frozen.totals.cost).toBe(0);
    expect(scheduleCost(frozen)?.nominal).toBe(0);
  });

  it('its annualised rate counts the months without payment (IRR from month 0)', () => {
    const cost = scheduleCost(schedule);
    const withoutDeferral = flatInstalment({
      balance: 1_000_000,
      downPayment: 100_000,
      today: '2026-01-31',
      firstDueDate: '2026-02-28',
      periods: 6,
      monthlyFeeRate: 0.0065,
    });
    expect(cost).not.toBeNull();
    // Paying later lowers the rate even though a little more is paid.
    expect(cost?.nominal ?? 1).toBeLessThan(scheduleCost(withoutDeferral)?.nominal ?? 0);
  });
});

describe('full, minimum, personalised, settlement', () => {
  it('full payment is the balance on one date', () => {
    const s = fullPayment({ balance: 1_234_567, date: '2026-03-01' });
    expect(s.rows).toHaveLength(1);
    expect(s.rows[0]).toMatchObject({ dueDate: '2026-03-01', payment: 1_234_567, remaining: 0 });
    expect(scheduleCost(s)).toBeNull();
  });

  it('minimum payment leaves the rest owed', () => {
    const s = minimumPayment({ balance: 3_800_000, minimumDue: 123_450, date: '2026-03-01' });
    expect(s.totals).toMatchObject({ paid: 123_450, outstanding: 3_676_550 });
    expect(() => minimumPayment({ balance: 100, minimumDue: 101, date: '2026-03-01' })).toThrow(RangeError);
  });

  it('personalised instalment over 60 months without fee', () => {
    const s = personalisedInstalment({
      balance: 3_800_000,
      downPayment: 0,
      today: '2026-01-05',
      firstDueDate: '2026-02-05',
      periods: 60,
      monthlyFeeRate: 0,
    });
    expect(s.type).toBe('personalised');
    expect(s.rows).toHaveLength(60);
    expect(s.rows[0]?.payment).toBe(63_353); // 3,800,000 / 60 = 63,333 rem 20 → 63,353 first
    expect(s.rows[59]).toMatchObject({ dueDate: '2031-01-05', payment: 63_333 });
    expect(s.totals.paid).toBe(3_800_000);
  });

  it('settlement in three payments, remainder first, the rest waived', () => {
    expect(settlementAmount(1_000_000, 0.1)).toBe(900_000);
    expect(settlementAmount(333, 0.1)).toBe(300); // discount 33.3 → 33
    const s = settlement({ balance: 1_000_000, amount: 800_000, payments: 3, firstDueDate: '2026-03-31' });
    expect(s.rows.map((row) => [row.dueDate, row.payment])).toEqual([
      ['2026-03-31', 266_668],
      ['2026-04-30', 266_666],
      ['2026-05-31', 266_666],
    ]);
    expect(s.totals).toMatchObject({ paid: 800_000, waived: 200_000 });
    expect(largestPayment(s)).toBe(266_668);
    expect(smallestPayment(s)).toBe(266_666);
    expect(() => settlement({ balance: 100, amount: 101, payments: 1, firstDueDate: '2026-03-31' })).toThrow(
      RangeError,
    );
  });

  it('refuses impossible inputs loudly', () => {
    const base = {
      balance: 1_000,
      downPayment: 0,
      today: '2026-01-01',
      firstDueDate: '2026-02-01',
      monthlyFeeRate: 0.006,
    };
    expect(() => flatInstalment({ ...base, periods: 0 })).toThrow(RangeError);
    expect(() => flatInstalment({ ...base, periods: 3, downPayment: 1_001 })).toThrow(RangeError);
    expect(() => flatInstalment({ ...base, periods: 3, firstDueDate: '2026-02-30' })).toThrow(RangeError);
    expect(() => flatInstalment({ ...base, periods: 3, balance: -1 })).toThrow(RangeError);
  });
});
