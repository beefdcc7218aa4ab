/**
 * Adapter file: the half-done inputs (./inputs.ts) in `storage.session`, which outlives the side
 * panel (closed, reloaded) but not the browser, and is closed to content scripts. Read and written
 * through one queue, so two sections writing at once never lose each other's entry. The storage
 * item is the one lib/settings.ts uses (lib/platform/storage-item.ts). Typing goes through
 * `unsavedWriter` (./writer.ts): one read, mask and write per burst, not per keystroke.
 */
import { defineStorageItem } from '../platform/storage-item';
import { type UnsavedEntry, type UnsavedStore, unsavedStoreSchema, withUnsaved } from './inputs';
import { createUnsavedWriter } from './writer';

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

/** Every entry in one read and one write, each masked by withUnsaved. */
function keepAll(entries: ReadonlyMap<string, UnsavedEntry>): Promise<void> {
  return serially(async () => {
    let store = await unsavedItem.getValue();
    for (const [key, entry] of entries) store = withUnsaved(store, key, entry);
    await unsavedItem.setValue(store);
  });
}

/** The panel's one writer: every section's typing is batched into the same write. */
export const unsavedWriter = createUnsavedWriter(keepAll);

export function readUnsaved(): Promise<UnsavedStore> {
  // What waits in memory is written first (queued before this read), so a read never misses it.
  void unsavedWriter.flush().catch(() => undefined);
  return serially(() => unsavedItem.getValue());
}

export function keepUnsaved(key: string, entry: UnsavedEntry): Promise<void> {
  return keepAll(new Map([[key, entry]]));
}
