/**
 * Who may go on past a block (issue 12 §8): each rule says `agent` (the agent with a reason),
 * `supervisor` (a supervisor's id and a reason a reviewer can check) or `never` (no one: a
 * deceased debtor, a cease request). The call writer stores what this returns.
 */
import type { LocalizedText } from '../i18n/text';
import type { OverrideLevel } from '../pack/schema';
import { type CallOverride, OVERRIDE_REASON_MAX, overrideReason } from './checklist';
import type { Verdict } from './types';

/** A supervisor's reason must say what was checked, not "ok": at least this many characters. */
export const SUPERVISOR_REASON_MIN = 15;

const RANK: Record<OverrideLevel, number> = { agent: 0, supervisor: 1, never: 2 };

/** The strictest level among the blocks: what it takes to go past all of them. */
export function overrideNeeded(blocks: readonly Pick<Verdict, 'override'>[]): OverrideLevel {
  return blocks.reduce<OverrideLevel>(
    (need, v) => (RANK[v.override] > RANK[need] ? v.override : need),
    'agent',
  );
}

export const OVERRIDE_PROBLEMS = {
  never: {
    zh: '此项合规阻断不允许任何人跳过：请不要拨打。',
    en: 'No one may override this block: do not call.',
  },
  supervisor: {
    zh: '只有主管可以批准跳过：请填写主管工号。',
    en: 'Only a supervisor may approve this: enter the supervisor ID.',
  },
  supervisorReason: {
    zh: `主管批准须写明核实了什么（至少 ${SUPERVISOR_REASON_MIN} 个字）。`,
    en: `A supervisor approval needs a reason saying what was checked (at least ${SUPERVISOR_REASON_MIN} characters).`,
  },
  reason: { zh: '请写明继续的原因。', en: 'Write why you go on.' },
} satisfies Record<string, LocalizedText>;

export interface OverrideRequest {
  reason: string;
  supervisorId?: string;
}

export type OverrideCheck =
  | { ok: true; reason: string; supervisorId?: string }
  | { ok: false; problem: LocalizedText; field: 'reason' | 'supervisorId' | 'none' };

const SUPERVISOR_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

/** The flags a stop-flag verdict matched (its `matched` number, the pack's codes, comma-separated). */
export function matchedFlags(numbers: Verdict['numbers'] | undefined): string[] {
  return String(numbers?.matched ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
}

/** Whether these blocks may be gone past with this request, and what to keep if so. */
export function checkOverride(
  blocks: readonly Pick<Verdict, 'override'>[],
  request: OverrideRequest,
): OverrideCheck {
  const need = overrideNeeded(blocks);
  if (need === 'never') return { ok: false, problem: OVERRIDE_PROBLEMS.never, field: 'none' };
  const reason = overrideReason(request.reason);
  if (need === 'supervisor') {
    const supervisorId = request.supervisorId?.trim() ?? '';
    if (!SUPERVISOR_ID.test(supervisorId))
      return { ok: false, problem: OVERRIDE_PROBLEMS.supervisor, field: 'supervisorId' };
    if (reason === null || [...reason].length < SUPERVISOR_REASON_MIN)
      return { ok: false, problem: OVERRIDE_PROBLEMS.supervisorReason, field: 'reason' };
    return { ok: true, reason, supervisorId };
  }
  if (reason === null) return { ok: false, problem: OVERRIDE_PROBLEMS.reason, field: 'reason' };
  return { ok: true, reason };
}

/**
 * The call with one rule override per block gone past, or a RangeError when the request may not
 * override them (a `never` rule, a supervisor rule without a supervisor): nothing is stored then.
 */
export function overrideBlocks<C extends { overrides: readonly CallOverride[] }>(
  call: C,
  blocks: readonly (Pick<Verdict, 'ruleId' | 'override'> & Partial<Pick<Verdict, 'type' | 'numbers'>>)[],
  request: OverrideRequest,
  at: number,
): C {
  const checked = checkOverride(blocks, request);
  if (!checked.ok) throw new RangeError(checked.problem.en);
  const added: CallOverride[] = blocks.map((v) => ({
    kind: 'rule',
    ruleId: v.ruleId,
    reason: checked.reason.slice(0, OVERRIDE_REASON_MAX),
    ...(checked.supervisorId ? { supervisorId: checked.supervisorId } : {}),
    // What the approver saw: a stop flag that shows later is not covered (lib/call/guard-standing.ts).
    ...(v.type === 'stopFlag' ? { flags: matchedFlags(v.numbers) } : {}),
    at,
  }));
  return { ...call, overrides: [...call.overrides, ...added] };
}
