/**
 * What the panel and the options page read of pack sync (issue 8): the state the background
 * writes, its constants and schemas. Kept apart from sync.ts, which imports the envelope gate:
 * anything the panel imports statically must not reach lib/pack/envelope.ts, or a page that uses
 * the gate (the Studio signs with it) makes the bundler hoist it into the panel's first chunk
 * (test/e2e/budgets.spec.ts, issue 17 item 5).
 */
import { z } from 'zod';

export const SYNC_STATE_KEY = 'packSync';
export const SYNC_ALARM = 'pack-sync';
/** How many versions of a pack stay stored (the active one and four before it). */
export const KEEP_VERSIONS = 5;

export type CheckResult = 'updated' | 'unchanged' | 'refused' | 'failed' | 'notConfigured';

const localized = z.object({ zh: z.string().max(4000), en: z.string().max(4000) });

export const checkRecordSchema = z.object({
  at: z.number(),
  result: z.enum(['updated', 'unchanged', 'refused', 'failed', 'notConfigured']),
  code: z.string().max(64),
  message: localized,
  source: z.enum(['sync', 'import']),
  url: z.string().max(2000).optional(),
  packId: z.string().max(64).optional(),
  version: z.number().int().optional(),
  durationMs: z.number().optional(),
  bytes: z.number().int().optional(),
  details: z
    .array(z.object({ path: z.string().max(500), message: localized }))
    .max(10)
    .optional(),
});
export type CheckRecord = z.infer<typeof checkRecordSchema>;

export const activationSchema = z.object({
  packId: z.string().max(64),
  from: z.number().int().optional(),
  to: z.number().int(),
  at: z.number(),
  source: z.enum(['sync', 'import']),
});
export type Activation = z.infer<typeof activationSchema>;

export const syncStateSchema = z.object({
  /** The URL the etag and the bound pack id belong to; a new URL starts afresh. */
  url: z.string().max(2000).optional().catch(undefined),
  etag: z.string().max(500).optional().catch(undefined),
  /**
   * The version the etag was remembered for: a 304 means "you have it" only while that version is
   * still stored (red team 14 item 2: IndexedDB cleared, a profile restored, the quota hit).
   */
  etagVersion: z.number().int().optional().catch(undefined),
  boundPackId: z.string().max(64).optional().catch(undefined),
  /** Highest version ever accepted per pack id: rollback protection that survives deleted rows. */
  highest: z.record(z.string().max(64), z.number().int()).catch(() => ({})),
  lastCheck: checkRecordSchema.optional().catch(undefined),
  lastImport: checkRecordSchema.optional().catch(undefined),
  lastActivation: activationSchema.optional().catch(undefined),
  /** Key ids whose one version-floor reset (policy `versionFloorReset`) has been used. */
  floorResetsUsed: z
    .array(z.string().max(64))
    .max(50)
    .catch(() => [])
    .optional(),
});
export type SyncState = z.infer<typeof syncStateSchema>;

export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

export async function readSyncState(store: KeyValueStore): Promise<SyncState> {
  const parsed = syncStateSchema.safeParse((await store.get(SYNC_STATE_KEY)) ?? {});
  return parsed.success ? parsed.data : { highest: {} };
}
