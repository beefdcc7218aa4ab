/**
 * The local database (DESIGN.md "Local data", issue 7). Every schema change is a new Dexie version
 * with an upgrade, and every earlier version keeps a frozen fixture (test/fixtures/db/vN.json)
 * that a test upgrades: nobody edits an old version or its fixture, a change adds a version.
 */
import { Dexie, type Table } from 'dexie';
import type { LocalizedText } from '../i18n/text';
import { upgradeToV4 } from '../privacy/upgrade-v4';
import type { StudioDraftRow } from '../studio/draft-store';
import { blockedMessage } from './errors';
import type { BadRow, CallRecord, DraftRecord, NoteRecord, PackRow, SearchMissRecord } from './records';

export const DB_NAME = 'call-assist';

/** Version 1 (the foundation): packs and calls, calls found by account. */
export const STORES_V1 = {
  packs: '[id+version], id, activatedAt',
  calls: 'id, accountKey, startedAt',
} as const;

/**
 * Version 2 (issue 7): notes and drafts; account + time compound indexes so one account's
 * history is a single index range however large the database grows.
 */
export const STORES_V2 = {
  ...STORES_V1,
  calls: 'id, accountKey, startedAt, [accountKey+startedAt]',
  notes: 'id, accountKey, callId, createdAt, [accountKey+createdAt]',
  drafts: 'accountKey, updatedAt',
} as const;

/**
 * Version 3 (issue 11 §3): searches that found nothing or little, masked, for the quality leads.
 * Adds a table; no row of v2 changes.
 */
export const STORES_V3 = {
  ...STORES_V2,
  searchMisses: 'id, at',
} as const;

/** Version 4 (issue 16): same stores; rows masked again with the issue-16 pass (lib/privacy/upgrade-v4.ts). */
export const STORES_V4 = STORES_V3;

/**
 * Version 6 (issue 17 item 1): the Pack Studio's draft, one row per draft (today only `current`),
 * moved here from `storage.local` (lib/studio/draft-store.ts moves an old one once). Adds a table;
 * no earlier row changes. Version 5 is reserved for the compliance rules (built on a parallel branch).
 */
export const STORES_V6 = {
  ...STORES_V4,
  studioDrafts: 'id, updatedAt',
} as const;

export const CURRENT_VERSION = 6;

/** A call row as version 1 wrote it: the fields v2 added are missing. */
export type CallRecordV1 = Omit<CallRecord, 'overrides' | 'flags' | 'answered' | 'conversation'> &
  Partial<Pick<CallRecord, 'overrides' | 'flags' | 'answered' | 'conversation'>>;

/**
 * v1 had no answered/conversation fields, so they are derived from the default disposition codes
 * (DOMAIN.md §6). A v1 call without a disposition counts as an unanswered attempt: for the attempt
 * cap that is the cautious reading.
 */
const CONVERSATION_CODES = new Set([
  'PTP',
  'PAID',
  'PART',
  'PLAN',
  'CB',
  'RTP',
  'DSP',
  'HRD',
  'CMP',
  'ESC',
  'DNC',
]);
const ANSWERED_WITHOUT_CONVERSATION = new Set(['TPC', 'WN']);

export function upgradeCallV1(call: CallRecordV1): CallRecord {
  const code = call.disposition?.id;
  const conversation = call.conversation ?? (code !== undefined && CONVERSATION_CODES.has(code));
  const answered =
    call.answered ?? (conversation || (code !== undefined && ANSWERED_WITHOUT_CONVERSATION.has(code)));
  return { ...call, overrides: call.overrides ?? [], flags: call.flags ?? [], answered, conversation };
}

export interface OpenOptions {
  /** Another tab holds an older version open, so the upgrade waits: tell the agent why. */
  onBlocked?: (message: LocalizedText) => void;
}

export class CallAssistDB extends Dexie {
  declare packs: Table<PackRow, [string, number]>;
  declare calls: Table<CallRecord, string>;
  declare notes: Table<NoteRecord, string>;
  declare drafts: Table<DraftRecord, string>;
  declare searchMisses: Table<SearchMissRecord, string>;
  declare studioDrafts: Table<StudioDraftRow, string>;

  /** Rows that failed to parse on read (most recent last, bounded). */
  readonly badRows: BadRow[] = [];
  readonly badRowListeners = new Set<(row: BadRow) => void>();

  constructor(name: string = DB_NAME, options: OpenOptions = {}) {
    super(name);
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade((tx) =>
        tx
          .table('calls')
          .toCollection()
          .modify((call: CallRecordV1, ref: { value: CallRecord }) => {
            ref.value = upgradeCallV1(call);
          }),
      );
    this.version(3).stores(STORES_V3);
    this.version(4).stores(STORES_V4).upgrade(upgradeToV4);
    this.version(6).stores(STORES_V6);
    const { onBlocked } = options;
    if (onBlocked) this.on('blocked', () => onBlocked(blockedMessage));
  }

  reportBadRow(row: BadRow): void {
    this.badRows.push(row);
    if (this.badRows.length > 100) this.badRows.shift();
    for (const listener of this.badRowListeners) listener(row);
  }
}

/** Opens (and upgrades) the database; rejects with the Dexie error if it cannot. */
export async function openDb(name: string = DB_NAME, options: OpenOptions = {}): Promise<CallAssistDB> {
  const db = new CallAssistDB(name, options);
  await db.open();
  return db;
}
