/**
 * What the Guard bar's level says on a live call whose blocks were gone past (live-call walk 10:
 * a supervisor-approved call read 禁止 from start to end, so the approval looked ignored and a real
 * new block looked like the old one). Every block covered by an override kept on this call reads
 * `approved` (a supervisor's id) or `excused` (the agent's reason); a block no override covers —
 * another rule, or a stop flag the approver did not see — keeps the bar at `block`. An override
 * keeps the flags its block matched (stop12): any flag matched now that is not among them blocks
 * again, whether it was raised on the call (a crisis) or appeared on the CRM (the account page now
 * shows `attorney`). Pure: the panel passes the verdicts and the call.
 */
import type { CallOverride } from '../compliance/checklist';
import { flagKey, flagKeys } from '../compliance/flag-codes';
import { matchedFlags } from '../compliance/override';
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

/** A stop flag the override did not see: matched now and not when it was given. */
function unseenFlag(
  verdict: Pick<Verdict, 'type' | 'numbers'>,
  call: StandingCall,
  override: CallOverride,
): boolean {
  if (verdict.type !== 'stopFlag') return false;
  const matched = flagKeys(matchedFlags(verdict.numbers));
  if (override.flags) {
    const seen = flagKeys(override.flags);
    return [...matched].some((flag) => !seen.has(flag));
  }
  // An override stored before it kept its flags: only a flag raised on the call after it is known unseen.
  return call.flags.some((f) => f.at > override.at && matched.has(flagKey(f.flag)));
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
    if (override && !unseenFlag(block, call, override)) covered.set(block.ruleId, override);
  }
  if (covered.size < blocks.length) return { shown: 'block', covered };
  const bySupervisor = [...covered.values()].some((o) => o.supervisorId !== undefined);
  return { shown: bySupervisor ? 'approved' : 'excused', covered };
}
