/**
 * The preview's call, held in memory (issue 17 item 2): the real sections change it through the
 * same `PanelWrites` the side panel gives them, so marking a line said or opening a card shows as
 * in a call, while nothing reaches the database, the settings or the background.
 */
import { useMemo, useReducer, useRef } from 'react';
import type { PanelWrites } from '@/components/shell/writes';
import type { AccountContext } from '@/lib/crm/context';
import type { CallRecord } from '@/lib/db';
import type { Pack } from '@/lib/pack/schema';
import { previewCall } from '@/lib/studio/preview';

export function usePreviewCall(
  pack: Pack,
  context: AccountContext,
  segmentId: string | undefined,
): { call: CallRecord; writes: PanelWrites } {
  const held = useRef<{ key: string; call: CallRecord } | null>(null);
  const [, changed] = useReducer((n: number) => n + 1, 0);
  // Another account, segment or pack starts a fresh call, as a new call would.
  const key = JSON.stringify([pack.id, context.adapterId, context.accountKey, segmentId ?? null]);
  if (held.current?.key !== key) {
    held.current = { key, call: previewCall(pack, context, segmentId, context.readAt) };
  }
  const writes = useMemo<PanelWrites>(() => {
    const updateCall: PanelWrites['updateCall'] = async (_callId, patch) => {
      const current = held.current;
      if (!current) return { ok: false, message: { zh: '没有预览通话', en: 'No preview call' } };
      const next = patch(structuredClone(current.call));
      if (next) {
        current.call = next;
        changed();
      }
      return { ok: true, call: current.call };
    };
    return {
      updateCall,
      markContact: (callId, contact) =>
        updateCall(callId, (c) => ({
          ...c,
          answered: true,
          conversation: c.conversation || contact === 'debtor',
        })),
      recordMiss: async () => undefined,
      saveAgent: async () => undefined,
    };
  }, []);
  return { call: held.current.call, writes };
}
