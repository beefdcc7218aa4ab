import zhPack from '@/lib/pack/defaults/zh-CN.json';
import { lintPack } from '@/lib/pack/lint';
import { packSchema } from '@/lib/pack/schema';
import { readDraft } from '@/lib/studio/edit';
import { moveItem } from '@/lib/studio/list-edit';
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

  it('moves a list item by swapping it with its neighbour, leaving the rest of the text alone', () => {
    const text = '{\n  "a": [1, 2, 3],\n  "b":   true\n}';
    const moved = moveItem(text, ['a'], [1, 2, 3], 0, 1);
    expect(readDraft(moved)).toEqual({ a: [2, 1, 3], b: true });
    expect(moved).toContain('"b":   true');
    expect(moveItem(text, ['a'], [1, 2, 3], 2, 3)).toBe(text);
  });
});
