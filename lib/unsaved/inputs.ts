/**
 * What the agent typed or chose on a call and has not saved yet: the wrap-up's disposition and
 * fields, the plan calculator's amounts, the objection query (live-call walk 10: closing or
 * reloading the side panel mid-call lost the chosen disposition). Kept per account and area for the
 * call it was typed in only, every text masked first like a note (issue 16), so nothing is kept that
 * a saved note would not keep. The note itself is the draft in IndexedDB (lib/db/notes.ts).
 */
import { z } from 'zod';
import { maskPersonalNumbers } from '../privacy/mask';

export type UnsavedArea = 'wrapUp' | 'plan' | 'objections';

export const unsavedEntrySchema = z.object({
  callId: z.string().max(128),
  /** Epoch ms of the last change. */
  at: z.number(),
  value: z.unknown(),
});
export type UnsavedEntry = z.infer<typeof unsavedEntrySchema>;

export const unsavedStoreSchema = z.record(z.string(), unsavedEntrySchema);
export type UnsavedStore = z.infer<typeof unsavedStoreSchema>;

/** A shift: older half-done input belongs to a call long over. */
export const UNSAVED_MAX_AGE_MS = 12 * 60 * 60 * 1000;
/** Accounts × areas kept at most (a busy shift is 80–150 calls; only the last few matter). */
export const UNSAVED_MAX_ENTRIES = 60;

export const unsavedKey = (accountKey: string, area: UnsavedArea) => `${area}:${accountKey}`;

/** A copy with every string masked like a note: a card number typed into the query is not kept whole. */
export function maskedCopy<T>(value: T): T {
  if (typeof value === 'string') return maskPersonalNumbers(value).text as T;
  if (Array.isArray(value)) return value.map(maskedCopy) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskedCopy(v)])) as T;
  }
  return value;
}

/** The store with `entry` (masked) under `key`, without entries too old or beyond the newest few. */
export function withUnsaved(store: UnsavedStore, key: string, entry: UnsavedEntry): UnsavedStore {
  const next = { ...store, [key]: { ...entry, value: maskedCopy(entry.value) } };
  const kept = Object.entries(next)
    .filter(([, e]) => entry.at - e.at < UNSAVED_MAX_AGE_MS)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, UNSAVED_MAX_ENTRIES);
  return Object.fromEntries(kept);
}

/** What was kept under `key` for this call, if it still reads as `schema`; never another call's. */
export function unsavedValue<T>(
  store: UnsavedStore,
  key: string,
  callId: string,
  schema: z.ZodType<T>,
): T | undefined {
  const entry = store[key];
  if (!entry || entry.callId !== callId) return undefined;
  const parsed = schema.safeParse(entry.value);
  return parsed.success ? parsed.data : undefined;
}
