/**
 * The Studio's draft (issue 17 item 1): a typed, versioned `wxt/utils/storage` item, so the draft
 * survives closing the tab and no Dexie version is spent (a pack is ~100 KB; `storage.local` holds
 * megabytes). The published text it was opened from is kept beside it for "what changed".
 */
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

export const studioDraftSchema = z.object({
  text: z.string(),
  /** The published payload the draft started from; empty for a pasted or new pack. */
  baseText: z.string(),
  /** Where it came from, for the header: the pack id and version, or a file name. */
  origin: z.string().max(300),
  updatedAt: z.number(),
});
export type StudioDraft = z.infer<typeof studioDraftSchema>;

export const studioDraftItem = storage.defineItem<StudioDraft | null>('local:studioDraft', {
  fallback: null,
  version: 1,
});

/** The saved draft, or null when there is none or it is unreadable (never a throw on open). */
export async function loadDraft(): Promise<StudioDraft | null> {
  const parsed = studioDraftSchema.safeParse(await studioDraftItem.getValue());
  return parsed.success ? parsed.data : null;
}

export async function saveDraft(draft: StudioDraft): Promise<void> {
  await studioDraftItem.setValue(draft);
}
