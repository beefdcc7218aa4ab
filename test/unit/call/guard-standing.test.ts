import { guardStanding } from '@/lib/call/guard-standing';
import type { CallOverride } from '@/lib/compliance/checklist';
import type { Verdict } from '@/lib/compliance/types';

const verdict = (
  ruleId: string,
  level: Verdict['level'],
  type: Verdict['type'] = 'stopFlag',
  numbers: Verdict['numbers'] = {},
) => ({ ruleId, type, level, numbers });
const override = (ruleId: string, at: number, supervisorId?: string): CallOverride => ({
  kind: 'rule',
  ruleId,
  reason: '律师来函同意本次核实地址，主管已核对函件',
  ...(supervisorId ? { supervisorId } : {}),
  at,
});

describe('the Guard level once blocks were gone past on the call', () => {
  it('reads approved when a supervisor covered every block, excused for an agent reason', () => {
    const blocks = [verdict('flags', 'block', 'stopFlag', { matched: 'attorney' }), verdict('window', 'ok')];
    expect(guardStanding(blocks, { overrides: [override('flags', 10, 'SUP-1')], flags: [] }).shown).toBe(
      'approved',
    );
    expect(guardStanding(blocks, { overrides: [override('flags', 10)], flags: [] }).shown).toBe('excused');
  });

  it('stays block without a call, without an override, or with a checklist override only', () => {
    const blocks = [verdict('flags', 'block')];
    expect(guardStanding(blocks, null).shown).toBe('block');
    expect(guardStanding(blocks, { overrides: [], flags: [] }).shown).toBe('block');
    const checklist: CallOverride = { kind: 'checklist', reason: '客户挂断', at: 5 };
    expect(guardStanding(blocks, { overrides: [checklist], flags: [] }).shown).toBe('block');
  });

  it('is block again when another rule blocks later in the call, and names what is covered', () => {
    const standing = guardStanding(
      [
        verdict('flags', 'block', 'stopFlag', { matched: 'attorney' }),
        verdict('window', 'block', 'callWindow'),
      ],
      { overrides: [override('flags', 10, 'SUP-1')], flags: [] },
    );
    expect(standing.shown).toBe('block');
    expect([...standing.covered.keys()]).toEqual(['flags']);
  });

  it('is block again when a stop flag of the same rule is raised on the call after the approval', () => {
    const flags = verdict('flags', 'block', 'stopFlag', { matched: 'attorney,crisis' });
    const call = { overrides: [override('flags', 10, 'SUP-1')], flags: [{ flag: 'crisis', at: 20 }] };
    expect(guardStanding([flags], call).shown).toBe('block');
    // A flag raised before the approval was seen by the supervisor.
    const before = { ...call, flags: [{ flag: 'crisis', at: 5 }] };
    expect(guardStanding([flags], before).shown).toBe('approved');
  });

  it('is block again when the CRM shows a stop flag the approval did not see (stop12)', () => {
    const seen: CallOverride = { ...override('flags', 10, 'SUP-1'), flags: ['complaint'] };
    const call = { overrides: [seen], flags: [] };
    expect(guardStanding([verdict('flags', 'block', 'stopFlag', { matched: 'complaint' })], call).shown).toBe(
      'approved',
    );
    // The account page now shows attorney too: no call flag was raised, the matched set grew.
    const grown = verdict('flags', 'block', 'stopFlag', { matched: 'complaint,ATTY' });
    const standing = guardStanding([grown], call);
    expect(standing.shown).toBe('block');
    expect(standing.covered.size).toBe(0);
    // The same flags written another way (full width, case) are the flags the supervisor saw.
    const same = verdict('flags', 'block', 'stopFlag', { matched: 'ＣＯＭＰＬＡＩＮＴ' });
    expect(guardStanding([same], call).shown).toBe('approved');
    // A flag that went away leaves the approval standing.
    expect(guardStanding([verdict('flags', 'block', 'stopFlag', { matched: '' })], call).shown).toBe(
      'approved',
    );
  });

  it('an override stored before it kept flags still reads: only a flag raised after it blocks again', () => {
    const old = override('flags', 10, 'SUP-1');
    const grown = verdict('flags', 'block', 'stopFlag', { matched: 'complaint,attorney' });
    expect(guardStanding([grown], { overrides: [old], flags: [] }).shown).toBe('approved');
    expect(guardStanding([grown], { overrides: [old], flags: [{ flag: 'Attorney', at: 11 }] }).shown).toBe(
      'block',
    );
  });

  it('keeps the worst plain level when nothing blocks', () => {
    expect(guardStanding([verdict('a', 'warn'), verdict('b', 'ok')], null).shown).toBe('warn');
    expect(guardStanding([verdict('b', 'ok')], { overrides: [override('b', 1, 'S')], flags: [] }).shown).toBe(
      'ok',
    );
  });
});
