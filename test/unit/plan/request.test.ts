import { computePlan, type PlanRequest, PlanRequestError, parsePlanRequest } from '../../../lib/plan/request';
import { cnPolicy } from './fixtures';

const valid: PlanRequest = {
  type: 'instalmentFlat',
  balance: 1_000_000,
  periods: 12,
  monthlyFeeRate: 0.006,
  today: '2026-02-15',
};

/** The reasons a request is refused, as `path: English message`. */
function reasons(input: unknown): string[] {
  const parsed = parsePlanRequest(input);
  if (parsed.ok) return [];
  return parsed.problems.map((p) => `${p.path}: ${p.message.en}`);
}

describe('every invalid input is refused with its reason', () => {
  it('accepts the valid request', () => {
    expect(parsePlanRequest(valid).ok).toBe(true);
  });

  it('0 periods', () => {
    expect(reasons({ ...valid, periods: 0 })).toEqual(['periods: periods must be at least 1 (got 0)']);
  });

  it('more than 60 periods', () => {
    expect(reasons({ ...valid, periods: 61 })).toEqual(['periods: periods must be at most 60 (got 61)']);
  });

  it('a fractional number of periods', () => {
    expect(reasons({ ...valid, periods: 1.5 })).toEqual([
      'periods: periods must be a whole number (got 1.5)',
    ]);
  });

  it('negative money, once per field', () => {
    expect(reasons({ ...valid, balance: -5 })).toEqual(['balance: balance must not be negative (got -5)']);
    expect(reasons({ ...valid, downPayment: -1 })).toEqual([
      'downPayment: downPayment must not be negative (got -1)',
    ]);
  });

  it('money that is not whole minor units', () => {
    expect(reasons({ ...valid, balance: 100.5 })).toEqual([
      'balance: balance must be a whole number (got 100.5)',
    ]);
  });

  it('a zero balance', () => {
    expect(reasons({ ...valid, balance: 0 })).toEqual(['balance: balance must be at least 1 (got 0)']);
  });

  it('a fee rate over 100 %', () => {
    expect(reasons({ ...valid, monthlyFeeRate: 1.2 })).toEqual([
      'monthlyFeeRate: monthlyFeeRate must not be over 100 % (1) (got 1.2)',
    ]);
    expect(reasons({ ...valid, monthlyFeeRate: -0.01 })).toEqual([
      'monthlyFeeRate: monthlyFeeRate must be at least 0 (got -0.01)',
    ]);
    expect(
      reasons({ type: 'instalmentAmortising', balance: 100, periods: 2, apr: 1.01, today: '2026-01-01' }),
    ).toEqual(['apr: apr must not be over 100 % (1) (got 1.01)']);
  });

  it('a date that does not exist, or is not yyyy-mm-dd', () => {
    expect(reasons({ ...valid, today: '2026-02-29' })).toEqual(['today: the date 2026-02-29 does not exist']);
    expect(reasons({ ...valid, firstDueDate: '2026-04-31' })).toEqual([
      'firstDueDate: the date 2026-04-31 does not exist',
    ]);
    expect(reasons({ ...valid, today: '15/02/2026' })).toEqual([
      'today: must be a date as yyyy-mm-dd (got 15/02/2026)',
    ]);
  });

  it('a balance above 10^12 minor units', () => {
    expect(reasons({ ...valid, balance: 1e12 + 1 })).toEqual([
      'balance: balance must not be above 10^12 minor units (got 1000000000001)',
    ]);
    expect(parsePlanRequest({ ...valid, balance: 1e12 }).ok).toBe(true);
  });

  it('a first due date before today', () => {
    expect(reasons({ ...valid, firstDueDate: '2026-02-14' })).toEqual([
      'firstDueDate: firstDueDate 2026-02-14 is before today 2026-02-15',
    ]);
  });

  it('a down payment above the balance, or one that leaves too little to split', () => {
    expect(reasons({ ...valid, downPayment: 1_000_001 })).toEqual([
      'downPayment: downPayment 1000001 exceeds the balance 1000000',
    ]);
    expect(reasons({ ...valid, downPayment: 999_990 })[0]).toContain(
      'less than one minor unit for each of 12 periods',
    );
  });

  it('missing and unknown fields, wrong types, unknown plan types', () => {
    expect(reasons({ type: 'instalmentFlat', balance: 100 })).toEqual(['today: today is required']);
    expect(reasons({ ...valid, perods: 12 })).toEqual(['(request): unknown field: perods']);
    expect(reasons({ ...valid, balance: '1000' })).toEqual([
      'balance: balance must be a number (got "1000")',
    ]);
    expect(reasons({ ...valid, type: 'loan' })[0]).toMatch(
      /^type: type must be one of: full, minimum, instalmentFlat/,
    );
    expect(reasons(42)).toEqual(['(request): (request) must be an object (got 42)']);
    expect(reasons(null)[0]).toMatch(/^\(request\)/);
  });

  it('fields that do not apply to the plan type', () => {
    expect(reasons({ ...valid, apr: 0.1 })).toEqual(['apr: apr does not apply to an instalmentFlat plan']);
    expect(reasons({ type: 'full', balance: 100, today: '2026-01-01', periods: 3 })).toEqual([
      'periods: periods does not apply to a full plan',
    ]);
  });

  it('what each plan type needs', () => {
    expect(reasons({ type: 'instalmentFlat', balance: 100_000, today: '2026-01-01', periods: 9 })).toEqual([
      'monthlyFeeRate: monthlyFeeRate is required (no 9-period term in the policy)',
    ]);
    expect(
      reasons({ type: 'instalmentFlat', balance: 100_000, today: '2026-01-01', monthlyFeeRate: 0.006 }),
    ).toEqual(['periods: periods is required']);
    expect(reasons({ type: 'minimum', balance: 100_000, today: '2026-01-01' })).toEqual([
      'minimumDue: a minimum plan needs minimumDue',
    ]);
    expect(reasons({ type: 'minimum', balance: 100, minimumDue: 101, today: '2026-01-01' })).toEqual([
      'minimumDue: minimumDue 101 exceeds the balance 100',
    ]);
    expect(reasons({ type: 'deferral', balance: 100_000, today: '2026-01-01' })).toEqual([
      'deferralMonths: deferralMonths is required',
      'deferralInterest: deferralInterest is required (accrue or frozen)',
    ]);
    expect(
      reasons({
        type: 'deferral',
        balance: 100_000,
        today: '2026-01-01',
        deferralMonths: 2,
        deferralInterest: 'accrue',
      }),
    ).toEqual(['deferralMonthlyRate: deferralMonthlyRate is required when interest accrues']);
    expect(reasons({ type: 'settlement', balance: 100_000, today: '2026-01-01' })[0]).toContain(
      'exactly one of settlementAmount or discountRate',
    );
    expect(
      reasons({ type: 'settlement', balance: 100_000, today: '2026-01-01', settlementAmount: 100_001 }),
    ).toEqual(['settlementAmount: settlementAmount 100001 exceeds the balance 100000']);
  });

  it('personalised instalment: hardship only, at most 60 months', () => {
    const personalised = {
      type: 'personalised',
      balance: 3_800_000,
      periods: 60,
      monthlyFeeRate: 0,
      today: '2026-01-05',
    };
    expect(reasons(personalised)).toEqual([
      'hardship: a personalised instalment is for hardship accounts only (hardship: true)',
    ]);
    expect(reasons({ ...personalised, hardship: true })).toEqual([]);
    expect(reasons({ ...personalised, hardship: true, periods: 61 })).toEqual([
      'periods: periods must be at most 60 (got 61)',
    ]);
  });

  it('every reason in Chinese too', () => {
    const parsed = parsePlanRequest({ ...valid, periods: 0, monthlyFeeRate: 2, today: '2026-02-30' });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((p) => p.message.zh)).toEqual([
      'periods 不能小于 1（收到 0）',
      'monthlyFeeRate 不能超过 100%（收到 2）',
      '日期 2026-02-30 不存在',
    ]);
  });

  it('a policy that is not a valid pack policy is refused by the pack schema', () => {
    const broken = { ...cnPolicy, minInstalment: -1 };
    expect(reasons({ ...valid, policy: broken })).toEqual([
      'policy.minInstalment: policy.minInstalment must not be negative (got -1)',
    ]);
  });

  it('computePlan throws every reason', () => {
    expect(() => computePlan({ ...valid, periods: 0 })).toThrow(PlanRequestError);
    expect(() => computePlan({ ...valid, periods: 0 })).toThrow(
      'periods: periods must be at least 1 (got 0)',
    );
  });
});

