import {
  type ChecklistCall,
  checklistByPhase,
  checklistOverridden,
  dueItems,
  OVERRIDE_REASON_MAX,
  onlyThirdParty,
  overrideChecklist,
  overrideReason,
  overrideRules,
  tickByHand,
  wrapUpAllowed,
  wrapUpBlockers,
} from '../../../lib/compliance/checklist';
import enPackJson from '../../../lib/pack/defaults/en-US.json';
import zhPackJson from '../../../lib/pack/defaults/zh-CN.json';
import { parsePack } from '../../../lib/pack/parse';
import type { Pack, Script } from '../../../lib/pack/schema';

function load(json: unknown): Pack {
  const parsed = parsePack(json);
  if (!parsed.ok) throw new Error(parsed.errors[0]?.message.en);
  return parsed.pack;
}

const zh = load(zhPackJson);
const en = load(enPackJson);
const scriptOf = (pack: Pack, id: string): Script => {
  const script = pack.scripts.find((s) => s.id === id);
  if (!script) throw new Error(id);
  return script;
};
const early = scriptOf(zh, 'script-early');

/** A call that visited these stages one minute apart, with these items ticked. */
function call(stageIds: string[], ticked: string[] = [], extra: Partial<ChecklistCall> = {}): ChecklistCall {
  return {
    stages: stageIds.map((stageId, i) => ({ stageId, at: 1_000 + i * 60_000 })),
    checklist: Object.fromEntries(ticked.map((id) => [id, { at: 5_000, by: 'line' as const }])),
    overrides: [],
    ...extra,
  };
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('wrapUpBlockers (default zh-CN pack, early script)', () => {
  it('owes nothing for a call that never entered a stage (no answer)', () => {
    expect(wrapUpBlockers(zh, call([]), early)).toEqual([]);
  });

  it('owes the identify stage’s recording notice once the call is answered', () => {
    expect(ids(wrapUpBlockers(zh, call(['e-identify']), early))).toEqual(['recording-notice']);
    expect(wrapUpBlockers(zh, call(['e-identify'], ['recording-notice']), early)).toEqual([]);
  });

  it('owes every required item of each stage reached, in pack order, and none of the stages not reached', () => {
    const reachedNegotiate = call(['e-identify', 'e-disclose', 'e-understand', 'e-negotiate']);
    expect(ids(wrapUpBlockers(zh, reachedNegotiate, early))).toEqual([
      'recording-notice',
      'identity-verified',
      'agent-introduced',
      'purpose-stated',
      'amount-explained',
      'reason-asked',
      'options-offered',
    ]);
  });

  it('never owes an optional item, ticked or not', () => {
    const reachedNegotiate = call(['e-identify', 'e-disclose', 'e-understand', 'e-negotiate']);
    const blockers = ids(wrapUpBlockers(zh, reachedNegotiate, early));
    expect(blockers).not.toContain('plan-cost-explained');
    expect(blockers).not.toContain('hardship-proof');
  });

  it('owes nothing once every due item is ticked, by line or by hand', () => {
    const full = ['e-identify', 'e-disclose', 'e-understand', 'e-negotiate', 'e-commit', 'e-close'];
    const all = zh.checklist.map((i) => i.id);
    expect(wrapUpBlockers(zh, call(full, all), early)).toEqual([]);
    const missingSummary = all.filter((id) => id !== 'summary');
    expect(ids(wrapUpBlockers(zh, call(full, missingSummary), early))).toEqual(['summary']);
    const handTicked = tickByHand(call(full, missingSummary), 'summary', true, 9_000);
    expect(wrapUpBlockers(zh, handTicked, early)).toEqual([]);
  });

  it('a call that went to a third party owes only identify and third-party items', () => {
    const thirdParty = call(['e-identify', 'e-third-party'], [], { thirdParty: { at: 30_000 } });
    expect(ids(wrapUpBlockers(zh, thirdParty, early))).toEqual(['recording-notice', 'tp-no-disclosure']);
    // The agent's identity check went to the disclose stage first, then found a third party.
    const afterCheck = call(['e-identify', 'e-disclose', 'e-third-party'], ['recording-notice'], {
      thirdParty: { at: 100_000 },
    });
    expect(ids(wrapUpBlockers(zh, afterCheck, early))).toEqual(['identity-verified', 'tp-no-disclosure']);
  });

  it('a third party who hands the phone to the debtor: the debtor stages count again', () => {
    const handedOver = call(['e-identify', 'e-third-party', 'e-disclose'], [], {
      thirdParty: { at: 30_000 },
    });
    expect(ids(wrapUpBlockers(zh, handedOver, early))).toEqual([
      'recording-notice',
      'identity-verified',
      'agent-introduced',
      'purpose-stated',
      'tp-no-disclosure',
    ]);
  });

  it('a wrong-number call owes the greeting only, not the close stage’s summary and channel', () => {
    expect(ids(wrapUpBlockers(zh, call(['e-identify', 'e-wrong-number']), early))).toEqual([
      'recording-notice',
    ]);
  });

  it('finds the stages in the pack when the script is not known', () => {
    const reached = call(['e-identify', 'e-disclose']);
    expect(wrapUpBlockers(zh, reached, null)).toEqual(wrapUpBlockers(zh, reached, early));
  });

  it('ignores stage ids the pack does not have (a call from an older pack)', () => {
    expect(ids(wrapUpBlockers(zh, call(['gone-stage', 'e-identify']), early))).toEqual(['recording-notice']);
  });

  it('falls back to the item’s phase for items no stage lists', () => {
    const pack: Pack = {
      ...zh,
      checklist: [...zh.checklist, { id: 'extra-close', text: 'extra', phase: 'close', required: true }],
    };
    const closed = call(['e-identify', 'e-close'], ['recording-notice', 'summary', 'official-channel']);
    expect(ids(wrapUpBlockers(pack, closed, early))).toEqual(['extra-close']);
  });
});

describe('wrapUpBlockers (default en-US pack)', () => {
  it('owes right-party contact and the Mini-Miranda once the disclose stage is reached', () => {
    const script = en.scripts[0] as Script;
    const stages = script.stages
      .filter((s) => s.phase === 'identify' || s.phase === 'disclose')
      .map((s) => s.id);
    const blockers = ids(wrapUpBlockers(en, call(stages), script));
    expect(blockers).toContain('mini-miranda');
    expect(blockers).toContain('rpc-verified');
    expect(blockers).not.toContain('summary');
  });
});

describe('dueItems and onlyThirdParty', () => {
  it('lists optional items due too, for display', () => {
    const due = ids(dueItems(zh, call(['e-identify', 'e-disclose', 'e-understand', 'e-negotiate']), early));
    expect(due).toContain('plan-cost-explained');
  });

  it('counts a call as third party from the flag or from a third-party stage', () => {
    const stageOf = (id: string) => early.stages.find((s) => s.id === id);
    expect(onlyThirdParty(call(['e-identify']), stageOf)).toBe(false);
    expect(onlyThirdParty(call(['e-identify', 'e-third-party']), stageOf)).toBe(true);
    expect(onlyThirdParty(call(['e-identify'], [], { thirdParty: { at: 2_000 } }), stageOf)).toBe(true);
    expect(onlyThirdParty(call(['e-identify', 'e-third-party', 'e-negotiate']), stageOf)).toBe(false);
  });
});

describe('overrides', () => {
  it('a reason must say something; it is trimmed and capped', () => {
    expect(overrideReason('')).toBeNull();
    expect(overrideReason('   ')).toBeNull();
    expect(overrideReason('x')).toBeNull();
    expect(overrideReason('  客户要求  ')).toBe('客户要求');
    expect(overrideReason('a'.repeat(OVERRIDE_REASON_MAX + 50))?.length).toBe(OVERRIDE_REASON_MAX);
  });

  it('overrideChecklist keeps { kind: checklist, reason, at } and lets the wrap-up go on', () => {
    const open = call(['e-identify']);
    expect(wrapUpAllowed(zh, open, early)).toBe(false);
    const overridden = overrideChecklist(open, ' 客户挂断，未能说完 ', 42);
    expect(overridden.overrides).toEqual([{ kind: 'checklist', reason: '客户挂断，未能说完', at: 42 }]);
    expect(checklistOverridden(overridden)).toBe(true);
    expect(wrapUpAllowed(zh, overridden, early)).toBe(true);
    // The blockers are still reported: the override is a reason, not a tick.
    expect(ids(wrapUpBlockers(zh, overridden, early))).toEqual(['recording-notice']);
    expect(open.overrides).toEqual([]);
  });

  it('never stores a blank override', () => {
    expect(() => overrideChecklist(call([]), ' ', 1)).toThrow(RangeError);
    expect(() => overrideRules(call([]), ['cn-stop-flags'], '', 1)).toThrow(RangeError);
  });

  it('overrideRules keeps one { kind: rule, ruleId, reason, at } per rule', () => {
    const overridden = overrideRules(call([]), ['cn-call-window', 'cn-stop-flags'], '客户约定此时回电', 7);
    expect(overridden.overrides).toEqual([
      { kind: 'rule', ruleId: 'cn-call-window', reason: '客户约定此时回电', at: 7 },
      { kind: 'rule', ruleId: 'cn-stop-flags', reason: '客户约定此时回电', at: 7 },
    ]);
    expect(checklistOverridden(overridden)).toBe(false);
  });
});

describe('tickByHand and checklistByPhase', () => {
  it('a hand tick records its time and keeps the first one; unticking removes it', () => {
    const once = tickByHand(call([]), 'summary', true, 100);
    expect(once.checklist.summary).toEqual({ at: 100, by: 'hand' });
    expect(tickByHand(once, 'summary', true, 200).checklist.summary).toEqual({ at: 100, by: 'hand' });
    expect(tickByHand(once, 'summary', false, 300).checklist.summary).toBeUndefined();
  });

  it('groups items by phase in call order, third party right after identify', () => {
    const groups = checklistByPhase(zh.checklist);
    expect(groups.map((g) => g.phase)).toEqual([
      'identify',
      'thirdParty',
      'disclose',
      'understand',
      'negotiate',
      'commit',
      'escalate',
      'close',
    ]);
    expect(groups.flatMap((g) => g.items)).toHaveLength(zh.checklist.length);
    expect(ids(groups[0]?.items ?? [])).toEqual(['recording-notice', 'identity-verified']);
  });
});
