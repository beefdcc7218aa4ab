/**
 * What the panel's sections change, behind one seam (issue 17 item 8, review 2026-11-code
 * "sections write Dexie directly"): the side panel writes the database, the Studio's preview
 * renders the same sections with writes that touch nothing persistent.
 */
import { type CallRecord, markContact, updateCall, type WriteResult } from '@/lib/db';
import type { CallAssistDB } from '@/lib/db/schema';
import { type MissInput, recordMiss } from '@/lib/objections/misses';
import { type Settings, writeSettings } from '@/lib/settings';

export type CallWrite = Promise<WriteResult<{ call: CallRecord }>>;

export interface PanelWrites {
  /** Changes the call in progress (`patch` mutates a copy and returns it). */
  updateCall: (callId: string, patch: (call: CallRecord) => CallRecord | undefined) => CallWrite;
  /** Someone picked up; `debtor`: a conversation with the debtor (issue 12 §2). */
  markContact: (callId: string, contact: 'thirdParty' | 'debtor') => CallWrite;
  /** A search that found nothing or only weak matches (issue 11 §3). */
  recordMiss: (input: MissInput) => Promise<void>;
  /** The agent's name and number, asked once (issue 15 item 5). */
  saveAgent: (patch: Partial<Pick<Settings, 'agentName' | 'agentId'>>) => Promise<void>;
}

/** The side panel's writes: the agent's database and settings. */
export function databaseWrites(db: CallAssistDB): PanelWrites {
  return {
    updateCall: (callId, patch) => updateCall(db, callId, patch),
    markContact: (callId, contact) => markContact(db, callId, contact),
    recordMiss: (input) => recordMiss(db, input),
    saveAgent: async (patch) => {
      await writeSettings(patch);
    },
  };
}
