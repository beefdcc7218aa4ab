import { crmMoney, planBasis } from '@/lib/plan/basis';
import { contextWith } from '../script/script-fixture';

describe('the plan amount basis (issue 15 §9)', () => {
  it('prefers the balance, says which field it came from', () => {
    expect(planBasis(contextWith({ balance: 500, overdueAmount: 100 }))).toEqual({
      amount: 500,
      field: 'balance',
    });
  });

  it('falls back to the past-due amount, then to nothing', () => {
    expect(planBasis(contextWith({ overdueAmount: 100 }))).toEqual({ amount: 100, field: 'overdueAmount' });
    expect(planBasis(contextWith({ balance: 1.5, overdueAmount: -1 }))).toBeUndefined();
    expect(planBasis(null)).toBeUndefined();
  });

  it('reads only safe whole non-negative minor units', () => {
    expect(crmMoney(contextWith({ x: 0 }), 'x')).toBe(0);
    expect(crmMoney(contextWith({ x: Number.MAX_SAFE_INTEGER + 2 }), 'x')).toBeUndefined();
    expect(crmMoney(contextWith({ x: '100' }), 'x')).toBeUndefined();
  });
});
