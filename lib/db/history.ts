/**
 * The account's history for the Notes section (issue 7 §5): earlier calls as a timeline with their
 * disposition, whether a promise was kept, and their notes; and a text search across notes.
 */
import { Dexie } from 'dexie';
import type { Disposition } from '../pack/schema';
import { localDate } from './dates';
import { readCalls, readNotes } from './read';
import type { CallRecord, NoteRecord } from './records';
import type { CallAssistDB } from './schema';

export type PromiseStatus = 'kept' | 'broken' | 'pending';

export interface HistoryEntry {
  /** Null for notes written outside any call (or whose call retention already deleted). */
  call: CallRecord | null;
  /** Oldest first. */
  notes: NoteRecord[];
  /** Null when the call holds no promise. */
  promiseStatus: PromiseStatus | null;
  /** When the entry happened (the call's start, else the note's creation), epoch ms. */
  at: number;
}

export interface HistoryOptions {
  /** Most recent calls to show (default 50). */
  limit?: number;
  /** The agent's IANA time zone: a promise is due at the end of its date there. */
  timeZone?: string;
  /**
   * Dispositions that record a payment: the pack's `paid: true` ones (paidDispositionIds). No code
   * hard-codes a disposition code (issue 12 §1): without them no promise is ever counted kept.
   */
  paidDispositions?: readonly string[];
}

/** The pack's payment dispositions (`paid: true`). */
export function paidDispositionIds(dispositions: readonly Disposition[]): string[] {
  return dispositions.filter((disposition) => disposition.paid === true).map((disposition) => disposition.id);
}

/**
 * A promise is kept when a later call of the account records a payment on or before the promise
 * date; broken when the date has passed without one; pending until then.
 */
export function promiseStatusOf(
  call: CallRecord,
  laterCalls: readonly CallRecord[],
  now: number,
  options: Pick<HistoryOptions, 'timeZone' | 'paidDispositions'> = {},
): PromiseStatus | null {
  const { promise } = call;
  if (!promise) return null;
  const paid = new Set<string>(options.paidDispositions ?? []);
  const kept = laterCalls.some(
    (later) =>
      later.startedAt > call.startedAt &&
      later.disposition !== undefined &&
      paid.has(later.disposition.id) &&
      localDate(later.disposition.at, options.timeZone) <= promise.date,
  );
  if (kept) return 'kept';
  return localDate(now, options.timeZone) > promise.date ? 'broken' : 'pending';
}

/** The account's timeline, newest first. */
export async function accountHistory(
  db: CallAssistDB,
  accountKey: string,
  now: number,
  options: HistoryOptions = {},
): Promise<HistoryEntry[]> {
  const limit = options.limit ?? 50;
  const [callRows, noteRows] = await db.transaction('r', db.calls, db.notes, () =>
    Promise.all([
      db.calls
        .where('[accountKey+startedAt]')
        .between([accountKey, Dexie.minKey], [accountKey, Dexie.maxKey], true, true)
        .reverse()
        .limit(limit)
        .toArray(),
      db.notes
        .where('[accountKey+createdAt]')
        .between([accountKey, Dexie.minKey], [accountKey, Dexie.maxKey], true, true)
        .toArray(),
    ]),
  );
  const calls = readCalls(db, callRows);
  const notes = readNotes(db, noteRows);
  const truncated = callRows.length === limit;
  const oldestShown = calls.at(-1)?.startedAt ?? 0;

  const entries = new Map<string, HistoryEntry>();
  for (const call of calls) {
    // Newer calls come first, so every call later than this one is already in `calls`.
    const later = calls.filter((other) => other.startedAt > call.startedAt);
    entries.set(call.id, {
      call,
      notes: [],
      promiseStatus: promiseStatusOf(call, later, now, options),
      at: call.startedAt,
    });
  }
  const loose: HistoryEntry[] = [];
  for (const note of notes) {
    const entry = note.callId === undefined ? undefined : entries.get(note.callId);
    if (entry) {
      entry.notes.push(note);
    } else if (!truncated || note.createdAt >= oldestShown) {
      loose.push({ call: null, notes: [note], promiseStatus: null, at: note.createdAt });
    }
  }
  return [...entries.values(), ...loose].sort((a, b) => b.at - a.at);
}

export interface NoteSearchOptions {
  /** Only this account's notes. */
  accountKey?: string;
  /** Most results (default 50). */
  limit?: number;
}

/**
 * Notes containing every word of the query (case-insensitive), newest first. A linear scan: notes
 * are short and the scan stops at the limit; an index would cost every save for a rare search.
 */
export async function searchNotes(
  db: CallAssistDB,
  query: string,
  options: NoteSearchOptions = {},
): Promise<NoteRecord[]> {
  const terms = query
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((term) => term !== '');
  if (terms.length === 0) return [];
  const matches = (row: NoteRecord) => {
    const text = typeof row.text === 'string' ? row.text.toLocaleLowerCase() : '';
    return terms.every((term) => text.includes(term));
  };
  const collection =
    options.accountKey === undefined
      ? db.notes.orderBy('createdAt').reverse()
      : db.notes
          .where('[accountKey+createdAt]')
          .between([options.accountKey, Dexie.minKey], [options.accountKey, Dexie.maxKey], true, true)
          .reverse();
  const rows = await collection
    .filter(matches)
    .limit(options.limit ?? 50)
    .toArray();
  return readNotes(db, rows);
}
