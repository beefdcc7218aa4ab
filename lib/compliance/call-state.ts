/**
 * The live call as the rule engine reads it, and the verdicts for it (issue 12 §11): one function
 * for the panel's Guard, the call start, the CLI and the tests. Moved out of
 * components/guard/use-guard.ts.
 */
import type { AccountContext } from '../crm/context';
import { attemptsForCompliance, type CallAssistDB, type CallRecord } from '../db';
import type { Pack, Rule, Stage } from '../pack/schema';
import { selectSegment } from '../script/select';
import { withCallFlags } from './call-flags';
import { evaluateRules } from './evaluate';
import { fieldText } from './rules/shared';
import type { CallAttempt, CallState, Verdict } from './types';

const DAY_MS = 86_400_000;

/**
 * How far back the rules look: the longest rule window, plus two days for the debtor's zone
 * offset and the partial first day (the engine's own margin). 7-in-7 gives 9 days.
 */
export function historyWindowMs(rules: readonly Rule[]): number {
  let days = 1;
  for (const rule of rules) {
    if (rule.type === 'contactFrequency') days = Math.max(days, rule.days, rule.quietDaysAfterConversation);
  }
  return (days + 2) * DAY_MS;
}

/** The stage the call is in: the last one it entered, looked up in the segment's script. */
export function currentStage(
  pack: Pack,
  context: AccountContext | null,
  call: CallRecord,
): Stage | undefined {
  const last = call.stages.at(-1);
  if (!last) return undefined;
  const script = selectSegment(pack, context, call.segmentId)?.script;
  return (
    script?.stages.find((s) => s.id === last.stageId) ??
    pack.scripts.flatMap((s) => s.stages).find((s) => s.id === last.stageId)
  );
}

/** The call's state as the rule engine reads it; null when no call is live. */
export function complianceCallState(
  pack: Pack,
  context: AccountContext | null,
  call: CallRecord | null,
): CallState | null {
  if (!call) return null;
  const stage = currentStage(pack, context, call);
  return {
    // Third-party mode holds while the call is in a third-party stage; going back to the debtor ends it.
    thirdParty: call.thirdParty !== undefined && stage?.phase === 'thirdParty',
    phase: stage?.phase ?? null,
    ticked: Object.fromEntries(Object.entries(call.checklist).map(([id, tick]) => [id, tick.at])),
  };
}

/**
 * Earlier attempts only: the engine counts the call being judged itself (`thisAttempt`). Every
 * other started call is an attempt, whatever its outcome (DOMAIN.md §3): a dropped call redialled
 * at once is told from the redial by its record, not its start time (live-call walk 11 §1). Every
 * attempt read here comes from `attemptsForCompliance`, which names its record.
 */
function earlierAttempts(attempts: readonly CallAttempt[], call: CallRecord | null): CallAttempt[] {
  if (!call) return [...attempts];
  return attempts.filter((a) => a.callId !== call.id);
}

export function verdictsFor(
  pack: Pack,
  context: AccountContext | null,
  call: CallRecord | null,
  history: readonly CallAttempt[],
  now: number,
): Verdict[] {
  return evaluateRules({
    rules: pack.rules,
    context: withCallFlags(
      context,
      pack.rules,
      (call?.flags ?? []).map((f) => f.flag),
    ),
    packTimezone: pack.timezone,
    now,
    history: earlierAttempts(history, call),
    call: complianceCallState(pack, context, call),
    itemText: Object.fromEntries(pack.checklist.map((item) => [item.id, item.text])),
  });
}

/**
 * The attempts the rules need for this account, read from the database. Calls keep the phone only
 * as a keyed hash (issue 16 §5): given the number the CRM shows now, attempts on that line are told
 * from attempts on the account's other lines.
 */
export function complianceHistory(
  db: CallAssistDB,
  pack: Pack,
  accountKey: string,
  since: number,
  dialled?: string,
): Promise<CallAttempt[]> {
  return attemptsForCompliance(db, accountKey, since, pack, dialled);
}

/** The number the CRM shows for the account, if any. */
export function dialledPhone(context: AccountContext | null): string | undefined {
  return (context && fieldText(context, 'phone')) ?? undefined;
}

/**
 * A fresh evaluation read straight from the database, for a decision taken now (starting a call):
 * it never acts on a live query that has not answered yet.
 */
export async function guardNow(
  db: CallAssistDB,
  pack: Pack,
  context: AccountContext | null,
  call: CallRecord | null,
  now: number = Date.now(),
): Promise<Verdict[]> {
  const history = context
    ? await complianceHistory(
        db,
        pack,
        context.accountKey,
        now - historyWindowMs(pack.rules),
        dialledPhone(context),
      )
    : [];
  return verdictsFor(pack, context, call, history, now);
}
