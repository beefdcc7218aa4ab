/**
 * The account's call in progress, shared by every section: read live from Dexie (so it survives
 * closing the panel and a service-worker restart), started and ended by button, key, or the CRM's
 * own call state when the adapter names one. Starting while a compliance rule blocks needs a typed
 * reason, kept on the call as rule overrides (issue 5 §2).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { guardNow } from '@/components/guard/use-guard';
import type { Verdict } from '@/lib/compliance/evaluate';
import { checkOverride, overrideBlocks } from '@/lib/compliance/override';
import type { AccountContext } from '@/lib/crm/context';
import { type CallRecord, currentCall, endCall, markContact, startCall, updateCall } from '@/lib/db';
import type { LocalizedText } from '@/lib/i18n/text';
import type { Pack } from '@/lib/pack/schema';
import { selectSegment } from '@/lib/script/select';
import { useAccountLiveQuery } from './account-query';
import { useDb } from './db';

export type StartResult =
  | { started: true }
  /** Not started: these rules block, and no usable reason was given. */
  | { started: false; blocks: Verdict[] };

/** A call the CRM started while rules blocked: the call is real, the agent still owes the reason. */
export interface ReasonOwed {
  callId: string;
  blocks: Verdict[];
}

export interface CallControls {
  /** undefined while loading, null when no call is in progress. */
  call: CallRecord | null | undefined;
  /**
   * Starts a call. The rules are evaluated afresh first; while one blocks, the call starts only
   * with a reason (stored as `{ kind: 'rule', ruleId, reason, at }` per blocking rule).
   */
  start: (reason?: string, supervisorId?: string) => Promise<StartResult>;
  end: () => Promise<void>;
  error: LocalizedText | null;
  reasonOwed: ReasonOwed | null;
  /** Keeps the reason for `reasonOwed` on its call; false when it was not stored. */
  giveReason: (reason: string, supervisorId?: string) => Promise<boolean>;
  /** The agent says the debtor is on the line: the call counts as a conversation (issue 12 §2). */
  debtorReached: () => Promise<void>;
}

const blocking = (verdicts: readonly Verdict[]) => verdicts.filter((v) => v.level === 'block');

export function useCall(pack: Pack | null, context: AccountContext | null): CallControls {
  const db = useDb();
  const accountKey = context?.accountKey;
  const [error, setError] = useState<LocalizedText | null>(null);
  const [reasonOwed, setReasonOwed] = useState<ReasonOwed | null>(null);
  const call = useAccountLiveQuery(
    accountKey,
    async () => (accountKey ? ((await currentCall(db, accountKey)) ?? null) : null),
    [db],
  );

  const keepReason = useCallback(
    async (
      callId: string,
      blocks: readonly Verdict[],
      reason: string,
      supervisorId?: string,
    ): Promise<boolean> => {
      // The override levels are checked again by the writer (issue 12 §8): a `never` rule stores nothing.
      const request = { reason, ...(supervisorId ? { supervisorId } : {}) };
      if (!checkOverride(blocks, request).ok) return false;
      const result = await updateCall(db, callId, (c) => overrideBlocks(c, blocks, request, Date.now()));
      setError(result.ok ? null : result.message);
      setReasonOwed(result.ok ? null : { callId, blocks: [...blocks] });
      return result.ok;
    },
    [db],
  );

  /** `fromCrm`: the CRM already placed the call, so it is recorded even while blocked; the reason is owed. */
  const begin = useCallback(
    async (reason: string | undefined, fromCrm: boolean, supervisorId?: string): Promise<StartResult> => {
      if (!pack || !context) return { started: false, blocks: [] };
      const blocks = blocking(await guardNow(db, pack, context, null));
      const request = { reason: reason ?? '', ...(supervisorId ? { supervisorId } : {}) };
      const checked = reason === undefined ? null : checkOverride(blocks, request);
      const kept = checked?.ok ? checked.reason : null;
      if (blocks.length > 0 && kept === null && !fromCrm) return { started: false, blocks };
      const selection = selectSegment(pack, context);
      const phone = context.fields.phone?.value;
      const result = await startCall(db, {
        accountKey: context.accountKey,
        adapterId: context.adapterId,
        packId: pack.id,
        packVersion: pack.version,
        // No segment covers the account: the call is still recorded, without one (issue 12 §3).
        ...(selection ? { segmentId: selection.segment.id } : {}),
        ...(typeof phone === 'string' ? { phone } : {}),
      });
      if (!result.ok) {
        setError(result.message);
        return { started: false, blocks: [] };
      }
      setError(null);
      if (blocks.length === 0) setReasonOwed(null);
      else if (kept === null) setReasonOwed({ callId: result.call.id, blocks });
      else await keepReason(result.call.id, blocks, kept, supervisorId);
      return { started: true };
    },
    [db, pack, context, keepReason],
  );

  const start = useCallback(
    (reason?: string, supervisorId?: string) => begin(reason, false, supervisorId),
    [begin],
  );

  const giveReason = useCallback(
    async (reason: string, supervisorId?: string) =>
      reasonOwed ? keepReason(reasonOwed.callId, reasonOwed.blocks, reason, supervisorId) : false,
    [reasonOwed, keepReason],
  );

  const end = useCallback(async () => {
    if (!call) return;
    const result = await endCall(db, call.id);
    setError(result.ok ? null : result.message);
  }, [db, call]);

  // Follow the CRM's call state: it turning active starts a call, turning inactive ends it. What
  // the CRM last showed is kept per account, and "the CRM had this call connected" on the call
  // itself: the panel follows one tab at a time and may be closed, so a hang-up in another tab or
  // while the panel was shut is seen only when the account shows again (live-call walk 12). Kept
  // per panel, an ended call whose CRM line still shows connected is not started again either.
  const active = context?.callState?.active;
  const seen = useRef(new Map<string, boolean>());
  useEffect(() => {
    if (call === undefined || active === undefined || accountKey === undefined) return; // wait for the database read
    const before = seen.current.get(accountKey);
    seen.current.set(accountKey, active);
    if (active && before !== true && call === null) void begin(undefined, true);
    if (active && call && !call.crmLive) {
      void updateCall(db, call.id, (c) => (c.crmLive ? c : { ...c, crmLive: { at: Date.now() } }));
    }
    if (!active && call?.crmLive) void end();
  }, [db, accountKey, active, call, begin, end]);

  // The owed reason belongs to its call: another account or a finished call drops it.
  const owed = reasonOwed && call && call.id === reasonOwed.callId ? reasonOwed : null;

  const debtorReached = useCallback(async () => {
    if (!call) return;
    const result = await markContact(db, call.id, 'debtor');
    if (!result.ok) setError(result.message);
  }, [db, call]);

  return { call, start, end, error, reasonOwed: owed, giveReason, debtorReached };
}
