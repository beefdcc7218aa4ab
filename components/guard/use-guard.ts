/**
 * The Guard's live verdicts: the pack's rules over the account, the debtor's clock (ticking every
 * 30 s so the call window turns red at 22:00 without a reload), earlier attempts read live from
 * the `calls` table, and the call's own state (stage phase, third party, ticks).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { useDb } from '@/components/shell/db';
import { useI18n } from '@/components/shell/i18n';
import { withCallFlags } from '@/lib/compliance/call-flags';
import { type CallAttempt, type CallState, evaluateRules, type Verdict } from '@/lib/compliance/evaluate';
import { type GuardSummary, guardSummary } from '@/lib/compliance/guard';
import type { AccountContext } from '@/lib/crm/context';
import { attemptsForCompliance, type CallAssistDB, type CallRecord } from '@/lib/db';
import type { Pack, Rule, Stage } from '@/lib/pack/schema';
import { selectSegment } from '@/lib/script/select';

export const GUARD_TICK_MS = 30_000;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

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

/** Earlier attempts only: the engine counts the call being judged itself (`thisAttempt`). */
function earlierAttempts(attempts: readonly CallAttempt[], call: CallRecord | null): CallAttempt[] {
  return call ? attempts.filter((a) => a.at !== call.startedAt) : [...attempts];
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
  });
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
    ? await attemptsForCompliance(db, context.accountKey, now - historyWindowMs(pack.rules))
    : [];
  return verdictsFor(pack, context, call, history, now);
}

/** Date.now(), refreshed every `everyMs`. */
export function useNow(everyMs: number = GUARD_TICK_MS): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export interface GuardView {
  verdicts: Verdict[];
  summary: GuardSummary;
  /** The clock the verdicts were computed at (epoch ms). */
  now: number;
  /** The call is in third-party mode. */
  thirdParty: boolean;
  /** False until the call history has been read (verdicts then count no earlier attempts). */
  ready: boolean;
}

export function useGuard(pack: Pack, context: AccountContext | null, call: CallRecord | null): GuardView {
  const db = useDb();
  const { locale } = useI18n();
  const now = useNow();
  const accountKey = context?.accountKey;
  // Rounded to the hour so the live query is not rebuilt on every tick; the engine trims the rest.
  const since = Math.floor(now / HOUR_MS) * HOUR_MS - historyWindowMs(pack.rules) - HOUR_MS;
  const history = useLiveQuery(
    async () => (accountKey ? attemptsForCompliance(db, accountKey, since) : []),
    [db, accountKey, since],
  );
  return useMemo(() => {
    const verdicts = verdictsFor(pack, context, call, history ?? [], now);
    return {
      verdicts,
      summary: guardSummary(verdicts, locale),
      now,
      thirdParty: complianceCallState(pack, context, call)?.thirdParty ?? false,
      ready: history !== undefined,
    };
  }, [pack, context, call, history, now, locale]);
}
