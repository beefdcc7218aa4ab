/**
 * Calls: one row per call, written by the panel as the call goes (stages, lines said, checklist,
 * objections) and closed by the wrap-up. Compliance counts (attempts today, 7-in-7) read them.
 */
import { Dexie } from 'dexie';
import { callContact } from '../compliance/contact';
import type { CallAttempt } from '../compliance/types';
import type { Pack } from '../pack/schema';
import { maskCallFields } from '../privacy/call-fields';
import { maskedPhone } from '../privacy/phone-display';
import { phoneKey } from '../privacy/phone-key';
import { attemptWrite, RefusedWrite, type WriteResult } from './errors';
import { readCalls } from './read';
import { type CallRecord, callNotYetUnderway } from './records';
import type { CallAssistDB } from './schema';

export interface CallStart {
  accountKey: string;
  adapterId: string;
  packId: string;
  packVersion: number;
  /** The segment covering the account; undefined (or '') when no segment does (issue 12 §3). */
  segmentId?: string;
  /** As the CRM shows it; stored only masked and as a keyed hash (issue 16 §5). */
  phone?: string;
  /** Epoch ms; defaults to now. */
  startedAt?: number;
}

export const callNotFound = (callId: string) => ({
  zh: `找不到通话记录 ${callId}（可能已被保留期规则删除）。`,
  en: `Call ${callId} was not found (retention may have deleted it).`,
});

/** In progress: neither ended nor wrapped up (a wrap-up always ends the call). */
const inProgress = (row: CallRecord) => row.endedAt === undefined && row.disposition === undefined;

/** All of one account's calls, oldest to newest, through the [accountKey+startedAt] index. */
function accountCalls(db: CallAssistDB, accountKey: string) {
  return db.calls
    .where('[accountKey+startedAt]')
    .between([accountKey, Dexie.minKey], [accountKey, Dexie.maxKey], true, true);
}

/** The phone's keyed hash, or null when there is none or the secret cannot be read (attempts then count by account). */
async function keyOf(phone: string): Promise<string | null> {
  try {
    return await phoneKey(phone);
  } catch {
    return null;
  }
}

/**
 * Starts a call. Calls left open on this account (the panel closed mid-call, a crash) are ended
 * at the new call's start in the same transaction, so an account has at most one call in progress.
 */
export async function startCall(
  db: CallAssistDB,
  start: CallStart,
): Promise<WriteResult<{ call: CallRecord }>> {
  const startedAt = start.startedAt ?? Date.now();
  const key = start.phone === undefined ? null : await keyOf(start.phone);
  const call: CallRecord = {
    id: crypto.randomUUID(),
    accountKey: start.accountKey,
    adapterId: start.adapterId,
    packId: start.packId,
    packVersion: start.packVersion,
    ...(start.phone === undefined ? {} : { phone: maskedPhone(start.phone) }),
    ...(key === null ? {} : { phoneKey: key }),
    startedAt,
    // An account no segment covers is still recorded and counted, with no segment (issue 12 §3).
    ...(start.segmentId ? { segmentId: start.segmentId } : {}),
    ...callNotYetUnderway(),
  };
  return attemptWrite(() =>
    db.transaction('rw', db.calls, async () => {
      await accountCalls(db, start.accountKey).filter(inProgress).modify({ endedAt: startedAt });
      await db.calls.add(call);
      return { call };
    }),
  );
}

/**
 * Changes a call with a function of its current row, read and written in one transaction so two
 * quick ticks never overwrite each other. Return the new row (or mutate and return nothing).
 */
export function updateCall(
  db: CallAssistDB,
  callId: string,
  patch: (call: CallRecord) => CallRecord | undefined,
): Promise<WriteResult<{ call: CallRecord }>> {
  return attemptWrite(() =>
    db.transaction('rw', db.calls, async () => {
      const [current] = readCalls(
        db,
        [await db.calls.get(callId)].filter((row) => row !== undefined),
      );
      if (!current) throw new RefusedWrite(callNotFound(callId));
      const draft = structuredClone(current);
      // Override and flag reasons are typed by the agent: masked here, whoever wrote them (issue 16 §5).
      const next = maskCallFields(patch(draft) ?? draft);
      if (next.id !== callId) throw new RefusedWrite(callNotFound(callId));
      await db.calls.put(next);
      return { call: next };
    }),
  );
}

/** Ends a call without a disposition (the wrap-up ends it with one). Ending twice keeps the first end. */
export function endCall(db: CallAssistDB, callId: string, at: number = Date.now()) {
  return updateCall(db, callId, (call) => (call.endedAt === undefined ? { ...call, endedAt: at } : call));
}

/** The account's call in progress: the newest call neither ended nor wrapped up. */
export async function currentCall(db: CallAssistDB, accountKey: string): Promise<CallRecord | undefined> {
  const rows = await accountCalls(db, accountKey).reverse().filter(inProgress).limit(1).toArray();
  return readCalls(db, rows)[0];
}

/** The account's calls, newest first. */
export async function callsForAccount(
  db: CallAssistDB,
  accountKey: string,
  options: { limit?: number } = {},
): Promise<CallRecord[]> {
  let collection = accountCalls(db, accountKey).reverse();
  if (options.limit !== undefined) collection = collection.limit(options.limit);
  return readCalls(db, await collection.toArray());
}

/** One call attempt as the compliance rules count it (attempt caps, Reg F 7-in-7). */
export type Attempt = CallAttempt;

/**
 * The account's attempts started at or after `since` (epoch ms), oldest first. Calls keep only a
 * keyed hash of the phone: given the number now dialled, an attempt on the same line carries that
 * number (in memory only), one on another line its masked form; without it attempts count by account.
 *
 * With the pack, whom
 * each call reached is read from all its evidence (`callContact`), so a connected call the agent
 * never wrapped up still counts as a conversation (issue 12 §2).
 */
export async function attemptsForCompliance(
  db: CallAssistDB,
  accountKey: string,
  since: number,
  pack?: Pick<Pack, 'scripts' | 'dispositions'>,
  dialled?: string,
): Promise<Attempt[]> {
  const rows = await db.calls
    .where('[accountKey+startedAt]')
    .between([accountKey, since], [accountKey, Dexie.maxKey], true, true)
    .toArray();
  const key = dialled === undefined ? null : await keyOf(dialled);
  return readCalls(db, rows).map((call) => {
    let phone: string | undefined;
    if (key !== null && dialled !== undefined && call.phoneKey !== undefined)
      phone = call.phoneKey === key ? dialled : call.phone;
    const contact = pack
      ? callContact(call, pack)
      : call.conversation
        ? 'debtor'
        : call.answered
          ? 'thirdParty'
          : 'none';
    const callback = call.disposition?.consent ? Date.parse(call.disposition.callbackAt ?? '') : Number.NaN;
    return {
      callId: call.id,
      at: call.startedAt,
      accountKey: call.accountKey,
      ...(phone === undefined ? {} : { phone }),
      answered: contact !== 'none',
      conversation: contact === 'debtor',
      ...(Number.isFinite(callback) ? { requestedCallbackAt: callback } : {}),
    };
  });
}

/** Records what the call showed as it went (the CRM says connected, a key, an identity answer). */
export function markContact(db: CallAssistDB, callId: string, contact: 'thirdParty' | 'debtor') {
  return updateCall(db, callId, (call) => ({
    ...call,
    answered: true,
    conversation: call.conversation || contact === 'debtor',
  }));
}
