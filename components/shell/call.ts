/**
 * The account's call in progress, shared by every section: read live from Dexie (so it survives
 * closing the panel and a service-worker restart), started and ended by button, key, or the CRM's
 * own call state when the adapter names one.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AccountContext } from '@/lib/crm/context';
import { type CallRecord, currentCall, endCall, startCall } from '@/lib/db';
import type { LocalizedText } from '@/lib/i18n/text';
import type { Pack } from '@/lib/pack/schema';
import { selectSegment } from '@/lib/script/select';
import { useDb } from './db';

export interface CallControls {
  /** undefined while loading, null when no call is in progress. */
  call: CallRecord | null | undefined;
  start: () => Promise<void>;
  end: () => Promise<void>;
  error: LocalizedText | null;
}

export function useCall(pack: Pack | null, context: AccountContext | null): CallControls {
  const db = useDb();
  const accountKey = context?.accountKey;
  const [error, setError] = useState<LocalizedText | null>(null);
  const call = useLiveQuery(
    async () => (accountKey ? ((await currentCall(db, accountKey)) ?? null) : null),
    [db, accountKey],
  );

  const start = useCallback(async () => {
    if (!pack || !context) return;
    const selection = selectSegment(pack, context);
    const phone = context.fields.phone?.value;
    const result = await startCall(db, {
      accountKey: context.accountKey,
      adapterId: context.adapterId,
      packId: pack.id,
      packVersion: pack.version,
      segmentId: selection?.segment.id ?? '',
      ...(typeof phone === 'string' ? { phone } : {}),
    });
    setError(result.ok ? null : result.message);
  }, [db, pack, context]);

  const end = useCallback(async () => {
    if (!call) return;
    const result = await endCall(db, call.id);
    setError(result.ok ? null : result.message);
  }, [db, call]);

  // Follow the CRM's call state: it turning active starts a call, turning inactive ends it.
  const active = context?.callState?.active;
  const previous = useRef<{ key: string | undefined; active: boolean | undefined }>({
    key: undefined,
    active: undefined,
  });
  useEffect(() => {
    if (call === undefined || active === undefined) return; // wait for the database read
    const before = previous.current.key === accountKey ? previous.current.active : undefined;
    previous.current = { key: accountKey, active };
    if (active && before !== true && call === null) void start();
    if (!active && before === true && call) void end();
  }, [accountKey, active, call, start, end]);

  return { call, start, end, error };
}
