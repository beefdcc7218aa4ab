/** Issue 12 §8: who may override a block, and what is kept. */

import type { CallOverride } from '@/lib/compliance/checklist';
import {
  checkOverride,
  overrideBlocks,
  overrideNeeded,
  SUPERVISOR_REASON_MIN,
} from '@/lib/compliance/override';
import type { OverrideLevel } from '@/lib/pack/schema';

const blocks = (...levels: OverrideLevel[]) => levels.map((override, i) => ({ ruleId: `r${i}`, override }));
const LONG = 'Debtor asked for this call time in writing';

describe('override levels', () => {
  it.each([
    [['agent'], 'agent'],
    [['agent', 'supervisor'], 'supervisor'],
    [['supervisor', 'never', 'agent'], 'never'],
    [[], 'agent'],
  ] as const)('%j needs %s', (levels, need) => {
    expect(overrideNeeded(blocks(...levels))).toBe(need);
  });

  it.each([
    ['agent rule, agent reason', ['agent'], { reason: 'customer asked' }, true, null],
    ['agent rule, no reason', ['agent'], { reason: ' ' }, false, 'reason'],
    ['supervisor rule, agent alone', ['supervisor'], { reason: LONG }, false, 'supervisorId'],
    [
      'supervisor rule, short reason',
      ['supervisor'],
      { reason: 'ok fine', supervisorId: 'SUP-1' },
      false,
      'reason',
    ],
    ['supervisor rule, bad id', ['supervisor'], { reason: LONG, supervisorId: '!' }, false, 'supervisorId'],
    [
      'supervisor rule, supervisor and real reason',
      ['supervisor'],
      { reason: LONG, supervisorId: 'SUP-1' },
      true,
      null,
    ],
    ['never rule, agent', ['never'], { reason: LONG }, false, 'none'],
    ['never rule, even a supervisor', ['never'], { reason: LONG, supervisorId: 'SUP-1' }, false, 'none'],
    ['mixed agent + never', ['agent', 'never'], { reason: LONG, supervisorId: 'SUP-1' }, false, 'none'],
  ] as const)('%s', (_name, levels, request, ok, field) => {
    const result = checkOverride(blocks(...levels), request);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.field).toBe(field);
  });

  it(`a supervisor's reason needs at least ${SUPERVISOR_REASON_MIN} characters`, () => {
    const reason = 'x'.repeat(SUPERVISOR_REASON_MIN);
    expect(checkOverride(blocks('supervisor'), { reason, supervisorId: 'SUP-1' }).ok).toBe(true);
    expect(checkOverride(blocks('supervisor'), { reason: reason.slice(1), supervisorId: 'SUP-1' }).ok).toBe(
      false,
    );
  });

  it('stores one override per block, with the supervisor; refuses a never rule without storing', () => {
    const call = { overrides: [] };
    const next = overrideBlocks(
      call,
      blocks('agent', 'supervisor'),
      { reason: LONG, supervisorId: 'SUP-7' },
      5,
    );
    expect(next.overrides).toEqual([
      { kind: 'rule', ruleId: 'r0', reason: LONG, supervisorId: 'SUP-7', at: 5 },
      { kind: 'rule', ruleId: 'r1', reason: LONG, supervisorId: 'SUP-7', at: 5 },
    ]);
    expect(() => overrideBlocks(call, blocks('never'), { reason: LONG, supervisorId: 'SUP-7' }, 5)).toThrow(
      RangeError,
    );
    expect(call.overrides).toEqual([]);
  });

  it('keeps the stop flags a stop-flag block matched, so a later one is known unseen (stop12)', () => {
    const flagBlock = {
      ruleId: 'flags',
      override: 'supervisor' as const,
      type: 'stopFlag' as const,
      numbers: { matched: 'complaint, ATTY' },
    };
    const other = { ruleId: 'window', override: 'agent' as const, type: 'callWindow' as const, numbers: {} };
    const next = overrideBlocks(
      { overrides: [] as CallOverride[] },
      [flagBlock, other],
      { reason: LONG, supervisorId: 'SUP-7' },
      5,
    );
    expect(next.overrides.map((o) => o.flags)).toEqual([['complaint', 'ATTY'], undefined]);
  });
});
