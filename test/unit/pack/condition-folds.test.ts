/**
 * Conditions are evaluated for every script and rule on every CRM context change; the pack's side
 * of a comparison never changes. Counted through the one folding: the pack's values are folded once
 * per condition, the CRM's value once per evaluation (the old `same()` folded both sides on every
 * comparison, so an `in` over five options folded ten times per read).
 */
import { holds } from '@/lib/pack/condition';
import type { Condition } from '@/lib/pack/schema';
import { foldText } from '@/lib/text/fold';

vi.mock('@/lib/text/fold', async (original) => {
  const actual = await original<typeof import('@/lib/text/fold')>();
  return { ...actual, foldText: vi.fn(actual.foldText) };
});

const folds = vi.mocked(foldText);

describe('the pack side of a condition, folded once', () => {
  it('folds the pack values of `in` once, then only the CRM value per read', () => {
    const condition: Condition = {
      field: 'segment',
      op: 'in',
      value: ['一般', '关注', '次级', '可疑', '高風險'],
    };
    folds.mockClear();
    expect(holds(condition, { segment: '高风险' })).toBe(true);
    expect(folds).toHaveBeenCalledTimes(6);
    folds.mockClear();
    for (const segment of ['ＶＩＰ', '一般', '损失']) holds(condition, { segment });
    expect(folds).toHaveBeenCalledTimes(3);
    expect(folds.mock.calls.map(([text]) => text)).toEqual(['ＶＩＰ', '一般', '损失']);
  });

  it('folds each item of a CRM list once, whatever number of options it is compared with', () => {
    const condition: Condition = { field: 'flags', op: 'in', value: ['attorney', 'cease', 'ＡＴＴＹ'] };
    holds(condition, { flags: [] });
    folds.mockClear();
    expect(holds(condition, { flags: ['complaint', 'hardship', 'atty'] })).toBe(true);
    expect(folds).toHaveBeenCalledTimes(3);
  });

  it('eq and ne fold the pack value once across reads', () => {
    const eq: Condition = { field: 'bucket', op: 'eq', value: 'm3' };
    const ne: Condition = { field: 'bucket', op: 'ne', value: 'm3' };
    folds.mockClear();
    for (let k = 0; k < 4; k++) {
      expect(holds(eq, { bucket: 'M3' })).toBe(true);
      expect(holds(ne, { bucket: 'M3' })).toBe(false);
    }
    // Two pack values once each, the CRM value once per read.
    expect(folds).toHaveBeenCalledTimes(2 + 8);
  });

  it('a number against text still compares as text', () => {
    expect(holds({ field: 'dpd', op: 'eq', value: '75' }, { dpd: 75 })).toBe(true);
    expect(holds({ field: 'dpd', op: 'in', value: [75, 90] }, { dpd: '９０' })).toBe(true);
    expect(holds({ field: 'hardship', op: 'eq', value: 'true' }, { hardship: true })).toBe(false);
  });
});
