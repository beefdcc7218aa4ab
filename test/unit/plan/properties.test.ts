/** The invariants a reviewer would check by hand (issue 6 §Tests), over random plans. */
import fc from 'fast-check';
import {
  addMonthsClamped,
  daysInMonth,
  formatIsoDate,
  monthlyDates,
  parseIsoDate,
} from '../../../lib/plan/dates';
import { applyRate, MAX_MINOR } from '../../../lib/plan/money';
import { computePlan } from '../../../lib/plan/request';
import {
  amortisingInstalment,
  deferral,
  flatInstalment,
  type InstalmentPricing,
  type Schedule,
  scheduleCost,
  settlement,
} from '../../../lib/plan/schedule';

const date = fc
  .record({
    year: fc.integer({ min: 2000, max: 2800 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ year, month, day }) =>
    formatIsoDate({ year, month, day: Math.min(day, daysInMonth(year, month)) }),
  );
const rate = fc.double({ min: 0, max: 1, noNaN: true });
const smallRate = fc.integer({ min: 0, max: 30_000 }).map((k) => k / 1_000_000); // 0 … 3 % a month
/** periods, then a balance that leaves at least one minor unit a period, then a down payment. */
const instalmentTerms = fc
  .integer({ min: 1, max: 60 })
  .chain((periods) =>
    fc.integer({ min: periods, max: MAX_MINOR }).chain((balance) =>
      fc.record({
        periods: fc.constant(periods),
        balance: fc.constant(balance),
        downPayment: fc.integer({ min: 0, max: balance - periods }),
        today: date,
      }),
    ),
  )
  .map((t) => ({
    ...t,
    firstDueDate: addMonthsClamped(t.today, 1),
    dayOfMonth: parseIsoDate(t.today)?.day ?? 1,
  }));
const pricing: fc.Arbitrary<InstalmentPricing> = fc.oneof(
  rate.map((monthlyFeeRate) => ({ kind: 'flat' as const, monthlyFeeRate })),
  rate.map((apr) => ({ kind: 'amortising' as const, apr })),
);

const anySchedule: fc.Arbitrary<Schedule> = fc.oneof(
  fc.tuple(instalmentTerms, rate).map(([t, monthlyFeeRate]) => flatInstalment({ ...t, monthlyFeeRate })),
  fc.tuple(instalmentTerms, rate).map(([t, apr]) => amortisingInstalment({ ...t, apr })),
  fc
    .tuple(
      instalmentTerms,
      fc.integer({ min: 1, max: 12 }),
      fc.constantFrom('accrue' as const, 'frozen' as const),
      rate,
      pricing,
    )
    .map(([t, months, interest, monthlyRate, p]) =>
      deferral({ ...t, months, interest, monthlyRate, pricing: p }),
    ),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 12, max: MAX_MINOR }), date)
    .chain(([payments, balance, firstDueDate]) =>
      fc
        .integer({ min: payments, max: balance })
        .map((amount) => settlement({ balance, amount, payments, firstDueDate })),
    ),
);

describe('plan invariants (fast-check)', () => {
  it('principal over the schedule sums exactly to F', () => {
    fc.assert(
      fc.property(anySchedule, (s) => {
        expect(s.rows.reduce((sum, row) => sum + row.principal, 0)).toBe(s.financed);
        expect(s.totals.principal).toBe(s.financed);
        expect(s.rows.at(-1)?.remaining).toBe(0);
        if (s.type !== 'settlement') expect(s.financed).toBe(s.balance - s.downPayment);
      }),
      { numRuns: 400 },
    );
  });

  it('no amount is ever negative, and every payment is its parts', () => {
    fc.assert(
      fc.property(anySchedule, (s) => {
        for (const row of s.rows) {
          for (const amount of [
            row.principal,
            row.fee,
            row.interest,
            row.payment,
            row.accrued,
            row.remaining,
          ]) {
            expect(Number.isSafeInteger(amount) && amount >= 0).toBe(true);
          }
          expect(row.payment).toBe(row.principal + row.fee + row.interest);
        }
        expect(s.totals.paid).toBe(s.downPayment + s.rows.reduce((sum, row) => sum + row.payment, 0));
      }),
      { numRuns: 400 },
    );
  });

  it('dates strictly increase, one month apart, on the anchored day or the month’s end', () => {
    fc.assert(
      fc.property(anySchedule, (s) => {
        const dates = s.rows.map((row) => row.dueDate);
        for (let i = 1; i < dates.length; i++)
          expect((dates[i] as string) > (dates[i - 1] as string)).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 72 }), (first, count) => {
        const anchor = parseIsoDate(first)?.day ?? 0;
        monthlyDates(first, count).forEach((d, i) => {
          const p = parseIsoDate(d);
          expect(p).not.toBeNull();
          if (!p) return;
          expect(p.day).toBe(Math.min(anchor, daysInMonth(p.year, p.month)));
          if (i > 0) expect(d > (monthlyDates(first, count)[i - 1] as string)).toBe(true);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a higher fee rate never lowers the annualised rate (flat fee and APR)', () => {
    fc.assert(
      fc.property(instalmentTerms, smallRate, smallRate, (t, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const cheap = scheduleCost(flatInstalment({ ...t, monthlyFeeRate: low }));
        const dear = scheduleCost(flatInstalment({ ...t, monthlyFeeRate: high }));
        expect(cheap).not.toBeNull();
        expect(dear?.nominal ?? Number.NaN).toBeGreaterThanOrEqual(cheap?.nominal ?? Number.NaN);
        expect(dear?.effective ?? Number.NaN).toBeGreaterThanOrEqual(cheap?.effective ?? Number.NaN);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(instalmentTerms, rate, rate, (t, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const cheap = scheduleCost(amortisingInstalment({ ...t, apr: low }));
        const dear = scheduleCost(amortisingInstalment({ ...t, apr: high }));
        expect(dear?.nominal ?? Number.NaN).toBeGreaterThanOrEqual(cheap?.nominal ?? Number.NaN);
      }),
      { numRuns: 200 },
    );
  });

  it('settlement never exceeds the balance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_MINOR }),
        rate,
        fc.integer({ min: 1, max: 12 }),
        date,
        (balance, discountRate, payments, today) => {
          let result: ReturnType<typeof computePlan>;
          try {
            result = computePlan({ type: 'settlement', balance, discountRate, payments, today });
          } catch {
            // Refused only when too little is left to split into the payments.
            expect(balance - applyRate(balance, discountRate)).toBeLessThan(payments);
            return;
          }
          expect(result.totals.paid).toBeLessThanOrEqual(balance);
          expect(result.totals.paid + result.totals.waived).toBe(balance);
          for (const row of result.schedule) expect(row.payment).toBeLessThanOrEqual(balance);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('half-up rounding agrees with integer arithmetic on every micro-rate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_MINOR }),
        fc.integer({ min: 0, max: 1_000_000 }),
        (amount, micro) => {
          const exact = BigInt(amount) * BigInt(micro); // amount × rate × 10^6
          const expected = Number((exact * 2n + 1_000_000n) / 2_000_000n); // floor(x + ½)
          expect(applyRate(amount, micro / 1_000_000)).toBe(expected);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
