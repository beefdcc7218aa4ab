/**
 * The Studio's draft (issue 17 item 1: "drafts autosave in IndexedDB"): one row of the Dexie
 * table `studioDrafts` (database version 6). The published text it was opened from is kept beside
 * it for "what changed". Drafts saved by the first slice in `storage.local` are moved here once.
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { attemptWrite, storageErrorMessage, type WriteResult } from '../db/errors';
import type { CallAssistDB } from '../db/schema';
import type { LocalizedText } from '../i18n/text';

export const studioDraftSchema = z.object({
  text: z.string(),
  /** The published payload the draft started from; empty for a pasted or new pack. */
  baseText: z.string(),
  /** Where it came from, for the header: the pack id and version, or a file name. */
  origin: z.string().max(300),
  updatedAt: z.number(),
});
export type StudioDraft = z.infer<typeof studioDraftSchema>;

/** The Studio keeps one draft; the key leaves room for more without a new version. */
export const CURRENT_DRAFT = 'current';

export type StudioDraftRow = StudioDraft & { id: string };

/** Where the first slice kept the draft; read only to move it into IndexedDB. */
export const legacyDraftItem = storage.defineItem<StudioDraft | null>('local:studioDraft', {
  fallback: null,
  version: 1,
});

export type LoadResult = { ok: true; draft: StudioDraft | null } | { ok: false; message: LocalizedText };

/**
 * The saved draft, or null when there is none or it is unreadable (never a throw on open). An
 * older `storage.local` draft is written to the table first and then removed, so it moves once.
 */
export async function loadDraft(db: CallAssistDB): Promise<LoadResult> {
  try {
    const row = studioDraftSchema.safeParse(await db.studioDrafts.get(CURRENT_DRAFT));
    if (row.success) return { ok: true, draft: row.data };
    const legacy = studioDraftSchema.safeParse(await legacyDraftItem.getValue());
    if (!legacy.success) return { ok: true, draft: null };
    await db.studioDrafts.put({ ...legacy.data, id: CURRENT_DRAFT });
    await legacyDraftItem.removeValue();
    return { ok: true, draft: legacy.data };
  } catch (error) {
    return { ok: false, message: storageErrorMessage(error) };
  }
}

/** Writes the draft; a failure is a message for the lead, never a throw (the text stays in the editor). */
export function saveDraft(db: CallAssistDB, draft: StudioDraft): Promise<WriteResult> {
  return attemptWrite(async () => {
    await db.studioDrafts.put({ ...draft, id: CURRENT_DRAFT });
    return {};
  });
}
