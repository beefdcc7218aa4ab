/**
 * Adapter file: the half-done inputs (./inputs.ts) in `storage.session`, which outlives the side
 * panel (closed, reloaded) but not the browser, and is closed to content scripts. Read and written
 * through one queue, so two sections writing at once never lose each other's entry. The storage
 * item is the one lib/settings.ts uses (lib/platform/storage-item.ts).
 */
import { defineStorageItem } from '../platform/storage-item';
import { type UnsavedEntry, type UnsavedStore, unsavedStoreSchema, withUnsaved } from './inputs';

/** A stored value that is not the shape of the inputs (an older build's) reads as none kept. */
const unsavedItem = defineStorageItem('session:unsavedInputs', (stored): UnsavedStore => {
  const parsed = unsavedStoreSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
});
let queue: Promise<unknown> = Promise.resolve();

function serially<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task);
  queue = next.catch(() => undefined);
  return next;
}

export function readUnsaved(): Promise<UnsavedStore> {
  return serially(() => unsavedItem.getValue());
}

export function keepUnsaved(key: string, entry: UnsavedEntry): Promise<void> {
  return serially(async () => {
    await unsavedItem.setValue(withUnsaved(await unsavedItem.getValue(), key, entry));
  });
}
