import { checkPolicy, type PlanTerms, verdictOf } from '../../../lib/plan/policy';
import { computePlan } from '../../../lib/plan/request';
import { cnPolicy, usPolicy } from './fixtures';

const flat12: PlanTerms = {
  type: 'instalmentFlat',
  balance: 1_000_000,
  downPayment: 0,
  periods: 12,
  monthlyFeeRate: 0.006,
  smallestPayment: 89_333,
};

const limits = (terms: PlanTerms, policy = cnPolicy) =>
  checkPolicy(terms, policy, 'CNY').violations.map((v) => [v.limit, v.level]);

describe('policy verdicts', () => {
  it('ok: an allowed term at its fee rate above the minimum instalment', () => {
    const check = checkPolicy(flat12, cnPolicy, 'CNY');
    expect(check).toMatchObject({ policyId: 'cn-m2', verdict: 'ok', violations: [], notes: [] });
  });

  it('refused: a plan type the policy does not allow, naming the allowed ones', () => {
    const check = checkPolicy({ ...flat12, type: 'instalmentAmortising', apr: 0.12 }, cnPolicy, 'CNY');
    expect(check.verdict).toBe('refused');
    expect(check.violations[0]).toMatchObject({ limit: 'types', actual: 'instalmentAmortising' });
    expect(check.violations[0]?.message.zh).toContain('本策略不允许等额本息分期');
    expect(check.violations[0]?.message.en).toContain('allowed: full payment, minimum payment');
  });

  it('refused: a term the policy does not list, with the allowed periods', () => {
    const check = checkPolicy({ ...flat12, periods: 9 }, cnPolicy, 'CNY');
    expect(check.verdict).toBe('refused');
    expect(check.violations[0]).toMatchObject({
      limit: 'instalmentFlat.periods',
      allowed: [3, 6, 12, 24],
      actual: 9,
    });
    expect(check.violations[0]?.message.en).toBe(
      '9 periods is not an allowed instalment term (allowed: 3, 6, 12, 24)',
    );
  });

  it('refused: a fee rate other than the term’s', () => {
    const check = checkPolicy({ ...flat12, monthlyFeeRate: 0.005 }, cnPolicy, 'CNY');
    expect(check.violations[0]).toMatchObject({
      limit: 'instalmentFlat.monthlyFeeRate',
      allowed: 0.006,
      actual: 0.005,
    });
    expect(check.violations[0]?.message.zh).toBe('12期的月手续费率应为0.6%，方案为0.5%');
  });

  it('refused: a payment below the minimum instalment, with both amounts', () => {
    const check = checkPolicy({ ...flat12, balance: 100_000, smallestPayment: 8_933 }, cnPolicy, 'CNY');
    expect(check.violations).toEqual([
      expect.objectContaining({ limit: 'minInstalment', level: 'refused', allowed: 20_000, actual: 8_933 }),
    ]);
    expect(check.violations[0]?.message.zh).toBe('每期还款¥89.33低于每期最低¥200.00');
    expect(check.violations[0]?.message.en).toBe(
      'A payment of CN¥89.33 is below the minimum instalment of CN¥200.00',
    );
  });

  it('refused: a down payment below the policy’s share of the balance', () => {
    const terms: PlanTerms = {
      type: 'instalmentAmortising',
      balance: 500_000,
      downPayment: 40_000,
      periods: 12,
      apr: 0.12,
      smallestPayment: 40_000,
    };
    const check = checkPolicy(terms, usPolicy, 'USD');
    expect(check.violations).toEqual([
      expect.objectContaining({ limit: 'minDownPaymentRate', allowed: 0.1, actual: 40_000 }),
    ]);
    expect(check.violations[0]?.message.en).toBe(
      'A down payment of $400.00 is below the minimum of $500.00 (10% of the balance)',
    );
    expect(checkPolicy({ ...terms, downPayment: 50_000 }, usPolicy, 'USD').verdict).toBe('ok');
  });

  it('deferral: beyond the maximum months, or interest the policy does not set, is refused', () => {
    const deferral: PlanTerms = {
      type: 'deferral',
      balance: 1_000_000,
      downPayment: 0,
      periods: 1,
      monthlyFeeRate: 0,
      deferral: { months: 3, interest: 'accrue', monthlyRate: 0.005 },
      smallestPayment: 1_015_000,
    };
    expect(checkPolicy(deferral, cnPolicy, 'CNY').verdict).toBe('ok');
    expect(limits({ ...deferral, deferral: { months: 4, interest: 'accrue', monthlyRate: 0.005 } })).toEqual([
      ['deferral.maxMonths', 'refused'],
    ]);
    expect(limits({ ...deferral, deferral: { months: 2, interest: 'frozen', monthlyRate: 0 } })).toEqual([
      ['deferral.interest', 'refused'],
    ]);
    expect(limits({ ...deferral, deferral: { months: 2, interest: 'accrue', monthlyRate: 0.004 } })).toEqual([
      ['deferral.monthlyRate', 'refused'],
    ]);
    // Several instalments after the deferral follow the policy's flat terms.
    expect(limits({ ...deferral, periods: 5, monthlyFeeRate: 0.006 })).toEqual([
      ['instalmentFlat.periods', 'refused'],
    ]);
    expect(
      checkPolicy(
        { ...deferral, periods: 6, monthlyFeeRate: 0.0065, smallestPayment: 170_000 },
        cnPolicy,
        'CNY',
      ).verdict,
    ).toBe('ok');
    expect(limits({ ...deferral }, usPolicy)).toEqual([
      ['types', 'refused'],
      ['deferral', 'refused'],
      ['minDownPaymentRate', 'refused'],
    ]);
  });

  it('personalised: needs approval and proof; beyond its maximum periods or at another fee, refused', () => {
    const terms: PlanTerms = {
      type: 'personalised',
      balance: 3_800_000,
      downPayment: 0,
      periods: 60,
      monthlyFeeRate: 0,
      smallestPayment: 63_333,
    };
    const check = checkPolicy(terms, cnPolicy, 'CNY');
    expect(check.verdict).toBe('needsApproval');
    expect(check.violations).toEqual([
      expect.objectContaining({ limit: 'personalised.needsApproval', level: 'needsApproval' }),
    ]);
    expect(check.notes[0]?.zh).toContain('困难证明');
    const strict = {
      ...cnPolicy,
      personalised: { maxPeriods: 36, monthlyFeeRate: 0, needsApproval: true, needsProof: false },
    };
    expect(limits(terms, strict)).toEqual([
      ['personalised.maxPeriods', 'refused'],
      ['personalised.needsApproval', 'needsApproval'],
    ]);
    expect(checkPolicy(terms, strict, 'CNY').verdict).toBe('refused');
    expect(limits({ ...terms, monthlyFeeRate: 0.003 })).toContainEqual([
      'personalised.monthlyFeeRate',
      'refused',
    ]);
  });

  describe('settlement: the agent’s own discount, the supervisor’s, and beyond', () => {
    const settle = (settlementAmount: number, periods = 1): PlanTerms => ({
      type: 'settlement',
      balance: 1_000_000,
      downPayment: 0,
      periods,
      settlementAmount,
      smallestPayment: Math.floor(settlementAmount / periods),
    });

    it('up to 10 % the agent gives alone (exactly 10 % included)', () => {
      expect(checkPolicy(settle(900_000), cnPolicy, 'CNY').verdict).toBe('ok');
    });

    it('one fen beyond the agent’s 10 % needs a supervisor', () => {
      const check = checkPolicy(settle(899_999), cnPolicy, 'CNY');
      expect(check.verdict).toBe('needsApproval');
      expect(check.violations[0]).toMatchObject({
        limit: 'settlement.agentMaxDiscountRate',
        allowed: 0.1,
        actual: 100_001,
      });
      expect(check.violations[0]?.message.zh).toBe(
        '减免¥1,000.01（10.0001%）超过坐席权限10%（¥1,000.00），须主管审批',
      );
    });

    it('up to 30 % with approval; beyond it refused, naming the supervisor’s limit', () => {
      expect(checkPolicy(settle(700_000), cnPolicy, 'CNY').verdict).toBe('needsApproval');
      const check = checkPolicy(settle(650_000), cnPolicy, 'CNY');
      expect(check.verdict).toBe('refused');
      expect(check.violations[0]).toMatchObject({
        limit: 'settlement.supervisorMaxDiscountRate',
        allowed: 0.3,
        actual: 350_000,
      });
      expect(check.violations[0]?.message.en).toBe(
        "A discount of CN¥3,500.00 (35%) exceeds the supervisor's limit of 30% (CN¥3,000.00)",
      );
    });

    it('more payments than the policy allows are refused', () => {
      expect(limits(settle(900_000, 4))).toEqual([['settlement.maxPayments', 'refused']]);
      expect(limits(settle(900_000, 3))).toEqual([]);
    });
  });

  it('full and minimum have no limits of their own', () => {
    expect(
      checkPolicy({ ...flat12, type: 'full', periods: 1, smallestPayment: 1_000_000 }, cnPolicy, 'CNY')
        .verdict,
    ).toBe('ok');
    expect(
      checkPolicy({ ...flat12, type: 'minimum', periods: 1, smallestPayment: 100 }, cnPolicy, 'CNY').verdict,
    ).toBe('ok');
  });

  it('the verdict is the worst violation', () => {
    const v = (level: 'needsApproval' | 'refused') => ({
      limit: 'x',
      level,
      allowed: 0,
      actual: 0,
      message: { zh: '', en: '' },
    });
    expect(verdictOf([])).toBe('ok');
    expect(verdictOf([v('needsApproval')])).toBe('needsApproval');
    expect(verdictOf([v('needsApproval'), v('refused')])).toBe('refused');
  });

  it('computePlan takes missing rates from the policy and reports its verdict', () => {
    const result = computePlan({
      type: 'instalmentFlat',
      balance: 1_000_000,
      periods: 12,
      today: '2026-02-15',
      policy: cnPolicy,
    });
    expect(result.terms.monthlyFeeRate).toBe(0.006);
    expect(result).toMatchObject({ policyId: 'cn-m2', verdict: 'ok', violations: [] });
    const refused = computePlan({
      type: 'instalmentFlat',
      balance: 1_000_000,
      periods: 12,
      monthlyFeeRate: 0.004,
      today: '2026-02-15',
      policy: cnPolicy,
    });
    expect(refused.verdict).toBe('refused');
    expect(computePlan({ type: 'full', balance: 1_000, today: '2026-02-15' }).verdict).toBeNull();
  });
});
