/**
 * What the Guard bar's level says on a live call whose blocks were gone past (live-call walk 10:
 * a supervisor-approved call read 禁止 from start to end, so the approval looked ignored and a real
 * new block looked like the old one). Every block covered by an override kept on this call reads
 * `approved` (a supervisor's id) or `excused` (the agent's reason); a block no override covers —
 * another rule, or a stop flag raised on the call after the approval (a crisis, a dispute) — keeps
 * the bar at `block`. Pure: the panel passes the verdicts and the call.
 */
import type { CallOverride } from '../compliance/checklist';
import type { Verdict, VerdictLevel } from '../compliance/types';

export type GuardLevelShown = VerdictLevel | 'approved' | 'excused';

export interface GuardStanding {
  /** The bar's level: the worst verdict's, or approved/excused when every block is covered. */
  shown: GuardLevelShown;
  /** Rule id of each covered block → the override that covers it (the latest for that rule). */
  covered: ReadonlyMap<string, CallOverride>;
}

interface StandingCall {
  overrides: readonly CallOverride[];
  flags: readonly { flag: string; at: number }[];
}

/** A stop flag the override did not see: raised on the call after it was given. */
function raisedSince(verdict: Pick<Verdict, 'type' | 'numbers'>, call: StandingCall, at: number): boolean {
  if (verdict.type !== 'stopFlag') return false;
  const matched = new Set(
    String(verdict.numbers.matched ?? '')
      .split(',')
      .map((f) => f.trim().toLowerCase())
      .filter((f) => f !== ''),
  );
  return call.flags.some((f) => f.at > at && matched.has(f.flag.toLowerCase()));
}

export function guardStanding(
  verdicts: readonly Pick<Verdict, 'ruleId' | 'type' | 'level' | 'numbers'>[],
  call: StandingCall | null,
): GuardStanding {
  const covered = new Map<string, CallOverride>();
  const blocks = verdicts.filter((v) => v.level === 'block');
  const worst: VerdictLevel =
    blocks.length > 0 ? 'block' : verdicts.some((v) => v.level === 'warn') ? 'warn' : 'ok';
  if (!call || blocks.length === 0) return { shown: worst, covered };
  for (const block of blocks) {
    const override = call.overrides.findLast((o) => o.kind === 'rule' && o.ruleId === block.ruleId);
    if (override && !raisedSince(block, call, override.at)) covered.set(block.ruleId, override);
  }
  if (covered.size < blocks.length) return { shown: 'block', covered };
  const bySupervisor = [...covered.values()].some((o) => o.supervisorId !== undefined);
  return { shown: bySupervisor ? 'approved' : 'excused', covered };
}