describe('computePlan', () => {
  it('returns schedule, totals, annualised rates, verdict and read-back', () => {
    const result = computePlan({ ...valid, policy: cnPolicy });
    expect(result.schedule).toHaveLength(12);
    expect(result.totals).toMatchObject({ fee: 72_000, paid: 1_072_000 });
    expect(result.annualised?.nominal).toBeCloseTo(0.1303, 4);
    expect(result.verdict).toBe('ok');
    expect(result.readBack.language).toBe('zh');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result); // plain data, safe to print or store
  });

  it('defaults: first due date a month after today, keeping today’s day (31 Jan → 28 Feb → 31 Mar)', () => {
    const result = computePlan({ ...valid, today: '2026-01-31', periods: 3 });
    expect(result.terms).toMatchObject({ firstDueDate: '2026-02-28', dayOfMonth: 31 });
    expect(result.schedule.map((row) => row.dueDate)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('full, minimum and settlement fall due today unless a date is given', () => {
    expect(computePlan({ type: 'full', balance: 500, today: '2026-03-01' }).schedule[0]?.dueDate).toBe(
      '2026-03-01',
    );
    expect(
      computePlan({ type: 'full', balance: 500, today: '2026-03-01', firstDueDate: '2026-03-05' }).schedule[0]
        ?.dueDate,
    ).toBe('2026-03-05');
  });

  it('a deferral takes its terms from the policy', () => {
    const result = computePlan({
      type: 'deferral',
      balance: 1_000_000,
      deferralMonths: 3,
      periods: 6,
      today: '2026-01-31',
      policy: cnPolicy,
    });
    expect(result.terms).toMatchObject({
      deferral: { months: 3, interest: 'accrue', monthlyRate: 0.005 },
      monthlyFeeRate: 0.0065,
    });
    expect(result.schedule.filter((row) => row.kind === 'deferred')).toHaveLength(3);
    expect(result.verdict).toBe('ok');
  });

  it('a settlement by discount rate rounds the discount half-up', () => {
    const result = computePlan({ type: 'settlement', balance: 333, discountRate: 0.1, today: '2026-03-01' });
    expect(result.terms.settlementAmount).toBe(300);
    expect(result.totals).toMatchObject({ paid: 300, waived: 33 });
    expect(result.annualised).toBeNull();
  });
});
