import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { lintPack } from '@/lib/pack/lint';
import { packSchema } from '@/lib/pack/schema';
import { catchAllWarning, newSegment } from '@/lib/studio/segments';

describe('segments in the Studio', () => {
  it('warns with lint’s own message exactly when lint finds no catch-all segment', () => {
    expect(catchAllWarning(zhPack)).toBeUndefined();
    const narrowed = structuredClone(zhPack);
    narrowed.segments = narrowed.segments.slice(0, 2);
    const warning = catchAllWarning(narrowed);
    const finding = lintPack(packSchema.parse(narrowed)).find((f) => f.code === 'noCatchAllSegment');
    expect(warning).toBeDefined();
    expect(finding?.message).toEqual(warning);
  });

  it('makes a new segment for every account with a fresh id and the first script and policy', () => {
    const segment = newSegment(zhPack, 'New segment');
    expect(segment).toEqual({
      id: 'segment-new-segment',
      name: 'New segment',
      when: { field: 'accountKey', op: 'exists' },
      scriptId: zhPack.scripts[0]?.id,
      planPolicyId: zhPack.planPolicies[0]?.id,
    });
    expect(zhPack.segments.map((s) => s.id)).not.toContain(segment.id);
  });
});
