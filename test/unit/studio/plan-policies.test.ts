import { planPolicySchema } from '@/lib/pack/schema';
import type { ParamSpec } from '@/lib/studio/params';
import { percentOfRate, rateOfPercent } from '@/lib/studio/params';
import { newPolicy, PART_DEFAULTS, POLICY_FIELDS } from '@/lib/studio/plan-policies';
import enForms from '@/locales/en/studio-forms.json';
import zhForms from '@/locales/zh-CN/studio-forms.json';

const keysOf = (fields: readonly ParamSpec[]): string[] =>
  fields.flatMap((f) => [f.key, ...('fields' in f ? keysOf(f.fields) : [])]);

describe('plan policy fields from the schema', () => {
  it('knows money, rates, whole numbers, nested parts and term lists, each labelled in both languages', () => {
    const byKey = new Map(POLICY_FIELDS.map((f) => [f.key, f]));
    expect(byKey.get('minInstalment')?.kind).toBe('money');
    expect(byKey.get('minDownPaymentRate')).toMatchObject({ kind: 'rate', min: 0, max: 1 });
    const flat = byKey.get('instalmentFlat');
    expect(flat?.kind === 'items' && flat.fields.map((f) => [f.key, f.kind])).toEqual([
      ['periods', 'int'],
      ['monthlyFeeRate', 'rate'],
    ]);
    expect(byKey.get('deferral')).toMatchObject({ kind: 'object', optional: true });
    for (const key of keysOf(POLICY_FIELDS)) {
      expect(zhForms).toHaveProperty([`studio.forms.plan.${key}`]);
      expect(enForms).toHaveProperty([`studio.forms.plan.${key}`]);
    }
  });

  it('starts a new policy and every part valid, and most restrictive', () => {
    const policy = {
      ...newPolicy('Recoveries', [{ id: 'recoveries' }]),
      instalmentFlat: [PART_DEFAULTS.instalmentFlat],
      instalmentAmortising: [PART_DEFAULTS.instalmentAmortising],
      deferral: PART_DEFAULTS.deferral,
      personalised: PART_DEFAULTS.personalised,
      settlement: PART_DEFAULTS.settlement,
    };
    expect(policy.id).toBe('recoveries-2');
    expect(planPolicySchema.safeParse(policy).success).toBe(true);
    expect(policy.settlement.supervisorMaxDiscountRate).toBe(0);
  });
});

describe('percentages', () => {
  it('turns typed percentages into exact decimal rates and back', () => {
    expect(rateOfPercent('0.75')).toBe(0.0075);
    expect(rateOfPercent('0.07 %')).toBe(0.0007);
    expect(rateOfPercent('30%')).toBe(0.3);
    expect(rateOfPercent('12.345')).toBe(0.12345);
    expect(rateOfPercent('1,5')).toBeUndefined();
    expect(rateOfPercent('-1')).toBeUndefined();
    for (const rate of [0.0075, 0.006, 0.0066, 0.3, 1, 0, 0.015])
      expect(rateOfPercent(percentOfRate(rate))).toBe(rate);
    expect(percentOfRate(0.0066)).toBe('0.66');
    expect(percentOfRate(1e-7)).toBe('0.00001');
  });
});
