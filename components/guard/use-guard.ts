/**
 * The Guard's live verdicts: the pack's rules over the account, the debtor's clock (ticking every
 * 30 s so the call window turns red at 22:00 without a reload), earlier attempts read live from
 * the `calls` table, and the call's own state (stage phase, third party, ticks).
 */

import { useEffect, useMemo, useState } from 'react';
import { useAccountLiveQuery } from '@/components/shell/account-query';
import { useDb, useWrites } from '@/components/shell/db';
import { useI18n } from '@/components/shell/i18n';
import {
  complianceCallState,
  complianceHistory,
  dialledPhone,
  historyWindowMs,
  verdictsFor,
} from '@/lib/compliance/call-state';
import type { Verdict } from '@/lib/compliance/evaluate';
import { type GuardSummary, guardSummary } from '@/lib/compliance/guard';
import type { AccountContext } from '@/lib/crm/context';
import type { CallRecord } from '@/lib/db';
import type { Pack } from '@/lib/pack/schema';

export { guardNow } from '@/lib/compliance/call-state';

export const GUARD_TICK_MS = 30_000;
const HOUR_MS = 3_600_000;

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
  const writes = useWrites();
  const { locale } = useI18n();
  const now = useNow();
  const accountKey = context?.accountKey;
  // Rounded to the hour so the live query is not rebuilt on every tick; the engine trims the rest.
  const since = Math.floor(now / HOUR_MS) * HOUR_MS - historyWindowMs(pack.rules) - HOUR_MS;
  const dialled = dialledPhone(context);
  const history = useAccountLiveQuery(
    accountKey,
    async () => (accountKey ? complianceHistory(db, pack, accountKey, since, dialled) : []),
    [db, pack, since, dialled],
  );
  // The CRM says the live call connected: it counts as answered even if never wrapped up (issue 12 §2).
  const connected = context?.callState?.active === true;
  const callId = call?.id;
  const recorded = call?.answered === true;
  useEffect(() => {
    if (connected && callId && !recorded) void writes.markContact(callId, 'thirdParty');
  }, [writes, connected, callId, recorded]);
  return useMemo(() => {
    // The tick may be up to 30 s old when a call starts or ends: judged at the tick, a call started
    // since would fall after "now" and not be counted (live-call walk 11 §1), so read the clock afresh.
    const at = Math.max(now, Date.now());
    const verdicts = verdictsFor(pack, context, call, history ?? [], at);
    return {
      verdicts,
      summary: guardSummary(verdicts, locale),
      now: at,
      thirdParty: complianceCallState(pack, context, call)?.thirdParty ?? false,
      ready: history !== undefined,
    };
  }, [pack, context, call, history, now, locale]);
}
