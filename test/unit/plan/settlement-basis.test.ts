/**
 * Settlement on what may be waived (issue 13 §3, review Z7): a policy that discounts only interest
 * and fees, the principal from the CRM, the approval below principal, and deferral read-backs that
 * say what keeps accruing (Z8, Z9).
 */
import { type PlanPolicy, planPolicySchema } from '../../../lib/pack/schema';
import { suggestOptions } from '../../../lib/plan/options';
import { computePlan, parsePlanRequest } from '../../../lib/plan/request';
import { cnPolicy } from './fixtures';

const onFees: PlanPolicy = planPolicySchema.parse({
  ...cnPolicy,
  id: 'cn-fees',
  settlement: {
    basis: 'interestAndFees',
    agentMaxDiscountRate: 0.3,
    supervisorMaxDiscountRate: 1,
    maxPayments: 3,
    belowPrincipalApproval: '风险管理部审批',
  },
  deferral: { maxMonths: 1, interest: 'accrue', monthlyRate: 0.005, alsoAccrues: ['违约金'] },
});
const noPrincipalCut: PlanPolicy = planPolicySchema.parse({
  ...onFees,
  settlement: {
    basis: 'interestAndFees',
    agentMaxDiscountRate: 0.3,
    supervisorMaxDiscountRate: 1,
    maxPayments: 3,
  },
});

// Balance ¥10,000.00 of which principal ¥8,000.00 and interest and fees ¥2,000.00.
const base = {
  type: 'settlement' as const,
  balance: 1_000_000,
  principal: 800_000,
  today: '2026-12-01',
  policy: onFees,
  currency: 'CNY',
  locale: 'zh-CN',
};

describe('settlement discounts only interest and fees', () => {
  it('applies the discount rate to interest and fees, not to the balance', () => {
    const result = computePlan({ ...base, discountRate: 0.3 });
    // 30 % of ¥2,000.00 = ¥600.00 waived, not 30 % of ¥10,000.00.
    expect(result.totals.waived).toBe(60_000);
    expect(result.totals.paid).toBe(940_000);
    expect(result.verdict).toBe('ok');
    expect(result.readBack.text).toContain('其中本金¥8,000.00，利息和费用¥2,000.00');
    expect(result.readBack.text).toContain('本金不减免');
  });

  it('asks the supervisor above the agent share of interest and fees, never below principal', () => {
    const supervisor = computePlan({ ...base, settlementAmount: 850_000 });
    expect(supervisor.verdict).toBe('needsApproval');
    expect(supervisor.violations.map((v) => v.limit)).toEqual(['settlement.agentMaxDiscountRate']);
    expect(supervisor.violations[0]?.message.zh).toContain('利息和费用的');
  });

  it('needs the approval level the policy names to go below principal, and says so', () => {
    const below = computePlan({ ...base, settlementAmount: 700_000 });
    expect(below.verdict).toBe('needsApproval');
    expect(below.violations).toEqual([
      expect.objectContaining({ limit: 'settlement.belowPrincipalApproval', level: 'needsApproval' }),
    ]);
    expect(below.violations[0]?.message.zh).toContain('风险管理部审批');
    expect(below.readBack.text).toContain('其中本金减免¥1,000.00');
  });

  it('refuses a settlement below principal when the policy names no approval', () => {
    const refused = computePlan({ ...base, policy: noPrincipalCut, settlementAmount: 799_999 });
    expect(refused.verdict).toBe('refused');
    expect(refused.violations[0]?.limit).toBe('settlement.belowPrincipalApproval');
  });

  it('refuses a discount rate without the principal, with a reason', () => {
    const { principal: _, ...withoutPrincipal } = base;
    const parsed = parsePlanRequest({ ...withoutPrincipal, discountRate: 0.1 });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.message.en).toContain('needs the principal');
    const over = parsePlanRequest({ ...base, principal: 1_000_001, discountRate: 0.1 });
    expect(over.ok).toBe(false);
  });

  it('a balance-based policy lets its rates decide, unless it names an approval for principal cuts', () => {
    const byRates = computePlan({ ...base, policy: cnPolicy, discountRate: 0.25 });
    expect(byRates.totals.paid).toBe(750_000);
    expect(byRates.violations.map((v) => v.limit)).toEqual(['settlement.agentMaxDiscountRate']);
    const named = planPolicySchema.parse({
      ...cnPolicy,
      settlement: { ...cnPolicy.settlement, belowPrincipalApproval: 'credit committee approval' },
    });
    const guarded = computePlan({ ...base, policy: named, discountRate: 0.25 });
    expect(guarded.violations.map((v) => v.limit)).toEqual(['settlement.belowPrincipalApproval']);
    expect(guarded.violations[0]?.message.en).toContain('credit committee approval');
  });

  it('suggests the agent discount on interest and fees', () => {
    const { options } = suggestOptions({
      balance: 1_000_000,
      principal: 800_000,
      monthlyAmount: 1_000_000,
      policy: { ...onFees, types: ['settlement'] },
      today: '2026-12-01',
      currency: 'CNY',
      locale: 'zh-CN',
    });
    expect(options.map((o) => [o.type, o.totalPaid])).toEqual([['settlement', 940_000]]);
  });
});

describe('deferral read-back says what keeps accruing', () => {
  const deferral = {
    type: 'deferral' as const,
    balance: 1_000_000,
    deferralMonths: 1,
    today: '2026-12-01',
    policy: onFees,
  };
  it('names interest and the policy list in Chinese', () => {
    const text = computePlan({ ...deferral, currency: 'CNY', locale: 'zh-CN' }).readBack.text;
    expect(text).toContain('计息');
    expect(text).toContain('违约金按合同继续计收');
  });
  it('and in English', () => {
    const policy = planPolicySchema.parse({
      ...onFees,
      deferral: { ...onFees.deferral, alsoAccrues: ['late fees'] },
    });
    const text = computePlan({ ...deferral, policy, currency: 'USD', locale: 'en-US' }).readBack.text;
    expect(text).toContain('late fees continue to accrue under your card agreement');
  });
});
